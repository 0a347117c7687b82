import { createPlanEvaluator } from '../domain/evaluatePlan';
import type { PlanReport, Scenario } from '../domain/types';
import type { PlanState } from './planStore';
import { activeScenario } from './workspace';

/** Reports by scenario object; a scenario no longer held anywhere takes its report with it. */
const reports = new WeakMap<Scenario, PlanReport>();
/** Scenarios in the store are immutable (immer), which is what lets the evaluator reuse unchanged sections. */
const evaluate = createPlanEvaluator();

/**
 * The report for a scenario, evaluated once per scenario: immer gives every edit a new
 * scenario object, so identity tells whether anything changed, and all panels (and the
 * scenario list and comparison, which show several scenarios at once) share one report each.
 */
export function reportFor(scenario: Scenario): PlanReport {
  let report = reports.get(scenario);
  if (report === undefined) {
    report = evaluate(scenario);
    reports.set(scenario, report);
  }
  return report;
}

/** The report of the scenario being edited. */
export const activeReport = (state: PlanState): PlanReport => reportFor(activeScenario(state.workspace));
