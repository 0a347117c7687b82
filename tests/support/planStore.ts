/** How every test makes a plan store: over the shipped plan, with ids a test can predict. */
import type { Scenario, Workspace } from '../../src/domain/types';
import { activeScenario, workspaceOf } from '../../src/store/workspace';
import { createPlanStore, type PlanStore } from '../../src/store/planStore';
import { loadFixture } from './fixture';

/** The id of the one scenario a store from createTestStore opens with. */
const FIRST_SCENARIO_ID = 'plan-1';

/** Ids `${prefix}${first}`, `${prefix}${first + 1}`, …: a test can name what the store will call the next thing it adds. */
export function countingIds(prefix: string, first: number): () => string {
  let next = first;
  return () => `${prefix}${next++}`;
}

/**
 * A store over `workspace`, whose baseline (what a new scenario starts from) is the shipped plan
 * unless `loadBaseline` gives another. New scenarios, joint inspections and contingency draws take
 * their ids from `newId`.
 */
export function createTestStoreWith(
  workspace: Workspace,
  newId: () => string,
  loadBaseline: () => Promise<Scenario> = () => Promise.resolve(loadFixture()),
): PlanStore {
  return createPlanStore(workspace, { loadBaseline, newId });
}

/** A store holding `scenario` alone (the shipped plan unless given) as plan-1; what it adds is plan-2, plan-3, … */
export function createTestStore(scenario: Scenario = loadFixture()): PlanStore {
  return createTestStoreWith(workspaceOf(scenario, FIRST_SCENARIO_ID), countingIds('plan-', 2));
}

/** The scenario open in the store. */
export function openScenarioOf(store: PlanStore): Scenario {
  return activeScenario(store.getState().workspace);
}

/** The names of the steps undo would take back, oldest first. */
export function undoLabels(store: PlanStore): string[] {
  return store.getState().past.map((step) => step.label);
}
