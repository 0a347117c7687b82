/** The planner's report on the shipped plan with one change made, which most domain tests start from. */
import { evaluatePlan } from '../../src/domain/evaluatePlan';
import type { PlanReport, Scenario } from '../../src/domain/types';
import { loadFixture } from './fixture';

/** Evaluates a fresh copy of the shipped 2004/05 plan after `change` has been made to it. */
export function evaluateFixtureWith(change: (scenario: Scenario) => void): PlanReport {
  const scenario = loadFixture();
  change(scenario);
  return evaluatePlan(scenario);
}
