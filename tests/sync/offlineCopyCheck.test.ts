import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { canApplyAll, entriesAsBytes } from '../../src/sync/offlineCopyCheck';

/** Two updates of one document, as y-indexeddb stores them one entry each. */
function storedUpdates(): Uint8Array[] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  doc.getMap('scenario').set('name', '2004/05 plan');
  doc.getMap('scenario').set('budget', 3_200_000);
  return updates;
}

/** What the end-to-end test writes in place of an offline copy. */
const GARBAGE = new Uint8Array([0xff, 0xfe, 0x00, 0x13, 0x37, 0xde, 0xad, 0xbe, 0xef, 0x7f, 0x80, 0x01]);

describe('reading an offline copy before it is applied', () => {
  it('finds a copy of Yjs updates readable, and nothing stored at all', () => {
    expect(canApplyAll(storedUpdates())).toBe(true);
    expect(canApplyAll([])).toBe(true);
  });

  it('finds a copy unreadable when one entry is not an update, or is not bytes', () => {
    expect(canApplyAll([...storedUpdates(), GARBAGE])).toBe(false);
    expect(canApplyAll([GARBAGE])).toBe(false);
    expect(canApplyAll([storedUpdates()[0], 'not bytes'])).toBe(false);
  });

  it('keeps every entry byte for byte, in the order stored, and text stored by mistake as its text', () => {
    const [first] = storedUpdates();
    if (!first) throw new Error('no update was made');
    expect([...entriesAsBytes([GARBAGE])]).toEqual([...GARBAGE]);
    expect([...entriesAsBytes([first, GARBAGE, 'ab'])]).toEqual([...first, ...GARBAGE, 0x61, 0x62]);
  });
});
