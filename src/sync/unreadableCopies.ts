/**
 * The browser's side of an offline copy that cannot be read: its stored updates are read as they
 * are, and kept aside in an IndexedDB database of their own until the person deletes them. In
 * IndexedDB rather than memory so that a reload, or a tab closed before the download was taken,
 * loses nothing; and rather than localStorage because they are bytes, possibly megabytes, and
 * localStorage holds text within a quota the planner alone needs for its own workspace.
 */

/** Where y-indexeddb keeps a document's updates, in a database named for the document. */
const UPDATES_STORE = 'updates';
const ASIDE_DATABASE = 'inspection-hours-planner/unreadable-offline-copies';
const ASIDE_STORE = 'copies';

/** An unreadable offline copy kept aside: which server and document it was of, when it was found, and its bytes. */
export interface KeptCopy {
  id: number;
  url: string;
  documentName: string;
  /** ISO 8601. */
  keptAt: string;
  bytes: Uint8Array;
}

const done = <T>(request: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });

const finished = (transaction: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
  });

/**
 * What the offline copy named `name` stores, as stored; null if there is none yet. Opening it never
 * makes one: y-indexeddb must create its own, with its own stores.
 */
export async function storedUpdates(name: string): Promise<unknown[] | null> {
  const request = indexedDB.open(name);
  let created = false;
  request.onupgradeneeded = () => {
    created = true;
    request.transaction?.abort();
  };
  let db: IDBDatabase;
  try {
    db = await done(request);
  } catch (error) {
    if (created) return null;
    throw error;
  }
  try {
    // A database without y-indexeddb's store is no offline copy it can read: unreadable, with nothing in it.
    if (!db.objectStoreNames.contains(UPDATES_STORE)) return [];
    return await done<unknown[]>(db.transaction(UPDATES_STORE, 'readonly').objectStore(UPDATES_STORE).getAll());
  } finally {
    db.close();
  }
}

function openAside(): Promise<IDBDatabase> {
  const request = indexedDB.open(ASIDE_DATABASE, 1);
  request.onupgradeneeded = () => request.result.createObjectStore(ASIDE_STORE, { autoIncrement: true });
  return done(request);
}

async function inAside<T>(mode: IDBTransactionMode, use: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await openAside();
  try {
    const transaction = db.transaction(ASIDE_STORE, mode);
    const result = done(use(transaction.objectStore(ASIDE_STORE)));
    await finished(transaction);
    return await result;
  } finally {
    db.close();
  }
}

const sameBytes = (first: Uint8Array, second: Uint8Array) =>
  first.length === second.length && first.every((byte, index) => byte === second[index]);

/** Keeps the copy aside and reads it back: resolves with its id only once the kept bytes are known to be the same. */
export async function keepAside(copy: Omit<KeptCopy, 'id'>): Promise<number> {
  const id = Number(await inAside('readwrite', (store) => store.add(copy)));
  const kept = (await inAside('readonly', (store) => store.get(id))) as KeptCopy | undefined;
  if (!kept || !(kept.bytes instanceof Uint8Array) || !sameBytes(kept.bytes, copy.bytes))
    throw new Error('the copy kept aside does not read back the same');
  return id;
}

/** The copies kept aside from the shared workspace at `url`, the earliest first. */
export async function keptAside(url: string): Promise<KeptCopy[]> {
  const db = await openAside();
  try {
    const store = db.transaction(ASIDE_STORE, 'readonly').objectStore(ASIDE_STORE);
    const [keys, values] = await Promise.all([done(store.getAllKeys()), done(store.getAll())]);
    return (values as Omit<KeptCopy, 'id'>[])
      .map((value, index) => ({ ...value, id: Number(keys[index]) }))
      .filter((copy) => copy.url === url);
  } finally {
    db.close();
  }
}

export async function deleteKeptAside(id: number): Promise<void> {
  await inAside('readwrite', (store) => store.delete(id));
}
