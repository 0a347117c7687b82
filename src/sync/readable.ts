/**
 * Values the screen reads with React's useSyncExternalStore: each has `get` (the same object
 * while nothing changed, as React requires) and `subscribe`.
 */
export interface Readable<T> {
  get: () => T;
  subscribe: (listener: () => void) => () => void;
}

const sameJson = (first: unknown, second: unknown) => JSON.stringify(first) === JSON.stringify(second);

/** A value set from outside; setting one equal to the current value (as JSON) tells no one. */
export function createSignal<T>(initial: T): Readable<T> & { set: (next: T) => void } {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set: (next) => {
      if (sameJson(next, value)) return;
      value = next;
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** A value read afresh from a source on each `get`, kept the same object while it reads the same. */
export function derived<T>(read: () => T, subscribe: Readable<T>['subscribe']): Readable<T> {
  let value = read();
  return {
    get: () => {
      const latest = read();
      if (!sameJson(latest, value)) value = latest;
      return value;
    },
    subscribe,
  };
}
