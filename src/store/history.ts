/**
 * The history core: every change to the saved plan goes through `editWorkspace` (or `editScenario`
 * for the open scenario), which records the workspace before it as one undo step named for the
 * user's intent. Undo and redo swap whole workspaces, which immer keeps cheap by sharing what is unchanged.
 */
import type { Draft } from 'immer';
import type { Scenario, Workspace } from '../domain/types';
import type { PlanState, SetPlanState } from './planStore';
import { activeScenario } from './workspace';

/**
 * One step of undo history: what the user would call the action, and what the workspace was before
 * it (null in a shared workspace, where the step is kept by `SharedUndo`).
 */
export interface HistoryStep {
  label: string;
  workspace: Workspace | null;
}

/**
 * In a shared workspace undo must take back only this person's own actions, never a colleague's,
 * so swapping whole workspaces will not do: undo and redo are handed to the shared workspace,
 * which also keeps `past` and `future` to name its steps.
 */
export interface SharedUndo {
  undo(): void;
  redo(): void;
}

/** More than the 50 steps users are promised; older steps are dropped. */
export const HISTORY_LIMIT = 100;

export interface HistoryState {
  workspace: Workspace;
  past: HistoryStep[];
  future: HistoryStep[];
  /**
   * The field being typed into, so successive keystrokes in it make one undo step;
   * cleared when the user leaves the field or does anything else.
   */
  typingIn: string | null;
  /** Set when this tab must not change what is saved (another tab is newer, or the data came from a newer planner). */
  readOnlyReason: string | null;
  /**
   * Set while the workspace is shared. The shared workspace's binding (`sharedBinding.ts`) then
   * sets `past` and `future` to name its steps, and `workspace` to what colleagues changed,
   * neither being a step of this person's history.
   */
  sharedUndo: SharedUndo | null;

  undo: () => void;
  redo: () => void;
  /** Replaces everything with a workspace read from storage or another tab; history starts afresh. */
  loadWorkspace: (workspace: Workspace) => void;
  setReadOnly: (reason: string | null) => void;
}

/** Records one user intent as one undo step; `typingIn` names the field whose keystrokes join one step. */
export type EditWorkspace = (
  label: string,
  recipe: (workspace: Draft<Workspace>) => void,
  typingIn?: string | null,
) => void;
/** The same, for an intent that changes only the open scenario. */
export type EditScenario = (
  label: string,
  recipe: (scenario: Draft<Scenario>) => void,
  typingIn?: string | null,
) => void;

/**
 * Whether the open plan may be changed: not while the store is read-only, nor when the plan is an
 * agreed plan's frozen copy.
 */
export function planEditable(state: Pick<HistoryState, 'readOnlyReason' | 'workspace'>): boolean {
  return state.readOnlyReason === null && activeScenario(state.workspace).agreed === undefined;
}

export function createHistory(set: SetPlanState, get: () => PlanState, initial: Workspace) {
  /** The workspace before the edit goes on the undo stack, unless the user is still typing in the same field, whose step already covers it. */
  const editWorkspace: EditWorkspace = (label, recipe, typingIn = null) => {
    const { readOnlyReason, workspace: before } = get();
    if (readOnlyReason !== null) return;
    set((state) => {
      const continuing = typingIn !== null && state.typingIn === typingIn && state.past.length > 0;
      if (!continuing) {
        state.past.push({ label, workspace: before });
        if (state.past.length > HISTORY_LIMIT) state.past.shift();
      }
      recipe(state.workspace);
      state.future = [];
      state.typingIn = typingIn;
    });
  };
  const editScenario: EditScenario = (label, recipe, typingIn = null) => {
    if (!planEditable(get())) return;
    editWorkspace(
      label,
      (workspace) => {
        const entry = workspace.scenarios.find((candidate) => candidate.id === workspace.activeId);
        if (entry) recipe(entry.scenario);
      },
      typingIn,
    );
  };

  const state: HistoryState = {
    workspace: initial,
    past: [],
    future: [],
    typingIn: null,
    readOnlyReason: null,
    sharedUndo: null,
    undo: () => {
      const { past, future, workspace, readOnlyReason, sharedUndo } = get();
      const step = past.at(-1);
      if (!step || readOnlyReason !== null) return;
      if (sharedUndo) {
        set({ typingIn: null, drafts: {} });
        sharedUndo.undo();
        return;
      }
      set({
        past: past.slice(0, -1),
        future: [...future, { label: step.label, workspace }],
        workspace: step.workspace ?? workspace,
        typingIn: null,
        drafts: {},
      });
    },
    redo: () => {
      const { past, future, workspace, readOnlyReason, sharedUndo } = get();
      const step = future.at(-1);
      if (!step || readOnlyReason !== null) return;
      if (sharedUndo) {
        set({ typingIn: null, drafts: {} });
        sharedUndo.redo();
        return;
      }
      set({
        past: [...past, { label: step.label, workspace }],
        future: future.slice(0, -1),
        workspace: step.workspace ?? workspace,
        typingIn: null,
        drafts: {},
      });
    },
    loadWorkspace: (workspace) => set({ workspace, past: [], future: [], typingIn: null, drafts: {} }),
    setReadOnly: (reason) =>
      set((draft) => {
        draft.readOnlyReason = reason;
      }),
  };
  return { state, editWorkspace, editScenario };
}
