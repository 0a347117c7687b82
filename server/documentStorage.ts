/**
 * Where the server keeps each document: one row per document in the SQLite file of Hocuspocus's
 * extension. Each change is added to its document's row before the server applies and
 * acknowledges it, so a browser told its change is saved can rely on that; the extension's own
 * store still writes the compact state a moment later. When the file cannot be written the change
 * is refused, and the browser keeps it and sends it again.
 */
import { selectQuery, upsertQuery, type SQLite } from '@hocuspocus/extension-sqlite';
import * as Y from 'yjs';

/** A Yjs update to one document. */
export interface DocumentChange {
  documentName: string;
  update: Uint8Array;
}

export interface DocumentStorage {
  /**
   * Adds each update to what is stored of its document, all in one write of the file: afterwards
   * either every one is stored or none is. Throws (as SQLite does) when it cannot.
   */
  add(changes: readonly DocumentChange[]): void;
}

/** What this module uses of better-sqlite3's database, whose types are not installed. */
interface SqliteDatabase {
  prepare(sql: string): { get(parameters: object): unknown; run(parameters: object): unknown };
  transaction(run: () => void): () => void;
}

/** The errors SQLite reports (better-sqlite3 names them by their code), as the people waiting would say them. */
const PROBLEMS: [code: string, problem: string][] = [
  ['SQLITE_FULL', 'its disk is full'],
  ['SQLITE_BUSY', 'its database file is locked by another program'],
  ['SQLITE_LOCKED', 'its database file is locked by another program'],
  ['SQLITE_READONLY', 'its database file cannot be written to (it is read-only)'],
  ['SQLITE_IOERR', 'its disk cannot be written to'],
  ['SQLITE_CANTOPEN', 'its database file cannot be opened'],
];

/** What stops the write, from the error storage threw. */
export function storageProblem(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const found = typeof code === 'string' ? PROBLEMS.find(([prefix]) => code.startsWith(prefix)) : undefined;
  if (found) return found[1];
  return `its database cannot be written to (${error instanceof Error ? error.message : String(error)})`;
}

/**
 * The extension's own database, once Hocuspocus has configured it (it opens the file then). The
 * row is read, merged with the update and written in one synchronous step, so two changes to a
 * document arriving together never save over each other.
 */
export function sqliteStorage(extension: SQLite): DocumentStorage {
  return {
    add: (changes) => {
      const db = extension.db as unknown as SqliteDatabase | undefined;
      if (!db) throw new Error('its database file is not open');
      db.transaction(() => {
        for (const { documentName, update } of changes) {
          const row = db.prepare(selectQuery).get({ name: documentName }) as { data: Uint8Array } | undefined;
          const data = row ? Y.mergeUpdates([row.data, update]) : update;
          db.prepare(upsertQuery).run({ name: documentName, data: Buffer.from(data) });
        }
      })();
    },
  };
}
