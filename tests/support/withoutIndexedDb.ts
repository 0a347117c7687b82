/**
 * y-indexeddb as a browser that refuses IndexedDB has it: Node has none, so Node tests of the
 * shared workspace mock the module with this (`vi.mock('y-indexeddb', () => import(...))`) and the
 * connection goes on without an offline copy.
 */
export class IndexeddbPersistence {
  constructor() {
    throw new Error('IndexedDB is not available');
  }
}
