/** Opening a document's connection again on the same socket, after the server closed it. */
import type { HocuspocusProvider } from '@hocuspocus/provider';

/**
 * Starts the document's handshake afresh, as the provider does when the socket opens: the server
 * then sends what this browser lacks and is sent every change it has not acknowledged. (Detaching
 * and attaching again would send a close message first, which the server would hold and apply to
 * the new connection.)
 */
export async function sendAgain(provider: HocuspocusProvider): Promise<void> {
  await provider.sendToken();
  provider.startSync();
}
