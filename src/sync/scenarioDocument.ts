/**
 * A scenario as a Yjs document, for the shared workspace: what two people edit at once must merge
 * field by field, so objects are maps, and collections are maps keyed by what names an item, never
 * arrays edited by position (an insert at one place would shift a colleague's edit to another).
 * Each collection item keeps its place in the list as `ORDER_KEY`.
 *
 * The document is written by diffing the scenario before an edit against the scenario after it,
 * so an edit writes only what it changed; immer keeps unchanged parts the same objects, so whole
 * branches are skipped by identity. It is read back through the scenario file's parser, so a
 * document is held to the same rules as any file from outside.
 */
import * as Y from 'yjs';
import { isFigure } from '../domain/changedParts';
import { figurePath, type LastChange, type LastChanges } from '../domain/lastChange';
import { problemWithNewCommitments } from '../domain/newCommitments';
import { formatDay } from '../domain/format';
import { parseScenarioFile, SCENARIO_FORMAT, SCENARIO_VERSION } from '../domain/scenarioFile';
import type { Scenario } from '../domain/types';
import { isPlainObject } from '../domain/unknownValues';
import { copyWithUpdate, NOT_AN_UPDATE, unexpectedParts } from './updateOnCopy';

/** The name of the map holding the scenario, and of the one holding its format and version. */
const SCENARIO_MAP = 'scenario';
const META_MAP = 'meta';
/** The list of who did what, and when, appended to by each intent: it is never edited, only added to. */
const ACTIVITY_ARRAY = 'activity';
/** Limits on an activity entry's parts, checked by the server. */
const MAX_LABEL = 200;
const MAX_NAME = 60;
/** Where an item of a keyed collection keeps its place in the list. */
const ORDER_KEY = '#order';
/**
 * Where a figure (anything with a source) keeps who last changed it and when, written in the same
 * transaction as the figure: the person whose value wins is then the person it names.
 */
const CHANGE_KEY = '#changed';
/**
 * A source is kept as one value, not a map merged field by field: two people changing a figure's
 * source at once then end with one person's, never a mix of two kinds' fields that no parser reads.
 */
const SOURCE_KEY = 'source';
/** Keys the document keeps beside an object's own, which the scenario does not hold. */
const DOCUMENT_KEYS = new Set([ORDER_KEY, CHANGE_KEY]);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type KeyOf = (item: Record<string, unknown>) => string;

/** The scenario's collections, by their path, each with what names an item in it. */
const KEYED_COLLECTIONS: Record<string, KeyOf> = {
  lines: (line) => String(line['id']),
  'esi.families': (family) => String(family['id']),
  'esi.areas': (area) => String(area['id']),
  'esi.schedule': (entry) => String(entry['areaId']),
  jointInspections: (inspection) => String(inspection['id']),
  contingencyDraws: (draw) => String(draw['id']),
  // The store keeps one move per path between two months, so the path names it.
  'yot.moves': (move) => `${String(move['from'])}>${String(move['to'])}`,
};

const childPath = (path: string, key: string) => (path === '' ? key : `${path}.${key}`);
/** Where a part is in the document, as LastChanges names a figure: an item of a collection by its key. */
const childPlace = (place: string, key: string) => (place === '' ? key : figurePath(place, key));

export type ReadResult =
  | { status: 'ok'; scenario: Scenario }
  | { status: 'empty' }
  /** Written by a newer planner: shown read-only, never written, until the page is reloaded. */
  | { status: 'newer'; version: number }
  | { status: 'invalid'; problems: string[] };

/** One intent in a scenario's activity: what the person would call it, who they are, and when (ISO 8601). */
export interface ActivityEntry extends LastChange {
  label: string;
}

/** What a write notes beside the scenario: an entry for its activity, and who changes its figures. */
export interface WriteNotes {
  activity?: ActivityEntry;
  /** Kept with each figure the write changes; without it, a changed figure keeps no one's name. */
  change?: LastChange;
}

/**
 * Writes `next` into the document in one transaction, changing only what differs from `previous`
 * (null: the document is empty), and adds `activity` to the scenario's activity if given. Returns
 * the places (as LastChanges names them) of the figures it noted `change` beside.
 */
export function writeScenario(
  doc: Y.Doc,
  previous: Scenario | null,
  next: Scenario,
  origin: unknown = null,
  { activity, change }: WriteNotes = {},
): string[] {
  const writing: Writing = { change, noted: [], upgrading: false };
  doc.transact(() => {
    const meta = doc.getMap<number | string>(META_MAP);
    const root = doc.getMap<unknown>(SCENARIO_MAP);
    const version = meta.get('version');
    if (previous !== null && typeof version === 'number' && version < SCENARIO_VERSION) {
      // An older planner's document was read through the migrations: before the version is raised,
      // it is given what they added, or it would claim this version's parts without holding them.
      const upgrade: Writing = { change: undefined, noted: [], upgrading: true };
      writeObject(root, readMap(root, ''), previous as unknown as Record<string, unknown>, '', '', upgrade);
    }
    if (meta.get('format') !== SCENARIO_FORMAT) meta.set('format', SCENARIO_FORMAT);
    if (version !== SCENARIO_VERSION) meta.set('version', SCENARIO_VERSION);
    writeObject(root, previous, next as unknown as Record<string, unknown>, '', '', writing);
    if (activity) doc.getArray<ActivityEntry>(ACTIVITY_ARRAY).push([activity]);
  }, origin);
  return writing.noted;
}

/**
 * What an undo of an edit takes back: the scenario and its format version, which the first edit of
 * an older planner's document raises; never the activity, which only grows.
 */
export function undoScope(doc: Y.Doc): Y.Map<unknown>[] {
  return [doc.getMap(SCENARIO_MAP), doc.getMap(META_MAP)];
}

/** Adds an entry to the scenario's activity on its own, for an action that writes no scenario of its own (an undo). */
export function recordActivity(doc: Y.Doc, activity: ActivityEntry, origin: unknown = null): void {
  doc.transact(() => doc.getArray<ActivityEntry>(ACTIVITY_ARRAY).push([activity]), origin);
}

/** The scenario's latest activity, the latest first; entries not of the expected shape are left out. */
export function readActivity(doc: Y.Doc, limit: number): ActivityEntry[] {
  const entries = doc.getArray<unknown>(ACTIVITY_ARRAY);
  const start = Math.max(0, entries.length - limit);
  return entries.slice(start).filter(isActivityEntry).reverse();
}

function isActivityEntry(entry: unknown): entry is ActivityEntry {
  return isLastChange(entry) && typeof entry['label'] === 'string' && entry['label'].length <= MAX_LABEL;
}

function isLastChange(entry: unknown): entry is LastChange & Record<string, unknown> {
  return (
    isPlainObject(entry) &&
    typeof entry['by'] === 'string' &&
    entry['by'].length <= MAX_NAME &&
    typeof entry['at'] === 'string' &&
    !Number.isNaN(Date.parse(entry['at']))
  );
}

/** Calls `visit` with each figure's place and what it keeps as its last change, whatever its shape. */
function eachLastChange(doc: Y.Doc, visit: (place: string, change: unknown) => void): void {
  const walk = (map: Y.Map<unknown>, place: string) => {
    if (map.has(CHANGE_KEY)) visit(place, map.get(CHANGE_KEY));
    for (const [key, value] of map.entries()) if (value instanceof Y.Map) walk(value, childPlace(place, key));
  };
  walk(doc.getMap<unknown>(SCENARIO_MAP), '');
}

/** Who last changed each figure of the document's scenario, and when; a change not of the expected shape is left out. */
export function readLastChanges(doc: Y.Doc): LastChanges {
  const changes: LastChanges = {};
  eachLastChange(doc, (place, change) => {
    if (isLastChange(change)) changes[place] = { by: change.by, at: change.at };
  });
  return changes;
}

/** The scenario the document holds, checked as a scenario file is. */
export function readScenario(doc: Y.Doc): ReadResult {
  const meta = doc.getMap<unknown>(META_MAP);
  const version = meta.get('version');
  if (typeof version === 'number' && version > SCENARIO_VERSION) return { status: 'newer', version };
  const root = doc.getMap<unknown>(SCENARIO_MAP);
  if (root.size === 0) return { status: 'empty' };
  const file = JSON.stringify({
    format: SCENARIO_FORMAT,
    version: version ?? SCENARIO_VERSION,
    scenario: readMap(root, ''),
  });
  const parsed = parseScenarioFile(file);
  return parsed.ok ? { status: 'ok', scenario: parsed.scenario } : { status: 'invalid', problems: parsed.problems };
}

/**
 * A figure is a value with its source (the report's paragraph, or the planner's assumption): the
 * two are one fact, so an edit writes the whole figure. Then two people changing a figure end with
 * one person's value and source, never one's value under the other's source, and an undo whose
 * figure a colleague has since changed finds nothing of its own left there.
 *
 * Each write function returns whether it changed something that no figure inside it has noted:
 * the nearest object with a source above the change notes it.
 */

/**
 * A write in progress: who changes its figures, and the places of those it noted that beside.
 * `upgrading`: `previous` is read from the document rather than kept by the store, so an unchanged
 * part is not the same object and is told by its value.
 */
interface Writing {
  change: LastChange | undefined;
  noted: string[];
  upgrading: boolean;
}

function writeObject(
  target: Y.Map<unknown>,
  previous: unknown,
  next: Record<string, unknown>,
  path: string,
  place: string,
  writing: Writing,
  whole = false,
): boolean {
  if ((previous === next || (writing.upgrading && sameValue(previous, next))) && !whole) return false;
  const writeWhole = whole || isFigure(next);
  const before = isPlainObject(previous) ? previous : {};
  let changed = false;
  for (const key of target.keys()) {
    if (key in next || DOCUMENT_KEYS.has(key)) continue;
    target.delete(key);
    changed = true;
  }
  for (const [key, value] of Object.entries(next)) {
    if (value === undefined) {
      if (target.has(key)) {
        target.delete(key);
        changed = true;
      }
      continue;
    }
    const childChanged = writeValue(
      target,
      key,
      before[key],
      value,
      childPath(path, key),
      childPlace(place, key),
      writing,
      writeWhole,
    );
    if (childChanged) changed = true;
  }
  if (!changed || !(SOURCE_KEY in next)) return changed;
  noteChange(target, place, writing);
  return false;
}

/** Keeps the write's change beside the figure in `target`, or, for a write that names no one, drops any kept there. */
function noteChange(target: Y.Map<unknown>, place: string, { change, noted }: Writing): void {
  if (!change) {
    if (target.has(CHANGE_KEY)) target.delete(CHANGE_KEY);
    return;
  }
  target.set(CHANGE_KEY, { by: change.by, at: change.at });
  noted.push(place);
}

function writeValue(
  target: Y.Map<unknown>,
  key: string,
  previous: unknown,
  next: unknown,
  path: string,
  place: string,
  writing: Writing,
  whole: boolean,
): boolean {
  if (previous === next && target.has(key) && !whole) return false;
  const keyOf = KEYED_COLLECTIONS[path];
  if (keyOf && Array.isArray(next)) {
    return writeCollection(
      childMap(target, key),
      Array.isArray(previous) ? previous : [],
      next,
      keyOf,
      path,
      place,
      writing,
    );
  }
  if (isPlainObject(next) && key !== SOURCE_KEY) {
    return writeObject(childMap(target, key), previous, next, path, place, writing, whole);
  }
  if (!whole && sameValue(target.get(key), next)) return false;
  // Lists that are not collections (years, partners, monthly weights) and sources are values of their own.
  target.set(key, next);
  return true;
}

function writeCollection(
  target: Y.Map<unknown>,
  previous: unknown[],
  next: unknown[],
  keyOf: KeyOf,
  path: string,
  place: string,
  writing: Writing,
): boolean {
  const previousByKey = new Map(previous.filter(isPlainObject).map((item) => [keyOf(item), item]));
  const nextKeys = new Set<string>();
  let changed = false;
  next.filter(isPlainObject).forEach((item, order) => {
    const key = keyOf(item);
    nextKeys.add(key);
    const entry = childMap(target, key);
    if (entry.get(ORDER_KEY) !== order) entry.set(ORDER_KEY, order);
    if (writeObject(entry, previousByKey.get(key), item, path, childPlace(place, key), writing)) changed = true;
  });
  for (const key of target.keys()) {
    if (nextKeys.has(key)) continue;
    target.delete(key);
    changed = true;
  }
  return changed;
}

/** The map under `key`, made if it is not there (or is not a map). */
function childMap(parent: Y.Map<unknown>, key: string): Y.Map<unknown> {
  const existing = parent.get(key);
  if (existing instanceof Y.Map) return existing;
  const made = new Y.Map<unknown>();
  parent.set(key, made);
  return made;
}

/** A map as the scenario's object at `path`, or as the list of a keyed collection's items in their order. */
function readMap(map: Y.Map<unknown>, path: string): Json {
  if (!KEYED_COLLECTIONS[path]) return readObject(map, path);
  // Items added at once by two people can share a place: the key decides, the same for everyone.
  return [...map.entries()]
    .filter((entry): entry is [string, Y.Map<unknown>] => entry[1] instanceof Y.Map)
    .map(([key, item]) => ({ key, order: Number(item.get(ORDER_KEY) ?? 0), value: readObject(item, path) }))
    .sort(
      (first, second) => first.order - second.order || (first.key < second.key ? -1 : first.key > second.key ? 1 : 0),
    )
    .map(({ value }) => value);
}

function readObject(map: Y.Map<unknown>, path: string): Json {
  const object: { [key: string]: Json } = {};
  for (const [key, value] of map.entries()) {
    if (DOCUMENT_KEYS.has(key)) continue;
    object[key] = value instanceof Y.Map ? readMap(value, childPath(path, key)) : (value as Json);
  }
  return object;
}

/** Equal as JSON values, whatever the order of an object's keys (a document's need not be the store's). */
function sameValue(first: unknown, second: unknown): boolean {
  if (first === second) return true;
  if (Array.isArray(first) && Array.isArray(second))
    return first.length === second.length && first.every((item, index) => sameValue(item, second[index]));
  if (!isPlainObject(first) || !isPlainObject(second)) return false;
  const keys = Object.keys(first);
  return (
    keys.length === Object.keys(second).length &&
    keys.every((key) => key in second && sameValue(first[key], second[key]))
  );
}

/**
 * What is wrong with `update` as a change to `doc`, or null if the scenario it leaves is valid:
 * tried on a copy, so a refused update changes nothing.
 */
export function problemWithUpdate(doc: Y.Doc, update: Uint8Array): string | null {
  const copy = copyWithUpdate(doc, update);
  if (!copy) return NOT_AN_UPDATE;
  const problem = problemWithCopy(doc, copy);
  if (typeof problem === 'string') return problem;
  checked.set(update, { copy, read: problem });
  return null;
}

/** A document after an update, and its scenario read as a scenario file is. */
export interface AfterUpdate {
  copy: Y.Doc;
  read: ReadResult;
}

/**
 * Each update found valid, with the copy it was tried on and the scenario read from it: the server
 * then logs the decisions the update makes (`server/decisionLog.ts`) without trying it again.
 */
const checked = new WeakMap<Uint8Array, AfterUpdate>();

/** What `update` leaves `doc` as (from its check, if it had one), or null if it is not an update. */
export function readAfterUpdate(doc: Y.Doc, update: Uint8Array): AfterUpdate | null {
  const known = checked.get(update);
  if (known) return known;
  const copy = copyWithUpdate(doc, update);
  return copy ? { copy, read: readScenario(copy) } : null;
}

/** The entries a change added to the activity, the latest first: those `after` holds beyond `before`'s. */
export function activityAdded(before: Y.Doc, after: Y.Doc): ActivityEntry[] {
  const added = after.getArray<unknown>(ACTIVITY_ARRAY).length - before.getArray<unknown>(ACTIVITY_ARRAY).length;
  return added > 0 ? readActivity(after, added) : [];
}

/** What is wrong with the document an update would leave, or, if nothing is, its scenario as read. */
function problemWithCopy(doc: Y.Doc, copy: Y.Doc): string | ReadResult {
  const unexpected = unexpectedParts(copy, [SCENARIO_MAP, META_MAP, ACTIVITY_ARRAY]);
  if (unexpected.length > 0) return `A scenario's document holds no "${unexpected.join('", "')}".`;
  const activity = copy.getArray<unknown>(ACTIVITY_ARRAY).toArray();
  const badEntry = activity.findIndex((entry) => !isActivityEntry(entry));
  if (badEntry !== -1)
    return `Activity entry ${badEntry + 1} must have a label (at most ${MAX_LABEL} characters), a name (at most ${MAX_NAME}) and a time.`;
  const badChanges: string[] = [];
  eachLastChange(copy, (place, change) => {
    if (!isLastChange(change)) badChanges.push(place);
  });
  if (badChanges.length > 0)
    return `Who last changed "${badChanges.join('", "')}" must be a name (at most ${MAX_NAME} characters) and a time.`;
  const read = readScenario(copy);
  if (read.status === 'newer')
    return `The change is of scenario format version ${read.version}, newer than this server reads.`;
  if (read.status === 'invalid') return `The change would leave the scenario invalid: ${read.problems.join('; ')}`;
  return (
    (read.status === 'ok' &&
      (problemWithAgreed(doc, read.scenario) ?? problemWithCommitments(doc, copy, read.scenario))) ||
    read
  );
}

/** A change to an agreed plan's frozen copy is refused: it holds what the group agreed. */
function problemWithAgreed(doc: Y.Doc, after: Scenario): string | null {
  if (!doc.getMap<unknown>(SCENARIO_MAP).has('agreed')) return null;
  const read = readScenario(doc);
  if (read.status !== 'ok' || !read.scenario.agreed || sameValue(read.scenario, after)) return null;
  return `“${read.scenario.name}” is the plan agreed on ${formatDay(read.scenario.agreed.on)} and is never changed: duplicate it to work on a copy.`;
}

/**
 * What is wrong with the joint inspections the change commits, checked against the document as it
 * is here (after others' commitments). The scenario before is read only when the change commits
 * one, since every change is checked and most commit nothing.
 */
function problemWithCommitments(doc: Y.Doc, copy: Y.Doc, after: Scenario): string | null {
  const before = committedJointInspections(doc);
  if ([...committedJointInspections(copy)].every((id) => before.has(id))) return null;
  const read = readScenario(doc);
  return read.status === 'ok' ? problemWithNewCommitments(read.scenario, after) : null;
}

/** The ids of the joint inspections the document holds as committed, read without reading the scenario. */
function committedJointInspections(doc: Y.Doc): Set<string> {
  const inspections = doc.getMap<unknown>(SCENARIO_MAP).get('jointInspections');
  const committed = new Set<string>();
  if (!(inspections instanceof Y.Map)) return committed;
  for (const [id, item] of inspections.entries()) {
    if (item instanceof Y.Map && item.get('status') === 'committed') committed.add(id);
  }
  return committed;
}
