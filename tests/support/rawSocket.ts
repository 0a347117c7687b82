/**
 * The sync endpoint spoken to by hand over a WebSocket, as a hostile program would, rather than
 * through the planner's provider: a sign-in message of Hocuspocus's protocol, or any bytes at all.
 */
import WebSocket from 'ws';
import { INDEX_DOCUMENT } from '../../src/sync/workspaceIndex';

/** Hocuspocus's message type for sign-in, and its kinds (@hocuspocus/common's AuthMessageType). */
const AUTH_MESSAGE = 2;
const AUTH = { token: 0, authenticated: 2 };

function varUint(value: number): number[] {
  const bytes: number[] = [];
  let rest = value;
  while (rest > 0x7f) {
    bytes.push((rest & 0x7f) | 0x80);
    rest >>>= 7;
  }
  bytes.push(rest);
  return bytes;
}

function varString(text: string): number[] {
  const utf8 = [...Buffer.from(text, 'utf8')];
  return [...varUint(utf8.length), ...utf8];
}

/** Reads lib0's variable-length unsigned integers and strings from the start of a message. */
function reader(bytes: Uint8Array) {
  let at = 0;
  const uint = () => {
    let value = 0;
    let shift = 0;
    for (;;) {
      const byte = bytes[at++] ?? 0;
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
      shift += 7;
    }
  };
  const string = () => {
    const length = uint();
    const text = Buffer.from(bytes.subarray(at, at + length)).toString('utf8');
    at += length;
    return text;
  };
  return { uint, string };
}

export interface SocketOptions {
  /** The address this end connects from, e.g. 127.0.0.2: another machine, as far as the server can tell. */
  localAddress?: string;
  headers?: Record<string, string>;
}

export function openSocket(url: string, { localAddress, headers }: SocketOptions = {}): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { localAddress, headers });
    socket.once('open', () => resolve(socket));
    socket.once('unexpected-response', (_request, response) =>
      reject(new Error(`refused with HTTP ${response.statusCode}`)),
    );
    socket.once('error', reject);
  });
}

/** Signs in to the workspace's index with `token`; resolves with the server's answer. */
export async function signInByHand(
  url: string,
  token: string,
  options: SocketOptions = {},
): Promise<{ answer: 'authenticated' | 'refused'; text: string }> {
  const socket = await openSocket(url, options);
  try {
    return await new Promise((resolve, reject) => {
      socket.once('message', (data: Buffer) => {
        const read = reader(new Uint8Array(data));
        read.string();
        if (read.uint() !== AUTH_MESSAGE) return reject(new Error('the first answer was not about sign-in'));
        const kind = read.uint();
        resolve({ answer: kind === AUTH.authenticated ? 'authenticated' : 'refused', text: read.string() });
      });
      socket.once('close', (code) => reject(new Error(`closed (${code}) before answering`)));
      socket.send(Uint8Array.from([...varString(INDEX_DOCUMENT), AUTH_MESSAGE, AUTH.token, ...varString(token)]));
    });
  } finally {
    socket.terminate();
  }
}

/** Sends `bytes` as one message; resolves with the close code the server ends the connection with. */
export async function closeCodeAfterSending(url: string, bytes: Uint8Array): Promise<number> {
  const socket = await openSocket(url);
  return new Promise((resolve) => {
    socket.once('close', (code) => resolve(code));
    socket.send(bytes);
  });
}
