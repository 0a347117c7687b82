/**
 * Keeps the workspace in the browser's storage so that nothing entered is lost: saved soon after
 * every edit and at once when the tab is hidden or closed, read back exactly on the next start.
 *
 * localStorage rather than IndexedDB: it is synchronous, so the save made as the tab is hidden or
 * closed has finished before the browser may stop the page (an IndexedDB transaction begun in
 * `pagehide` may never commit); and a workspace of a few scenarios is tens of kilobytes, far
 * inside its quota.
 *
 * Three promises shape the rest:
 * - Data this planner cannot read is never overwritten: it is first copied aside under its own key
 *   (and the copy checked) before anything is saved over it, and it stays there until the user
 *   deletes it.
 * - Data from a newer planner is opened read-only and never written.
 * - Two tabs never overwrite each other: before every save the stored text is compared with what
 *   this tab last read or wrote, and a tab that finds it changed becomes read-only instead.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { parseScenarioFile, SCENARIO_VERSION, serializeScenario } from '../domain/scenarioFile';
import type { PlanStore } from './planStore';
import type { Scenario, Workspace } from '../domain/types';
import { errorMessage, isPlainObject } from '../domain/unknownValues';

export const WORKSPACE_FORMAT = 'inspection-hours-planner/workspace';
export const WORKSPACE_VERSION = 1;
/** Where the workspace is kept. */
export const WORKSPACE_KEY = 'inspection-hours-planner/workspace';
/** Stored data that could not be read is set aside under this prefix plus the time it was found. */
export const UNREADABLE_KEY_PREFIX = 'inspection-hours-planner/unreadable/';

/** The parts of the Web Storage API persistence uses, so tests can pass a fake. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** Who saved the workspace and when, written with it. */
export interface SaveStamp {
  savedAt: string;
  writerId: string;
}

/** One scenario as stored: its id in the workspace and its scenario file, exactly as an export writes it. */
interface StoredScenario {
  id: string;
  file: string;
}

/**
 * Each scenario's file, written once per scenario object: scenarios are never changed in place, so
 * a save after an edit writes only the scenario that changed afresh.
 */
const scenarioFiles = new WeakMap<Scenario, string>();

function scenarioFile(scenario: Scenario): string {
  let file = scenarioFiles.get(scenario);
  if (file === undefined) {
    file = serializeScenario(scenario);
    scenarioFiles.set(scenario, file);
  }
  return file;
}

/** The workspace as stored, from `serializeWorkspace`. */
export function serializeWorkspace(workspace: Workspace, stamp: SaveStamp): string {
  const scenarios: StoredScenario[] = workspace.scenarios.map(({ id, scenario }) => ({ id, file: scenarioFile(scenario) }));
  return JSON.stringify({
    format: WORKSPACE_FORMAT,
    version: WORKSPACE_VERSION,
    savedAt: stamp.savedAt,
    writerId: stamp.writerId,
    scenarios,
    activeId: workspace.activeId,
  });
}

export type StoredWorkspace =
  | { status: 'ok'; workspace: Workspace; savedAt: string | null }
  /** Written by a newer planner: `workspace` holds what of it this planner can show, if anything. */
  | { status: 'newer'; problem: string; workspace: Workspace | null }
  | { status: 'unreadable'; problems: string[] };

/** One upgrade step of the stored workspace: reads the document as version `from` wrote it and returns it as version `from + 1` writes it. */
export interface WorkspaceMigration {
  from: number;
  name: string;
  up(document: unknown): unknown;
}

/** The upgrade steps of the workspace envelope, one per version after the first. Scenario upgrades are the scenario format's own. */
export const workspaceMigrations: readonly WorkspaceMigration[] = [];

export type WorkspaceMigrationResult = { ok: true; document: unknown } | { ok: false; problem: string };

/** Upgrades a stored workspace document from `fromVersion` to `toVersion` by each step in version order. */
export function migrateWorkspace(document: unknown, fromVersion: number, toVersion: number, steps: readonly WorkspaceMigration[]): WorkspaceMigrationResult {
  let current = document;
  for (let version = fromVersion; version < toVersion; version += 1) {
    const step = steps.find((candidate) => candidate.from === version);
    if (!step) return { ok: false, problem: `version: the planner cannot read saved data of version ${fromVersion} (there is no upgrade from version ${version})` };
    try {
      current = step.up(current);
    } catch (error) {
      return { ok: false, problem: `version: upgrading the saved data from version ${version} ("${step.name}") failed: ${errorMessage(error)}` };
    }
  }
  return { ok: true, document: current };
}

/** Reads stored text back into a workspace; never throws. Each scenario goes through the scenario file parser, so its upgrades apply. */
export function readWorkspace(text: string): StoredWorkspace {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    return { status: 'unreadable', problems: [error instanceof RangeError ? 'The saved data is nested too deeply to read.' : `The saved data is not JSON: ${errorMessage(error)}`] };
  }
  if (!isPlainObject(document)) return { status: 'unreadable', problems: ['The saved data is not a workspace: expected an object.'] };
  if (document['format'] !== WORKSPACE_FORMAT) {
    return { status: 'unreadable', problems: [`format: the saved data is not a workspace of this planner (expected "${WORKSPACE_FORMAT}")`] };
  }
  const version = document['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { status: 'unreadable', problems: ['version: must be a whole number from 1'] };
  }
  if (version > WORKSPACE_VERSION) {
    const shown = readScenarios(document, { skipUnreadable: true });
    return {
      status: 'newer',
      problem: `The saved scenarios were written by a newer version of the planner (saved data version ${version}; this planner reads up to version ${WORKSPACE_VERSION}).`,
      workspace: shown.ok ? shown.workspace : null,
    };
  }
  const migrated = migrateWorkspace(document, version, WORKSPACE_VERSION, workspaceMigrations);
  if (!migrated.ok) return { status: 'unreadable', problems: [migrated.problem] };
  if (!isPlainObject(migrated.document)) return { status: 'unreadable', problems: ['The upgraded saved data is not a workspace.'] };

  const read = readScenarios(migrated.document, { skipUnreadable: false });
  if (read.ok) return { status: 'ok', workspace: read.workspace, savedAt: typeof document['savedAt'] === 'string' ? document['savedAt'] : null };
  if (read.newerScenarios > 0) {
    const shown = readScenarios(migrated.document, { skipUnreadable: true });
    return {
      status: 'newer',
      problem: `${read.newerScenarios === 1 ? 'A saved scenario was' : `${read.newerScenarios} saved scenarios were`} written by a newer version of the planner (this planner reads scenario files up to version ${SCENARIO_VERSION}).`,
      workspace: shown.ok ? shown.workspace : null,
    };
  }
  return { status: 'unreadable', problems: read.problems };
}

type ScenariosRead = { ok: true; workspace: Workspace } | { ok: false; problems: string[]; newerScenarios: number };

/**
 * The scenarios and active id of a workspace document. With `skipUnreadable`, scenarios that
 * cannot be read are left out (to show what can be shown of a newer planner's data).
 */
function readScenarios(document: Record<string, unknown>, { skipUnreadable }: { skipUnreadable: boolean }): ScenariosRead {
  const stored = document['scenarios'];
  if (!Array.isArray(stored)) return { ok: false, problems: ['scenarios: must be a list'], newerScenarios: 0 };
  const problems: string[] = [];
  let newerScenarios = 0;
  const scenarios: Workspace['scenarios'] = [];
  const ids = new Set<string>();
  stored.forEach((entry: unknown, index) => {
    const path = `scenarios[${index}]`;
    if (!isPlainObject(entry) || typeof entry['id'] !== 'string' || entry['id'] === '' || typeof entry['file'] !== 'string') {
      problems.push(`${path}: must hold an id and a scenario file`);
      return;
    }
    const { id, file } = entry;
    if (ids.has(id)) {
      problems.push(`${path}.id: duplicate scenario id "${id}"`);
      return;
    }
    const parsed = parseScenarioFile(file);
    if (!parsed.ok) {
      if (isNewerScenarioFile(file)) newerScenarios += 1;
      problems.push(...parsed.problems.map((problem) => `${path}: ${problem}`));
      return;
    }
    ids.add(id);
    scenarios.push({ id, scenario: parsed.scenario });
  });
  const activeId = document['activeId'];
  if (!skipUnreadable) {
    if (scenarios.length === 0 && problems.length === 0) problems.push('scenarios: the list is empty; a workspace holds at least one scenario');
    if (problems.length === 0 && (typeof activeId !== 'string' || !ids.has(activeId))) problems.push('activeId: must be the id of one of the scenarios');
    if (problems.length > 0) return { ok: false, problems, newerScenarios };
  }
  const first = scenarios[0];
  if (!first) return { ok: false, problems, newerScenarios };
  return { ok: true, workspace: { scenarios, activeId: typeof activeId === 'string' && ids.has(activeId) ? activeId : first.id } };
}

/** Whether a stored scenario file says it is of a version after this planner's, looked at only once parsing it has failed. */
function isNewerScenarioFile(file: string): boolean {
  try {
    const document: unknown = JSON.parse(file);
    return isPlainObject(document) && typeof document['version'] === 'number' && document['version'] > SCENARIO_VERSION;
  } catch {
    return false;
  }
}

/** Stored data that could not be read, kept for the user to download. */
export interface UnreadableData {
  /** Where it is: under its own key once set aside, or still under the workspace key if setting it aside failed. */
  key: string;
  text: string;
  problems: string[];
  keptAside: boolean;
}

/** What the planner shows about saving; banners read it. */
export interface PersistenceStatus {
  /** Why the latest edits are not saved, while saving fails. */
  saveProblem: string | null;
  /** Set when another tab has saved since this tab last read or wrote: this tab is read-only until it loads that version. */
  otherTab: { savedAt: string | null; unsavedHere: boolean } | null;
  /** Set when the stored data is from a newer planner: shown read-only and never written. */
  newer: { problem: string; shown: boolean } | null;
  unreadable: UnreadableData[];
}

export const NEWER_VERSION_REASON = 'The saved scenarios are from a newer version of the planner, so this tab shows them read-only and does not change them.';
export const OTHER_TAB_REASON = 'Another tab has saved changes to the planner, so this tab is read-only until it loads the latest version.';

export interface PersistenceOptions {
  /** The browser's storage, or null when the browser refuses it. */
  storage: StorageLike | null;
  now: () => Date;
  /** Identifies this tab in what it saves. */
  writerId: string;
  /** Quiet time after an edit before saving. */
  delayMs?: number;
  /** However busy the user is, an edit is saved within this time (and the page's next idle moment, at most `IDLE_WAIT_MS` later). */
  maxDelayMs?: number;
}

export interface Persistence {
  readonly status: StoreApi<PersistenceStatus>;
  /** Reads what is stored; `fallback` makes the workspace to start from when nothing stored can be used. */
  open(fallback: () => Workspace): Workspace;
  /** Saves the store's workspace after each edit from now on, and puts the store in read-only mode when it must be; returns a function that stops. */
  attach(store: PlanStore): () => void;
  /** Saves any unsaved edit now (the tab is being hidden or closed, or the user asks to try again). */
  flush(): void;
  /** Another tab changed the storage: `key` null means it cleared everything. */
  storageChanged(key: string | null, newValue: string | null): void;
  /** Replaces this tab's workspace with what is stored now and lets it edit again. */
  loadLatest(): void;
  /** Deletes a set-aside copy of unreadable data at the user's request. */
  discardUnreadable(key: string): void;
}

/**
 * A save due by a timer waits at most this long for a moment the page is idle: saving a large plan
 * takes tens of milliseconds, and started between a drag's drop and the frame that shows the
 * result it would hold that frame back.
 */
const IDLE_WAIT_MS = 250;

const STORAGE_REFUSED = 'The browser does not let the planner store data on this computer (private browsing or a setting may block it)';
const CANNOT_SET_ASIDE = 'The saved data that could not be read cannot be set aside (the browser’s storage for the planner is full), so nothing is saved over it';

/** Saving, reading back and guarding the workspace in `storage`; see the module comment for the promises it keeps. */
export function createPersistence({ storage, now, writerId, delayMs = 250, maxDelayMs = 750 }: PersistenceOptions): Persistence {
  const status = createStore<PersistenceStatus>(() => ({ saveProblem: storage ? null : STORAGE_REFUSED, otherTab: null, newer: null, unreadable: [] }));
  let store: PlanStore | null = null;
  let fallbackWorkspace: () => Workspace = () => {
    throw new Error('open() comes before loadLatest()');
  };
  /** The stored text as this tab last read or wrote it; a save goes ahead only while storage still holds it. */
  let lastSeenText: string | null = null;
  /**
   * The workspace with nothing unsaved: what is in storage, or the untouched plan the tab started
   * from when storage held nothing usable. The store's workspace differing from it means unsaved edits.
   */
  let savedWorkspace: Workspace | null = null;
  /** Unreadable data still under the workspace key because setting it aside failed; nothing is saved until it succeeds. */
  let unreadableInPlace: { text: string; problems: string[] } | null = null;
  let quietTimer: ReturnType<typeof setTimeout> | null = null;
  let deadlineTimer: ReturnType<typeof setTimeout> | null = null;
  let idleRequest: number | null = null;

  const frozen = () => status.getState().newer !== null || status.getState().otherTab !== null;

  const cancelTimers = () => {
    if (quietTimer !== null) clearTimeout(quietTimer);
    if (deadlineTimer !== null) clearTimeout(deadlineTimer);
    if (idleRequest !== null) cancelIdleCallback(idleRequest);
    quietTimer = null;
    deadlineTimer = null;
    idleRequest = null;
  };

  /** Where the browser cannot tell when it is idle (as in tests), the save is made at once. */
  const saveWhenIdle = () => {
    if (typeof requestIdleCallback !== 'function') flush();
    else idleRequest ??= requestIdleCallback(flush, { timeout: IDLE_WAIT_MS });
  };

  const schedule = () => {
    if (quietTimer !== null) clearTimeout(quietTimer);
    quietTimer = setTimeout(saveWhenIdle, delayMs);
    deadlineTimer ??= setTimeout(saveWhenIdle, maxDelayMs);
  };

  /** Copies unreadable stored text under a key of its own and checks the copy before anything may overwrite the original. */
  const setAside = (text: string, problems: string[]): boolean => {
    if (!storage) return false;
    const stamp = now().toISOString();
    let key = `${UNREADABLE_KEY_PREFIX}${stamp}`;
    for (let number = 2; storage.getItem(key) !== null; number += 1) key = `${UNREADABLE_KEY_PREFIX}${stamp} (${number})`;
    try {
      storage.setItem(key, text);
      if (storage.getItem(key) !== text) return false;
    } catch {
      return false;
    }
    status.setState((state) => ({
      unreadable: [...state.unreadable.filter((data) => data.key !== WORKSPACE_KEY), { key, text, problems, keptAside: true }],
    }));
    return true;
  };

  const setAsideCopies = (): UnreadableData[] => {
    if (!storage) return [];
    const copies: UnreadableData[] = [];
    for (let index = 0; index < storage.length; index += 1) {
      const key = storage.key(index);
      if (key === null || !key.startsWith(UNREADABLE_KEY_PREFIX)) continue;
      const text = storage.getItem(key) ?? '';
      const read = readWorkspace(text);
      copies.push({ key, text, problems: read.status === 'unreadable' ? read.problems : [], keptAside: true });
    }
    return copies.sort((first, second) => first.key.localeCompare(second.key));
  };

  /** Takes up what storage holds now, setting aside what cannot be read; returns the workspace to show. */
  const takeUp = (text: string | null): Workspace => {
    const workspace = readOrSetAside(text);
    lastSeenText = text;
    savedWorkspace = workspace;
    return workspace;
  };

  const readOrSetAside = (text: string | null): Workspace => {
    unreadableInPlace = null;
    status.setState({ newer: null, otherTab: null, unreadable: setAsideCopies() });
    if (text === null) return fallbackWorkspace();
    const read = readWorkspace(text);
    if (read.status === 'ok') return read.workspace;
    if (read.status === 'newer') {
      status.setState({ newer: { problem: read.problem, shown: read.workspace !== null } });
      return read.workspace ?? fallbackWorkspace();
    }
    if (!setAside(text, read.problems)) {
      unreadableInPlace = { text, problems: read.problems };
      status.setState((state) => ({ saveProblem: CANNOT_SET_ASIDE, unreadable: [...state.unreadable, { key: WORKSPACE_KEY, text, problems: read.problems, keptAside: false }] }));
    }
    return fallbackWorkspace();
  };

  const readStored = (): string | null => {
    if (!storage) return null;
    try {
      return storage.getItem(WORKSPACE_KEY);
    } catch (error) {
      status.setState({ saveProblem: describeStorageError(error) });
      return null;
    }
  };

  const becomeStale = (storedText: string | null) => {
    cancelTimers();
    const unsavedHere = store !== null && store.getState().workspace !== savedWorkspace;
    status.setState({ otherTab: { savedAt: savedAtOf(storedText), unsavedHere } });
    store?.getState().setReadOnly(OTHER_TAB_REASON);
  };

  const save = (workspace: Workspace) => {
    if (frozen()) return;
    if (!storage) {
      status.setState({ saveProblem: STORAGE_REFUSED });
      return;
    }
    if (unreadableInPlace) {
      if (!setAside(unreadableInPlace.text, unreadableInPlace.problems)) {
        status.setState({ saveProblem: CANNOT_SET_ASIDE });
        return;
      }
      unreadableInPlace = null;
    }
    let text: string;
    try {
      const stored = storage.getItem(WORKSPACE_KEY);
      if (!sameScenarios(stored, lastSeenText)) {
        becomeStale(stored);
        return;
      }
      text = serializeWorkspace(workspace, { savedAt: now().toISOString(), writerId });
      storage.setItem(WORKSPACE_KEY, text);
    } catch (error) {
      status.setState({ saveProblem: describeStorageError(error) });
      return;
    }
    lastSeenText = text;
    savedWorkspace = workspace;
    if (status.getState().saveProblem !== null) status.setState({ saveProblem: null });
  };

  function flush() {
    cancelTimers();
    if (!store) return;
    const { workspace } = store.getState();
    if (workspace !== savedWorkspace) save(workspace);
  }

  return {
    status,
    open(fallback) {
      fallbackWorkspace = fallback;
      return takeUp(readStored());
    },
    attach(attached) {
      store = attached;
      if (status.getState().newer) attached.getState().setReadOnly(NEWER_VERSION_REASON);
      const unsubscribe = attached.subscribe((state, previous) => {
        if (state.workspace !== previous.workspace && state.workspace !== savedWorkspace && !frozen()) schedule();
      });
      return () => {
        cancelTimers();
        unsubscribe();
        store = null;
      };
    },
    flush,
    storageChanged(key, newValue) {
      if ((key !== null && key !== WORKSPACE_KEY) || status.getState().newer) return;
      // A tab that only opened another scenario changed no scenario: take it in silently.
      if (sameScenarios(newValue, lastSeenText)) {
        lastSeenText = newValue;
        return;
      }
      becomeStale(newValue);
    },
    loadLatest() {
      const workspace = takeUp(readStored());
      if (!store) return;
      store.getState().loadWorkspace(workspace);
      store.getState().setReadOnly(status.getState().newer ? NEWER_VERSION_REASON : null);
    },
    discardUnreadable(key) {
      if (!storage || !key.startsWith(UNREADABLE_KEY_PREFIX)) return;
      try {
        storage.removeItem(key);
      } catch (error) {
        status.setState({ saveProblem: describeStorageError(error) });
        return;
      }
      status.setState((state) => ({ unreadable: state.unreadable.filter((data) => data.key !== key) }));
    },
  };
}

/** Listens to the page: saves at once when the tab is hidden or closed, and hears other tabs' saves. Returns a function that stops. */
export function connectToPage(persistence: Persistence, page: Window, storage: StorageLike | null): () => void {
  const onVisibilityChange = () => {
    if (page.document.visibilityState === 'hidden') persistence.flush();
  };
  const onPageHide = () => persistence.flush();
  const onStorage = (event: StorageEvent) => {
    if (storage !== null && event.storageArea === storage) persistence.storageChanged(event.key, event.newValue);
  };
  page.document.addEventListener('visibilitychange', onVisibilityChange);
  page.addEventListener('pagehide', onPageHide);
  page.addEventListener('storage', onStorage);
  return () => {
    page.document.removeEventListener('visibilitychange', onVisibilityChange);
    page.removeEventListener('pagehide', onPageHide);
    page.removeEventListener('storage', onStorage);
  };
}

/** The page's localStorage, or null when the browser refuses it (reading the property itself can throw). */
export function browserStorage(page: Window): StorageLike | null {
  try {
    return page.localStorage;
  } catch {
    return null;
  }
}

/**
 * Whether two stored texts hold the same scenarios: identical, or differing only in which
 * scenario is open and who saved when. A text that is not a workspace matches only itself.
 */
function sameScenarios(first: string | null, second: string | null): boolean {
  if (first === second) return true;
  if (first === null || second === null) return false;
  const scenariosOf = (text: string) => {
    try {
      const document: unknown = JSON.parse(text);
      return isPlainObject(document) && document['format'] === WORKSPACE_FORMAT ? JSON.stringify(document['scenarios']) : null;
    } catch {
      return null;
    }
  };
  const firstScenarios = scenariosOf(first);
  return firstScenarios !== null && firstScenarios === scenariosOf(second);
}

function savedAtOf(text: string | null): string | null {
  if (text === null) return null;
  try {
    const document: unknown = JSON.parse(text);
    return isPlainObject(document) && typeof document['savedAt'] === 'string' ? document['savedAt'] : null;
  } catch {
    return null;
  }
}

function describeStorageError(error: unknown): string {
  if (error instanceof DOMException && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED')) {
    return 'The browser’s storage for the planner is full';
  }
  return `The browser refused to store the planner’s data (${errorMessage(error)})`;
}
