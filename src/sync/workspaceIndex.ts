/**
 * The shared workspace's index: one document listing its scenarios, each of which is a document of
 * its own (`scenarioDocumentName`), so that a scenario is sent, checked and stored on its own.
 * The index maps a scenario's id to its place in the list; removing a scenario from the index
 * leaves its document on the server, so nothing removed is lost.
 */
import type * as Y from 'yjs';
import { copyWithUpdate, NOT_AN_UPDATE, unexpectedParts } from './updateOnCopy';

/** The index's document name. */
export const INDEX_DOCUMENT = 'workspace';
const SCENARIOS_MAP = 'scenarios';
/** Scenarios taken out of the list, by id, with who removed them and when: their documents stay, so any can be put back. */
const REMOVED_MAP = 'removed';
const SCENARIO_PREFIX = 'scenario/';
/** What an id may be: the planner makes UUIDs; anything that could break a document name is refused. */
const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** The documents of one shared workspace, however they are connected. */
export interface WorkspaceDocuments {
  index: Y.Doc;
  /** The scenario's document, opened when first asked for. */
  scenario(id: string): Y.Doc;
}

export function scenarioDocumentName(id: string): string {
  return `${SCENARIO_PREFIX}${id}`;
}

/** The id a scenario document's name holds, or null for a name that is not a scenario's. */
export function scenarioIdOf(documentName: string): string | null {
  if (!documentName.startsWith(SCENARIO_PREFIX)) return null;
  const id = documentName.slice(SCENARIO_PREFIX.length);
  return ID_PATTERN.test(id) ? id : null;
}

function scenariosOf(index: Y.Doc): Y.Map<number> {
  return index.getMap<number>(SCENARIOS_MAP);
}

/** The scenarios' ids in their order; two added at once at the same place are ordered by id, the same for everyone. */
export function readIndex(index: Y.Doc): string[] {
  return [...scenariosOf(index).entries()]
    .filter(([id, order]) => ID_PATTERN.test(id) && Number.isFinite(order))
    .sort(([firstId, first], [secondId, second]) => first - second || (firstId < secondId ? -1 : 1))
    .map(([id]) => id);
}

/** Puts the scenario at the end of the list, if it is not listed already. */
export function addToIndex(index: Y.Doc, id: string, origin: unknown = null): void {
  if (!ID_PATTERN.test(id)) throw new Error(`"${id}" cannot be a scenario's id in the shared workspace.`);
  const scenarios = scenariosOf(index);
  if (scenarios.has(id)) return;
  const last = Math.max(-1, ...scenarios.values());
  index.transact(() => scenarios.set(id, last + 1), origin);
}

/** A scenario taken out of the list: its name then, who removed it and when (ISO 8601). */
export interface Removal {
  name: string;
  by: string;
  at: string;
}

/** Takes the scenario out of the list, noting `removal` so that anyone can put it back. */
export function removeFromIndex(index: Y.Doc, id: string, removal: Removal, origin: unknown = null): void {
  const scenarios = scenariosOf(index);
  if (!scenarios.has(id)) return;
  index.transact(() => {
    scenarios.delete(id);
    index.getMap<Removal>(REMOVED_MAP).set(id, removal);
  }, origin);
}

/** Puts a removed scenario back at the end of the list. */
export function restoreToIndex(index: Y.Doc, id: string, origin: unknown = null): void {
  index.transact(() => {
    index.getMap<Removal>(REMOVED_MAP).delete(id);
    addToIndex(index, id, origin);
  }, origin);
}

/** The removed scenarios, the latest removed first; entries not of the expected shape are left out. */
export function readRemoved(index: Y.Doc): (Removal & { id: string })[] {
  return [...index.getMap<unknown>(REMOVED_MAP).entries()]
    .filter((entry): entry is [string, Removal] => ID_PATTERN.test(entry[0]) && isRemoval(entry[1]))
    .map(([id, removal]) => ({ id, ...removal }))
    .sort((first, second) => second.at.localeCompare(first.at));
}

function isRemoval(value: unknown): value is Removal {
  if (typeof value !== 'object' || value === null) return false;
  const { name, by, at } = value as Record<string, unknown>;
  return (
    typeof name === 'string' &&
    name.length <= 200 &&
    typeof by === 'string' &&
    by.length <= 60 &&
    typeof at === 'string' &&
    !Number.isNaN(Date.parse(at))
  );
}

/** What is wrong with `update` as a change to the index, or null: tried on a copy, so a refused update changes nothing. */
export function problemWithIndexUpdate(index: Y.Doc, update: Uint8Array): string | null {
  const copy = copyWithUpdate(index, update);
  if (!copy) return NOT_AN_UPDATE;
  const unexpected = unexpectedParts(copy, [SCENARIOS_MAP, REMOVED_MAP]);
  if (unexpected.length > 0)
    return `The workspace's index holds only its scenarios and those removed, not "${unexpected.join('", "')}".`;
  for (const [id, removal] of copy.getMap<unknown>(REMOVED_MAP).entries()) {
    if (!ID_PATTERN.test(id) || !isRemoval(removal))
      return `The removed scenario "${id}" must have a name (at most 200 characters), who removed it (at most 60) and when.`;
  }
  for (const [id, order] of scenariosOf(copy).entries()) {
    if (!ID_PATTERN.test(id)) return `"${id}" cannot be a scenario's id in the shared workspace.`;
    if (typeof order !== 'number' || !Number.isFinite(order))
      return `The scenario "${id}" has no place in the list (${JSON.stringify(order)}).`;
  }
  return null;
}
