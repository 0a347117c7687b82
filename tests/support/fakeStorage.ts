import type { StorageLike } from '../../src/store/persistence';

/** Web Storage in memory, with a quota in characters; `refuse` makes every write throw as a blocked storage does. */
export class FakeStorage implements StorageLike {
  readonly items = new Map<string, string>();
  quota = Infinity;
  refuse = false;
  get length() {
    return this.items.size;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.refuse) throw new DOMException('The operation is insecure.', 'SecurityError');
    const used = [...this.items].reduce(
      (total, [name, text]) => total + (name === key ? 0 : name.length + text.length),
      0,
    );
    if (used + key.length + value.length > this.quota)
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}
