/**
 * A scenario's decision log: a Yjs document of its own ("decisions/<scenario id>") that the server
 * alone writes, from the changes it accepts to the scenario's document, and refuses every member's
 * change to. Members read it live, as any document of the workspace, but can neither edit nor
 * remove an entry.
 */
import * as Y from 'yjs';
import type { Decision } from '../domain/decisions';
import { DECISION_KINDS } from '../domain/decisions';
import { isPlainObject } from '../domain/unknownValues';
import { scenarioDocumentName, scenarioIdOf } from './workspaceIndex';

const DECISIONS_PREFIX = 'decisions/';
const ENTRIES_ARRAY = 'entries';

/** A decision as logged: what was decided, who decided it and when the server took it (ISO 8601). */
export interface LoggedDecision extends Decision {
  by: string;
  at: string;
}

export function decisionLogDocumentName(scenarioId: string): string {
  return `${DECISIONS_PREFIX}${scenarioId}`;
}

/** The scenario whose log the document is, or null for a name that is not a decision log's. */
export function decisionLogScenarioIdOf(documentName: string): string | null {
  if (!documentName.startsWith(DECISIONS_PREFIX)) return null;
  // A log's id is a scenario's id, held to the same rule.
  return scenarioIdOf(scenarioDocumentName(documentName.slice(DECISIONS_PREFIX.length)));
}

/**
 * How soon after a decision the same person's next decision about the same thing is taken as the
 * same one, still being made: a figure is written at each keystroke, and typing "3100000" is one
 * decision, not seven.
 */
export const JOIN_WITHIN_MS = 60_000;

function joins(latest: unknown, entry: LoggedDecision): latest is LoggedDecision {
  return (
    isLoggedDecision(latest) &&
    latest.by === entry.by &&
    latest.kind === entry.kind &&
    latest.label === entry.label &&
    Date.parse(entry.at) - Date.parse(latest.at) <= JOIN_WITHIN_MS
  );
}

/**
 * Adds entries at the end of the log, in one transaction. An entry that continues the decision
 * before it (the log's last, or one added here) takes its place, keeping its figure before; a
 * decision typed back to where it began leaves no entry.
 */
export function appendDecisions(doc: Y.Doc, entries: readonly LoggedDecision[]): void {
  const log = doc.getArray<LoggedDecision>(ENTRIES_ARRAY);
  doc.transact(() => {
    const latest = log.length > 0 ? log.get(log.length - 1) : undefined;
    const added: LoggedDecision[] = [];
    let replacesLatest = false;
    for (const entry of entries) {
      const previous = added.at(-1) ?? (replacesLatest ? undefined : latest);
      if (!joins(previous, entry)) {
        added.push({ ...entry });
        continue;
      }
      if (added.length > 0) added.pop();
      else replacesLatest = true;
      if (previous.before !== entry.after) added.push({ ...entry, before: previous.before });
    }
    if (replacesLatest) log.delete(log.length - 1);
    log.push(added);
  });
}

/** The log in the order it was written; entries not of the expected shape are left out. */
export function readDecisionLog(doc: Y.Doc): LoggedDecision[] {
  return doc.getArray<unknown>(ENTRIES_ARRAY).toArray().filter(isLoggedDecision);
}

function isLoggedDecision(entry: unknown): entry is LoggedDecision {
  if (!isPlainObject(entry)) return false;
  const { kind, label, before, after, by, at } = entry;
  return (
    typeof kind === 'string' &&
    kind in DECISION_KINDS &&
    [label, before, after, by, at].every((part) => typeof part === 'string')
  );
}

/**
 * What is wrong with a member's `update` to a decision log: anything it holds that the log lacks.
 * A browser's half of the handshake holds nothing new and passes.
 */
export function problemWithLogUpdate(doc: Y.Doc, update: Uint8Array): string | null {
  try {
    if (Y.snapshotContainsUpdate(Y.snapshot(doc), update)) return null;
  } catch {
    return 'The message is not a Yjs update.';
  }
  return 'The decision log is written by the server alone: no member can change it.';
}
