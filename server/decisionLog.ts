/**
 * The server's side of each scenario's decision log: from every change it accepts to a scenario's
 * document it tells the decisions made (`decisionsBetween` of the scenario before and after) and
 * appends them, with who and when, to the scenario's log document. Only the server writes there,
 * through a direct connection, and each entry is saved in the SQLite file as a member's change is.
 */
import type { DirectConnection } from '@hocuspocus/server';
import * as Y from 'yjs';
import { decisionsBetween } from '../src/domain/decisions';
import type { Scenario } from '../src/domain/types';
import { appendDecisions, decisionLogDocumentName, type LoggedDecision } from '../src/sync/decisionLogDocument';
import { activityAdded, readAfterUpdate, readLastChanges, readScenario } from '../src/sync/scenarioDocument';
import { scenarioIdOf } from '../src/sync/workspaceIndex';
import type { DocumentStorage } from './documentStorage';

/** Who made a change when no one signed in, and the change names no one either. */
export const SOMEONE = 'Someone (not signed in)';

/** How long after a decision its log is written, with whatever else arrives meanwhile. */
const WRITE_AFTER_MS = 50;

export interface DecisionLog {
  /**
   * Logs the decisions `update` makes to the scenario in `document`, which it has not yet been
   * applied to; called for a change that has been checked and saved. Anything else is ignored.
   */
  record(documentName: string, document: Y.Doc, update: Uint8Array, context: unknown): void;
  /** Writes every decision recorded so far, then closes the logs' connections (storing them). */
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
  storage,
  now = () => new Date(),
}: {
  /** A direct connection to a document on this server (Hocuspocus's `openDirectConnection`). */
  open: (documentName: string) => Promise<DirectConnection>;
  storage: DocumentStorage;
  now?: () => Date;
}): DecisionLog {
  /**
   * Entries waiting to be written, by log: they are written a moment after the first arrives, all
   * together, so a burst of changes (a figure typed, a thousand edits sent on reconnecting) is one
   * save of the log rather than one each. Writes run one after another, in the order taken.
   */
  const waiting = new Map<string, LoggedDecision[]>();
  let writing = Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | null = null;
  // Each log's connection stays open while the server runs: opening one loads and stores the document.
  const connections = new Map<string, Promise<DirectConnection>>();
  /**
   * Each scenario as read after the last change logged, with the document's snapshot then: the
   * next change usually follows it, and is then read once rather than twice.
   */
  const lastRead = new Map<string, { snapshot: Y.Snapshot; scenario: Scenario }>();

  const scenarioBefore = (documentName: string, document: Y.Doc): Scenario | null => {
    const known = lastRead.get(documentName);
    if (known && Y.equalSnapshots(known.snapshot, Y.snapshot(document))) return known.scenario;
    const read = readScenario(document);
    return read.status === 'ok' ? read.scenario : null;
  };

  const write = async (documentName: string, entries: LoggedDecision[]) => {
    let connection = connections.get(documentName);
    if (!connection) {
      connection = open(documentName);
      connections.set(documentName, connection);
    }
    let added: Uint8Array | null = null;
    await (
      await connection
    ).transact((document) => {
      const known = Y.encodeStateVector(document);
      appendDecisions(document, entries);
      added = Y.encodeStateAsUpdate(document, known);
    });
    if (added) storage.add(documentName, added);
  };

  const flush = () => {
    timer = null;
    const batch = [...waiting];
    waiting.clear();
    writing = writing.then(async () => {
      for (const [logName, entries] of batch) {
        // The change itself is saved; the extension stores the log again when it next can.
        await write(logName, entries).catch((error: unknown) =>
          console.error(`The decision log ${logName} could not be saved:`, error),
        );
      }
    });
  };

  return {
    record: (documentName, document, update, context) => {
      const scenarioId = scenarioIdOf(documentName);
      if (scenarioId === null) return;
      const before = scenarioBefore(documentName, document);
      const after = readAfterUpdate(document, update);
      if (after?.read.status !== 'ok') return;
      const { copy, read } = after;
      lastRead.set(documentName, { snapshot: Y.snapshot(copy), scenario: read.scenario });
      if (!before) return;
      const decisions = decisionsBetween(before, read.scenario);
      if (decisions.length === 0) return;
      const by = whoChanged(context, document, copy);
      const at = now().toISOString();
      const entries = decisions.map((decision) => ({ ...decision, by, at }));
      const logName = decisionLogDocumentName(scenarioId);
      waiting.set(logName, [...(waiting.get(logName) ?? []), ...entries]);
      timer ??= setTimeout(flush, WRITE_AFTER_MS);
    },
    close: async () => {
      if (timer !== null) {
        clearTimeout(timer);
        flush();
      }
      await writing;
      for (const connection of connections.values()) await (await connection).disconnect();
      connections.clear();
    },
  };
}
