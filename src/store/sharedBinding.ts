/**
 * Binds the plan store to the shared workspace's documents. The store stays what the screen reads:
 * each intent the store records is written into the scenario's document as one transaction, and
 * whatever else changes a document (a colleague, this person's undo, the browser's offline copy)
 * is read back into the store without becoming a step of this person's history.
 *
 * Undo is each person's own: a Yjs UndoManager per scenario tracks only this browser's writes, so
 * undoing never takes back a colleague's edit. Its steps carry the store's names for them.
 */
import * as Y from 'yjs';
import { changedParts, partsChangedSince } from '../domain/changedParts';
import type { LastChange } from '../domain/lastChange';
import type { Scenario, Workspace } from '../domain/types';
import {
  readLastChanges,
  readScenario,
  recordActivity,
  undoScope,
  writeScenario,
  type ActivityEntry,
  type ReadResult,
} from '../sync/scenarioDocument';
import { addToIndex, readIndex, removeFromIndex, type WorkspaceDocuments } from '../sync/workspaceIndex';
import type { PlanState, PlanStore } from './planStore';

/** What the binding tells the screen about documents it could not show. */
export interface SharedProblems {
  /** Scenarios written by a newer planner: the workspace is shown read-only. */
  newer: number | null;
  /** Scenarios whose document does not hold a valid scenario, by id. */
  invalid: Record<string, string[]>;
}

export const NEWER_SHARED_REASON =
  'A colleague’s planner is newer than this one, so this tab shows the shared workspace read-only. Reload the page to edit.';

/** The origin of this browser's own writes: the only ones its undo takes back. */
const THIS_BROWSER = Symbol('this browser');
/** The first write of a new scenario: not a step to undo (removing a scenario is done by deleting it). */
const NEW_SCENARIO = Symbol('a new scenario');
/** What a step's UndoManager item keeps: its name, and the scenario before and after it. */
const LABEL = 'label';
const BEFORE = 'before';
const AFTER = 'after';

/** The shared workspace as the store holds it, and what of it cannot be shown. */
export interface SharedReading {
  /** Null until a scenario has arrived. */
  workspace: Workspace | null;
  problems: SharedProblems;
}

/**
 * Reads the shared workspace: the scenarios the index lists whose documents have arrived, in the
 * index's order. `activeId` is this person's own and is kept where it can be. `readDocument` reads
 * one scenario's document (the binding passes one that keeps each reading until the document changes).
 */
export function readSharedWorkspace(
  documents: WorkspaceDocuments,
  activeId: string | null,
  readDocument: (id: string) => ReadResult = (id) => readScenario(documents.scenario(id)),
): SharedReading {
  const problems: SharedProblems = { newer: null, invalid: {} };
  const scenarios = readIndex(documents.index).flatMap((id) => {
    const read = readDocument(id);
    if (read.status === 'newer') problems.newer = Math.max(problems.newer ?? 0, read.version);
    if (read.status === 'invalid') problems.invalid[id] = read.problems;
    return read.status === 'ok' ? [{ id, scenario: read.scenario }] : [];
  });
  const first = scenarios[0];
  const workspace = first
    ? { scenarios, activeId: scenarios.some((entry) => entry.id === activeId) ? (activeId as string) : first.id }
    : null;
  return { workspace, problems };
}

export interface BindingOptions {
  /** Told each time the documents that cannot be shown change. */
  onProblems?: (problems: SharedProblems) => void;
  /** The name colleagues see beside this person's actions. */
  author?: () => string;
  now?: () => Date;
  /**
   * Told when an undo or redo cannot take back all its step, because a colleague has since changed
   * what it changed (their change stands), and with null after one that could.
   */
  onUndoNotice?: (notice: string | null) => void;
}

export interface SharedBinding {
  stop(): void;
  /**
   * The scenario as this person last saw it: what the store shows, or, for a document that no longer
   * holds a valid scenario, what the store showed before it was left out. Null if never shown.
   */
  versionShown(id: string): Scenario | null;
}

/**
 * Keeps `store` and `documents` in step from now on (the store must already hold what the
 * documents do, e.g. from `readSharedWorkspace`).
 */
export function bindSharedWorkspace(
  store: PlanStore,
  documents: WorkspaceDocuments,
  {
    onProblems = () => {},
    author = () => 'A colleague',
    now = () => new Date(),
    onUndoNotice = () => {},
  }: BindingOptions = {},
): SharedBinding {
  const undoManagers = new Map<string, Y.UndoManager>();
  /** Each watched document's update handler, by scenario id. */
  const watched = new Map<string, (update: Uint8Array, origin: unknown) => void>();
  /** Each document's scenario, and who last changed its figures, as last read until the document changes. */
  const scenarioReadings = keptReadings((id) => readScenario(documents.scenario(id)));
  const changeReadings = keptReadings((id) => readLastChanges(documents.scenario(id)));
  let problems: SharedProblems = { newer: null, invalid: {} };
  /** Each scenario left out for not holding a valid scenario, as the store showed it before. */
  const leftOut = new Map<string, Scenario>();
  /** Set while the store takes in what the documents hold, so that it is not written back. */
  let takingIn = false;
  /** The step being written, for the UndoManager's new stack item: its name, and the scenario before and after it. */
  let writingLabel = '';
  let writingBefore: Scenario | null = null;
  let writingAfter: Scenario | null = null;

  const changeNow = (): LastChange => ({ by: author().slice(0, 60), at: now().toISOString() });
  const entryFor = (label: string): ActivityEntry => ({ label: label.slice(0, 200), ...changeNow() });

  const publishHistory = () => {
    const manager = undoManagers.get(store.getState().workspace.activeId);
    const steps = (stack: Y.UndoManager['undoStack'] = []) =>
      stack.map((item) => ({ label: String(item.meta.get(LABEL) ?? 'change'), workspace: null }));
    store.setState({ sharedUndo, past: steps(manager?.undoStack), future: steps(manager?.redoStack) });
  };

  /** Undoes (or redoes) this person's latest step, unless a colleague has since changed all it changed. */
  const takeBack = (direction: 'undo' | 'redo') => {
    const { activeId } = store.getState().workspace;
    const manager = undoManagers.get(activeId);
    const stack = direction === 'undo' ? manager?.undoStack : manager?.redoStack;
    const step = stack?.at(-1);
    if (!manager || !stack || !step) return;
    const after = step.meta.get(AFTER) as Scenario | undefined;
    const parts = changedParts(step.meta.get(BEFORE), after);
    const now = store.getState().workspace.scenarios.find((entry) => entry.id === activeId)?.scenario;
    const changedSince = partsChangedSince(parts, after, now);
    const label = String(step.meta.get(LABEL) ?? 'change');
    const done = direction === 'undo' ? 'undone' : 'redone';
    if (parts.length > 0 && changedSince.length === parts.length) {
      // Yjs would find nothing of this step to take back and go on to the one before it: the step is dropped instead.
      stack.pop();
      publishHistory();
      onUndoNotice(
        `“${label}” cannot be ${done}: a colleague has since changed everything it changed, and their change stands.`,
      );
      return;
    }
    if (direction === 'undo') manager.undo();
    else manager.redo();
    onUndoNotice(
      changedSince.length > 0
        ? `“${label}” was ${done} only in part: a colleague has since changed some of what it changed, and their change stands.`
        : null,
    );
  };
  const sharedUndo = { undo: () => takeBack('undo'), redo: () => takeBack('redo') };

  const managerFor = (id: string, doc: Y.Doc): Y.UndoManager => {
    let manager = undoManagers.get(id);
    if (manager) return manager;
    // Steps are bounded by the store's intents (stopCapturing), not by time.
    manager = new Y.UndoManager(undoScope(doc), {
      trackedOrigins: new Set([THIS_BROWSER]),
      captureTimeout: Number.POSITIVE_INFINITY,
    });
    const undoing = manager;
    manager.on('stack-item-added', ({ stackItem, origin }) => {
      // An undo's step on the redo stack (and a redo's on the undo stack) keeps the name of the step
      // it takes back, and goes the other way.
      const taken = origin === undoing ? undoing.currStackItem : null;
      stackItem.meta.set(LABEL, taken ? taken.meta.get(LABEL) : writingLabel);
      stackItem.meta.set(BEFORE, taken ? taken.meta.get(AFTER) : writingBefore);
      stackItem.meta.set(AFTER, taken ? taken.meta.get(BEFORE) : writingAfter);
      publishHistory();
    });
    // Keystrokes joined to the step before: the step now ends where they do.
    manager.on('stack-item-updated', ({ stackItem, origin }) => {
      if (origin === THIS_BROWSER) stackItem.meta.set(AFTER, writingAfter);
    });
    manager.on('stack-item-popped', ({ stackItem, type }) => {
      // Colleagues see an undo too: what was taken back, by whom.
      const label = `${type === 'undo' ? 'undo' : 'redo'} ${String(stackItem.meta.get(LABEL) ?? 'change')}`;
      recordActivity(doc, entryFor(label), THIS_BROWSER);
      publishHistory();
    });
    manager.on('stack-cleared', publishHistory);
    undoManagers.set(id, manager);
    return manager;
  };

  const takeIn = () => {
    const state = store.getState();
    const read = readSharedWorkspace(documents, state.workspace.activeId, scenarioReadings.read);
    if (JSON.stringify(read.problems) !== JSON.stringify(problems)) {
      problems = read.problems;
      if (problems.newer !== null) state.setReadOnly(NEWER_SHARED_REASON);
      onProblems(problems);
    }
    for (const { id, scenario } of state.workspace.scenarios)
      if (id in read.problems.invalid) leftOut.set(id, scenario);
    if (read.workspace) {
      takingIn = true;
      try {
        const lastChanges = Object.fromEntries(read.workspace.scenarios.map(({ id }) => [id, changeReadings.read(id)]));
        store.setState({
          workspace: keepUnchanged(state.workspace, read.workspace),
          lastChanges: keepUnchanged(state.lastChanges, lastChanges),
        });
        publishHistory();
      } finally {
        takingIn = false;
      }
    }
    watchAll();
  };

  const watch = (id: string) => {
    if (watched.has(id)) return;
    const doc = documents.scenario(id);
    managerFor(id, doc);
    // Every change makes the reading stale; only what this browser did not write is read back in.
    const onUpdate = (_update: Uint8Array, origin: unknown) => {
      scenarioReadings.forget(id);
      changeReadings.forget(id);
      if (origin !== THIS_BROWSER && origin !== NEW_SCENARIO) takeIn();
    };
    doc.on('update', onUpdate);
    watched.set(id, onUpdate);
  };
  const watchAll = () => readIndex(documents.index).forEach(watch);

  const write = (state: PlanState, previous: PlanState) => {
    if (takingIn || state.workspace === previous.workspace) return;
    const before = new Map(previous.workspace.scenarios.map((entry) => [entry.id, entry.scenario]));
    // A new step unless the store joined this edit to the one before (keystrokes in one field).
    const newStep = state.past.at(-1) !== previous.past.at(-1);
    writingLabel = state.past.at(-1)?.label ?? 'change';
    for (const { id, scenario } of state.workspace.scenarios) {
      const old = before.get(id);
      before.delete(id);
      if (old === scenario) continue;
      const doc = documents.scenario(id);
      if (old === undefined) {
        writeScenario(doc, readOrNull(doc), scenario, NEW_SCENARIO);
        addToIndex(documents.index, id, THIS_BROWSER);
        watch(id);
        continue;
      }
      const manager = managerFor(id, doc);
      if (newStep) manager.stopCapturing();
      // Keystrokes joined into one step make one entry in the activity, as in the undo list.
      const activity = newStep ? entryFor(writingLabel) : undefined;
      const change = changeNow();
      writingBefore = old;
      writingAfter = scenario;
      const noted = writeScenario(doc, old, scenario, THIS_BROWSER, { activity, change });
      showOwnChanges(id, noted, change);
    }
    for (const [id, removed] of before) {
      const { by, at } = entryFor('remove');
      removeFromIndex(documents.index, id, { name: removed.name.slice(0, 200), by, at }, THIS_BROWSER);
    }
    // The store named this edit a step of its own; in a shared workspace the steps are the UndoManager's,
    // and an edit it does not track (a new or removed scenario) is not one.
    publishHistory();
  };

  /** This browser's own changes are not read back from the document, so the store is told of them as they are written. */
  const showOwnChanges = (id: string, places: string[], change: LastChange) => {
    if (places.length === 0) return;
    const { lastChanges } = store.getState();
    const ours = Object.fromEntries(places.map((place) => [place, change]));
    store.setState({ lastChanges: { ...lastChanges, [id]: { ...lastChanges[id], ...ours } } });
  };

  const onIndexUpdate = (_update: Uint8Array, origin: unknown) => {
    if (origin !== THIS_BROWSER) takeIn();
  };

  takeIn();
  documents.index.on('update', onIndexUpdate);
  const unsubscribe = store.subscribe(write);
  return {
    stop: () => {
      unsubscribe();
      documents.index.off('update', onIndexUpdate);
      for (const [id, onUpdate] of watched) documents.scenario(id).off('update', onUpdate);
      for (const manager of undoManagers.values()) manager.destroy();
    },
    versionShown: (id) =>
      store.getState().workspace.scenarios.find((entry) => entry.id === id)?.scenario ?? leftOut.get(id) ?? null,
  };
}

function readOrNull(doc: Y.Doc): Scenario | null {
  const read = readScenario(doc);
  return read.status === 'ok' ? read.scenario : null;
}

/**
 * A reading of each document kept until `forget`, called as the document changes: a colleague's
 * edit to one scenario then reads that scenario again, not every scenario in the workspace.
 */
function keptReadings<T extends object>(readDocument: (id: string) => T) {
  const kept = new Map<string, T>();
  return {
    read: (id: string): T => {
      let reading = kept.get(id);
      if (reading === undefined) {
        reading = readDocument(id);
        kept.set(id, reading);
      }
      return reading;
    },
    forget: (id: string) => kept.delete(id),
  };
}

/**
 * `next`, with every part equal to the same part of `previous` replaced by that part: what a
 * colleague did not change stays the same object, so the plan's evaluation and the screen redo
 * only what did change, as they do after this person's own edits.
 */
export function keepUnchanged<T>(previous: T, next: T): T {
  if (Object.is(previous, next)) return previous;
  if (Array.isArray(previous) && Array.isArray(next)) {
    const items = next.map((item, index) => keepUnchanged(previous[index] as unknown, item as unknown));
    const same = items.length === previous.length && items.every((item, index) => item === previous[index]);
    return (same ? previous : items) as T;
  }
  if (isRecord(previous) && isRecord(next)) {
    const keys = Object.keys(next);
    const result: Record<string, unknown> = {};
    let same = keys.length === Object.keys(previous).length;
    for (const key of keys) {
      result[key] = keepUnchanged(previous[key], next[key]);
      if (result[key] !== previous[key] || !(key in previous)) same = false;
    }
    return (same ? previous : result) as T;
  }
  return next;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
