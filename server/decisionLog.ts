/**
 * The server's side of each scenario's decision log: from every change it accepts to a scenario's
 * document it tells the decisions made (`decisionsBetween` of the scenario before and after) and
 * appends them, with who and when, to the scenario's log document. Only the server writes there,
 * through a direct connection opened as the scenario's document loads, and each change is saved in
 * the SQLite file together with its decisions, so no stop of the server keeps one without the other.
 */
import * as Y from 'yjs';
import { decisionsBetween } from '../src/domain/decisions';
import type { Scenario } from '../src/domain/types';
import { appendDecisions, decisionLogDocumentName } from '../src/sync/decisionLogDocument';
import { activityAdded, readAfterUpdate, readLastChanges, readScenario } from '../src/sync/scenarioDocument';
import { scenarioIdOf } from '../src/sync/workspaceIndex';
import type { DocumentChange } from './documentStorage';

/** Who made a change when no one signed in, and the change names no one either. */
export const SOMEONE = 'Someone (not signed in)';

/** The entries a change adds to its scenario's log: saved with the change, then shown by `apply`. */
export interface LogChange extends DocumentChange {
  apply(): void;
}

/** What this module uses of a Hocuspocus direct connection: the document it holds open, and changes to it. */
export interface LogConnection {
  /** Null once disconnected. */
  document: Y.Doc | null;
  transact(change: (document: Y.Doc) => void): Promise<void>;
  disconnect(): Promise<void>;
}

export interface DecisionLog {
  /** Opens the log of the scenario whose document `documentName` is loading; other documents have none. */
  open(documentName: string): Promise<void>;
  /**
   * The entries for the decisions `update` makes to the scenario in `document`, which it has not
   * yet been applied to; null for a change that decides nothing. Nothing changes until `apply`.
   * Throws if the scenario's log is not open (it is opened again, for the change sent again).
   */
  changeFor(documentName: string, document: Y.Doc, update: Uint8Array, context: unknown): LogChange | null;
  /** Closes the logs' connections, storing them. */
  close(): Promise<void>;
}

/**
 * Who made the change: the signed-in member, or else the name the browser gave with it (the last
 * activity entry it adds or, for a keystroke that continues a step, who it notes beside a figure),
 * which anyone can claim while the workspace has no sign-in.
 */
function whoChanged(context: unknown, before: Y.Doc, after: Y.Doc): string {
  const member = (context as { member?: { name?: unknown } } | null | undefined)?.member;
  if (typeof member?.name === 'string' && member.name.trim() !== '') return member.name;
  const activity = activityAdded(before, after)[0]?.by;
  if (activity?.trim()) return activity;
  const changesBefore = readLastChanges(before);
  const noted = Object.entries(readLastChanges(after))
    .filter(([place, change]) => changesBefore[place]?.at !== change.at || changesBefore[place]?.by !== change.by)
    .map(([, change]) => change)
    .sort((first, second) => second.at.localeCompare(first.at))[0];
  return noted?.by.trim() || SOMEONE;
}

export function createDecisionLog({
  open,
  now = () => new Date(),
}: {
  /** A direct connection to a document on this server (Hocuspocus's `openLogConnection`). */
  open: (documentName: string) => Promise<LogConnection>;
  now?: () => Date;
}): DecisionLog {
  // Each log's connection stays open while the server runs: opening one loads and stores the document.
  const opening = new Map<string, Promise<LogConnection>>();
  const connections = new Map<string, LogConnection>();
  /**
   * Each scenario as read after the last change logged, with the document's snapshot then: the
   * next change usually follows it, and is then read once rather than twice.
   */
  const lastRead = new Map<string, { snapshot: Y.Snapshot; scenario: Scenario }>();

  /** Starts opening a log unless it is open or opening; one that fails to open is tried again when next asked. */
  const openLog = (logName: string): Promise<LogConnection> => {
    let connection = opening.get(logName);
    if (!connection) {
      connection = open(logName).then((opened) => {
        connections.set(logName, opened);
        return opened;
      });
      opening.set(logName, connection);
      connection.catch(() => opening.delete(logName));
    }
    return connection;
  };

  const scenarioBefore = (documentName: string, document: Y.Doc): Scenario | null => {
    const known = lastRead.get(documentName);
    if (known && Y.equalSnapshots(known.snapshot, Y.snapshot(document))) return known.scenario;
    const read = readScenario(document);
    return read.status === 'ok' ? read.scenario : null;
  };

  return {
    open: async (documentName) => {
      const scenarioId = scenarioIdOf(documentName);
      if (scenarioId !== null) await openLog(decisionLogDocumentName(scenarioId));
    },
    changeFor: (documentName, document, update, context) => {
      const scenarioId = scenarioIdOf(documentName);
      if (scenarioId === null) return null;
      const before = scenarioBefore(documentName, document);
      const after = readAfterUpdate(document, update);
      if (after?.read.status !== 'ok') return null;
      const { copy, read } = after;
      lastRead.set(documentName, { snapshot: Y.snapshot(copy), scenario: read.scenario });
      if (!before) return null;
      const decisions = decisionsBetween(before, read.scenario);
      if (decisions.length === 0) return null;
      const logName = decisionLogDocumentName(scenarioId);
      const connection = connections.get(logName);
      if (!connection?.document) {
        void openLog(logName).catch(() => undefined);
        throw new Error('its decision log is still opening');
      }
      const log = connection.document;
      const by = whoChanged(context, document, copy);
      const at = now().toISOString();
      // Written on a copy of the log, so that a change the SQLite file refuses leaves no entry.
      const logCopy = new Y.Doc();
      Y.applyUpdate(logCopy, Y.encodeStateAsUpdate(log));
      const known = Y.encodeStateVector(logCopy);
      appendDecisions(
        logCopy,
        decisions.map((decision) => ({ ...decision, by, at })),
      );
      const added = Y.encodeStateAsUpdate(logCopy, known);
      return {
        documentName: logName,
        update: added,
        apply: () => void connection.transact((document) => Y.applyUpdate(document, added)),
      };
    },
    close: async () => {
      for (const connection of connections.values()) await connection.disconnect();
      opening.clear();
      connections.clear();
    },
  };
}
