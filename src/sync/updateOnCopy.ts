/** How the server tries a change before applying it: on a copy, so that a refused change alters nothing. */
import * as Y from 'yjs';

export const NOT_AN_UPDATE = 'The message is not a Yjs update.';

/** A copy of `doc` with `update` applied, or null if `update` is not a Yjs update. */
export function copyWithUpdate(doc: Y.Doc, update: Uint8Array): Y.Doc | null {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  try {
    Y.applyUpdate(copy, update);
  } catch {
    return null;
  }
  return copy;
}

/** The top-level parts `doc` holds other than `allowed`. */
export function unexpectedParts(doc: Y.Doc, allowed: string[]): string[] {
  return [...doc.share.keys()].filter((name) => !allowed.includes(name));
}
