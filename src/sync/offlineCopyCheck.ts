/**
 * Whether what a document's offline copy stores can be read, tried before y-indexeddb applies it:
 * y-indexeddb applies the stored updates to the document itself, and one that cannot be applied
 * leaves it half-read with no way to tell. Tried on a scratch document, a bad copy changes nothing.
 */
import * as Y from 'yjs';

/** The entries as one run of bytes, each exactly as stored, in their order: what is kept aside and offered for download. */
export function entriesAsBytes(entries: readonly unknown[]): Uint8Array {
  const parts = entries.map(entryBytes);
  const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}

/** An entry's bytes; y-indexeddb stores updates as bytes, so anything else stored there is kept as its text. */
function entryBytes(entry: unknown): Uint8Array {
  if (entry instanceof Uint8Array) return entry;
  if (entry instanceof ArrayBuffer) return new Uint8Array(entry);
  return new TextEncoder().encode(typeof entry === 'string' ? entry : String(JSON.stringify(entry)));
}

/** True if every stored entry is a Yjs update that applies; false at the first that is not or does not. */
export function canApplyAll(entries: readonly unknown[]): boolean {
  const scratch = new Y.Doc();
  try {
    for (const entry of entries) {
      if (!(entry instanceof Uint8Array)) return false;
      Y.applyUpdate(scratch, entry);
    }
    return true;
  } catch {
    return false;
  } finally {
    scratch.destroy();
  }
}
