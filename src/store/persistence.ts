/**
 * Keeps the workspace in the browser's storage so that nothing entered is lost: saved soon after
 * every edit and at once when the tab is hidden or closed, read back exactly on the next start.
 *
 * What the stored text holds, and how it is read back, is `src/domain/workspaceFile.ts`.
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
import type { PlanStore } from './planStore';
import type { Workspace } from '../domain/types';
import { errorMessage, isPlainObject } from '../domain/unknownValues';
import { readWorkspace, serializeWorkspace, WORKSPACE_FORMAT } from '../domain/workspaceFile';

/** Where the workspace is kept. */
export const WORKSPACE_KEY = 'inspection-hours-planner/workspace';
/** Stored data that could not be read is set aside under this prefix plus the time it was found. */
export const UNREADABLE_KEY_PREFIX = 'inspection-hours-planner/unreadable/';

/** The parts of the Web Storage API persistence uses, so tests can pass a fake. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

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

export const NEWER_VERSION_REASON =
  'The saved scenarios are from a newer version of the planner, so this tab shows them read-only and does not change them.';
export const OTHER_TAB_REASON =
  'Another tab has saved changes to the planner, so this tab is read-only until it loads the latest version.';

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
  /**
   * Reads what is stored; `fallback` makes the workspace to start from when nothing stored can be
   * used, and may fetch the plan to start from. Rejects, saving nothing, if `fallback` does.
   */
  open(fallback: () => Promise<Workspace>): Promise<Workspace>;
  /** Saves the store's workspace after each edit from now on, and puts the store in read-only mode when it must be; returns a function that stops. */
  attach(store: PlanStore): () => void;
  /** Saves any unsaved edit now (the tab is being hidden or closed, or the user asks to try again). */
  flush(): void;
  /** Another tab changed the storage: `key` null means it cleared everything. */
  storageChanged(key: string | null, newValue: string | null): void;
  /** Replaces this tab's workspace with what is stored now and lets it edit again. */
  loadLatest(): Promise<void>;
  /** Deletes a set-aside copy of unreadable data at the user's request. */
  discardUnreadable(key: string): void;
}

/**
 * A save due by a timer waits at most this long for a moment the page is idle: saving a large plan
 * takes tens of milliseconds, and started between a drag's drop and the frame that shows the
 * result it would hold that frame back.
 */
const IDLE_WAIT_MS = 250;

const STORAGE_REFUSED =
  'The browser does not let the planner store data on this computer (private browsing or a setting may block it)';
const CANNOT_SET_ASIDE =
  'The saved data that could not be read cannot be set aside (the browser’s storage for the planner is full), so nothing is saved over it';

/** Saving, reading back and guarding the workspace in `storage`; see the module comment for the promises it keeps. */
export function createPersistence({
  storage,
  now,
  writerId,
  delayMs = 250,
  maxDelayMs = 750,
}: PersistenceOptions): Persistence {
  const status = createStore<PersistenceStatus>(() => ({
    saveProblem: storage ? null : STORAGE_REFUSED,
    otherTab: null,
    newer: null,
    unreadable: [],
  }));
  let store: PlanStore | null = null;
  let fallbackWorkspace: () => Promise<Workspace> = () => {
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
    for (let number = 2; storage.getItem(key) !== null; number += 1)
      key = `${UNREADABLE_KEY_PREFIX}${stamp} (${number})`;
    try {
      storage.setItem(key, text);
      if (storage.getItem(key) !== text) return false;
    } catch {
      return false;
    }
    status.setState((state) => ({
      unreadable: [
        ...state.unreadable.filter((data) => data.key !== WORKSPACE_KEY),
        { key, text, problems, keptAside: true },
      ],
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
  const takeUp = async (text: string | null): Promise<Workspace> => {
    const workspace = readOrSetAside(text) ?? (await fallbackWorkspace());
    lastSeenText = text;
    savedWorkspace = workspace;
    return workspace;
  };

  /** The stored workspace, or null when the fallback must make one. */
  const readOrSetAside = (text: string | null): Workspace | null => {
    unreadableInPlace = null;
    status.setState({ newer: null, otherTab: null, unreadable: setAsideCopies() });
    if (text === null) return null;
    const read = readWorkspace(text);
    if (read.status === 'ok') return read.workspace;
    if (read.status === 'newer') {
      status.setState({ newer: { problem: read.problem, shown: read.workspace !== null } });
      return read.workspace;
    }
    if (!setAside(text, read.problems)) {
      unreadableInPlace = { text, problems: read.problems };
      status.setState((state) => ({
        saveProblem: CANNOT_SET_ASIDE,
        unreadable: [...state.unreadable, { key: WORKSPACE_KEY, text, problems: read.problems, keptAside: false }],
      }));
    }
    return null;
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
    async loadLatest() {
      const { otherTab } = status.getState();
      let workspace: Workspace;
      try {
        workspace = await takeUp(readStored());
      } catch (error) {
        // Nothing stored could be used and the plan to start from could not be fetched: the tab stays as it was, still read-only.
        status.setState({ otherTab });
        throw error;
      }
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
      return isPlainObject(document) && document['format'] === WORKSPACE_FORMAT
        ? JSON.stringify(document['scenarios'])
        : null;
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
  if (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED')
  ) {
    return 'The browser’s storage for the planner is full';
  }
  return `The browser refused to store the planner’s data (${errorMessage(error)})`;
}
