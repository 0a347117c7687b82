/**
 * The planner's one store, made of slices: the history core, one slice of verbs per programme, and
 * the screen's own state. Every verb that changes the plan goes through the history core's
 * `editScenario` or `editWorkspace`, which makes it one undo step named for the user's intent;
 * a verb that calls `set` directly changes only what is on the screen, and is not undone.
 */
import { create } from 'zustand';
import { immer } from 'zustand/middleware/immer';
import type { Draft } from 'immer';
import type { Scenario, Workspace } from '../domain/types';
import { createHistory, type EditScenario, type EditWorkspace, type HistoryState } from './history';
import { createScreenState, type ScreenState } from './screenState';
import { createBudgetVerbs, type BudgetVerbs } from './slices/budgetVerbs';
import { createCapacityProfileVerbs, type CapacityProfileVerbs } from './slices/capacityProfileVerbs';
import { createEsiVerbs, type EsiVerbs } from './slices/esiVerbs';
import { createJointWorkVerbs, type JointWorkVerbs } from './slices/jointWorkVerbs';
import { createScenarioVerbs, type ScenarioVerbs } from './slices/scenarioVerbs';
import { createSupportingPeopleVerbs, type SupportingPeopleVerbs } from './slices/supportingPeopleVerbs';
import { createYotVerbs, type YotVerbs } from './slices/yotVerbs';

export interface PlanStoreOptions {
  /** The plan a new scenario starts from, fetched when first asked for. */
  loadBaseline: () => Promise<Scenario>;
  /** Makes ids for new scenarios; tests pass a counter. */
  newId: () => string;
}

export type PlanState = HistoryState &
  ScreenState &
  BudgetVerbs &
  EsiVerbs &
  YotVerbs &
  JointWorkVerbs &
  SupportingPeopleVerbs &
  CapacityProfileVerbs &
  ScenarioVerbs;

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
  return create<PlanState>()(
    immer((set, get) => {
      const history = createHistory(set, get, initial);
      const tools: SliceTools = {
        ...options,
        get,
        set,
        editWorkspace: history.editWorkspace,
        editScenario: history.editScenario,
      };
      return {
        ...history.state,
        ...createScreenState(set, get),
        ...createBudgetVerbs(tools),
        ...createEsiVerbs(tools),
        ...createYotVerbs(tools),
        ...createJointWorkVerbs(tools),
        ...createSupportingPeopleVerbs(tools),
        ...createCapacityProfileVerbs(tools),
        ...createScenarioVerbs(tools),
      };
    }),
  );
}

export type PlanStore = ReturnType<typeof createPlanStore>;
