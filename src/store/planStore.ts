/**
 * The planner's one store, made of slices: the history core, the first screen's budget verbs, and
 * the screen's own state. The other programmes' verbs (`src/store/slices/`) live outside the state,
 * made per store by `verbsFor`, so each loads with its view. Every verb that changes the plan goes
 * through the history core's `editScenario` or `editWorkspace`, which makes it one undo step named
 * for the user's intent; a verb that calls `set` directly changes only what is on the screen, and
 * is not undone.
 */
import { create } from 'zustand';
import { immer } from 'zustand/middleware/immer';
import type { Draft } from 'immer';
import type { Scenario, Workspace } from '../domain/types';
import { createHistory, type EditScenario, type EditWorkspace, type HistoryState } from './history';
import { createScreenState, type ScreenState } from './screenState';
import { keepSliceTools } from './verbs';
import { createBudgetVerbs, type BudgetVerbs } from './slices/budgetVerbs';

export interface PlanStoreOptions {
  /** The plan a new scenario starts from, fetched when first asked for. */
  loadBaseline: () => Promise<Scenario>;
  /** Makes ids for new scenarios; tests pass a counter. */
  newId: () => string;
}

export type PlanState = HistoryState & ScreenState & BudgetVerbs;

/** The store's `set`, as immer's middleware gives it: a partial state or a recipe on a draft. */
export type SetPlanState = (update: Partial<PlanState> | ((state: Draft<PlanState>) => void)) => void;

/** What each slice of verbs is made with. */
export interface SliceTools extends PlanStoreOptions {
  get: () => PlanState;
  set: SetPlanState;
  editWorkspace: EditWorkspace;
  editScenario: EditScenario;
}

export function createPlanStore(initial: Workspace, options: PlanStoreOptions) {
  // `create` runs the initializer at once, which leaves here what the slices outside the state use.
  const made: { tools: SliceTools | null } = { tools: null };
  const store = create<PlanState>()(
    immer((set, get) => {
      const history = createHistory(set, get, initial);
      const tools = { ...options, get, set, editWorkspace: history.editWorkspace, editScenario: history.editScenario };
      made.tools = tools;
      return { ...history.state, ...createScreenState(set, get), ...createBudgetVerbs(tools) };
    }),
  );
  if (!made.tools) throw new Error('the plan store was made without its slice tools');
  keepSliceTools(store, made.tools);
  return store;
}

export type PlanStore = ReturnType<typeof createPlanStore>;
