/** How every test makes a plan store: over the shipped plan, with ids a test can predict. */
import { expect } from 'vitest';
import { evaluatePlan } from '../../src/domain/evaluatePlan';
import type { FinancialYear, Scenario, Workspace } from '../../src/domain/types';
import { reportFor } from '../../src/store/reports';
import { activeScenario, workspaceOf } from '../../src/store/workspace';
import { createPlanStore, type PlanStore } from '../../src/store/planStore';
import { loadFixture } from './fixture';
import { capacityProfileVerbs } from '../../src/store/slices/capacityProfileVerbs';
import { esiVerbs } from '../../src/store/slices/esiVerbs';
import { jointWorkVerbs } from '../../src/store/slices/jointWorkVerbs';
import { scenarioVerbs } from '../../src/store/slices/scenarioVerbs';
import { supportingPeopleVerbs } from '../../src/store/slices/supportingPeopleVerbs';
import { yotVerbs } from '../../src/store/slices/yotVerbs';

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

/** Every verb the store offers, in its state or in a slice of verbs outside it. */
export function everyVerbOf(store: PlanStore) {
  return {
    ...store.getState(),
    ...esiVerbs(store),
    ...yotVerbs(store),
    ...jointWorkVerbs(store),
    ...supportingPeopleVerbs(store),
    ...capacityProfileVerbs(store),
    ...scenarioVerbs(store),
  };
}
export type EveryVerb = ReturnType<typeof everyVerbOf>;

/** The names of the steps undo would take back, oldest first. */
export function undoLabels(store: PlanStore): string[] {
  return store.getState().past.map((step) => step.label);
}

/**
 * 1,000 edits each by two people to parts the other does not touch: Anne moves Areas between
 * 2004/05 and 2005/06, Ben sets the YOT line's hours. A fixed sequence from `seed`, so that a
 * failure can be replayed.
 */
export function thousandEditsEach(anne: PlanStore, ben: PlanStore, seed: number): LastWords {
  const movable = openScenarioOf(anne)
    .esi.schedule.filter((entry) => entry.year !== '2003/04')
    .map((entry) => entry.areaId);
  const years: FinancialYear[] = ['2004/05', '2005/06'];
  let state = seed;
  const next = (below: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state % below;
  };
  for (let edit = 0; edit < 1_000; edit += 1) {
    esiVerbs(anne).moveArea(movable[next(movable.length)] ?? 'norfolk', years[next(2)] ?? '2004/05');
    ben.getState().setLineHours('yot', 11_000 + next(500));
  }
  return { schedule: openScenarioOf(anne).esi.schedule, lines: openScenarioOf(ben).lines };
}

/** What each person edited last, which a merge must keep: Anne's schedule and Ben's lines. */
export interface LastWords {
  schedule: Scenario['esi']['schedule'];
  lines: Scenario['lines'];
}

/** Both stores hold the same scenario, with each person's last word, every Area scheduled once and the report as evaluatePlan gives it. */
export function expectConvergedOn(lastWords: LastWords, anne: PlanStore, ben: PlanStore): void {
  const scenario = openScenarioOf(anne);
  expect(scenario.esi.schedule).toEqual(lastWords.schedule);
  expect(scenario.lines).toEqual(lastWords.lines);
  expect(openScenarioOf(ben)).toEqual(scenario);
  const scheduled = scenario.esi.schedule.map((entry) => entry.areaId).sort();
  expect(scheduled).toEqual(scenario.esi.areas.map((area) => area.id).sort());
  expect(reportFor(scenario)).toEqual(evaluatePlan(scenario));
}
