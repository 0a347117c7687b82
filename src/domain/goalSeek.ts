/**
 * Goal seek for the cost of an hour: the budget at today's hours, or the hours at today's
 * budget, that make an hour cost a target, and what else each would change.
 */
import { compareScenarios } from './compareScenarios';
import { evaluatePlan } from './evaluatePlan';
import type { PlanReport, Scenario } from './types';

/** One way of meeting the target: the figure to set, or why it cannot be worked out. */
export type GoalSeekOption =
  | {
      ok: true;
      value: number;
      /** What setting it would change, e.g. "Budget £3,200,000 → £3,150,000 (−£50,000)". */ changes: string[];
    }
  | { ok: false; problem: string };

export type GoalSeekResult =
  | { ok: true; targetGBPPerHour: number; budget: GoalSeekOption; deployableHours: GoalSeekOption }
  | { ok: false; problem: string };

/** Floating-point slack, so that an exact answer like 90 × 35,000 is not rounded a whole unit the wrong way. */
const SLACK = 1e-6;

/**
 * The budget that makes an hour cost the target at today's deployable hours, in whole pounds
 * rounded down; and the deployable hours that make it at today's budget, in tenths of an hour
 * rounded up. Rounding that way, the hour never costs more than the target. The screen passes the
 * store's evaluator, which has the plan's report already and reuses the sections a change of budget
 * or hours leaves alone.
 */
export function goalSeek(
  scenario: Scenario,
  targetGBPPerHour: number,
  evaluate: (scenario: Scenario) => PlanReport = evaluatePlan,
): GoalSeekResult {
  if (!Number.isFinite(targetGBPPerHour) || targetGBPPerHour <= 0) {
    return { ok: false, problem: 'The target cost per hour must be more than £0' };
  }
  const before = evaluate(scenario);
  const changesOf = (adjusted: Scenario) => compareScenarios([before, evaluate(adjusted)]).changes[0]?.phrases ?? [];

  const deployable = scenario.deployableHours.value;
  const budget: GoalSeekOption =
    deployable > 0 && Number.isFinite(deployable)
      ? withChanges(Math.floor(targetGBPPerHour * deployable + SLACK), (value) =>
          changesOf({ ...scenario, budgetGBP: { ...scenario.budgetGBP, value } }),
        )
      : { ok: false, problem: 'A budget cannot be worked out until the deployable hours are more than 0' };

  const budgetGBP = scenario.budgetGBP.value;
  const deployableHours: GoalSeekOption =
    budgetGBP > 0 && Number.isFinite(budgetGBP)
      ? withChanges(Math.ceil((budgetGBP / targetGBPPerHour) * 10 - SLACK) / 10, (value) =>
          changesOf({ ...scenario, deployableHours: { ...scenario.deployableHours, value } }),
        )
      : { ok: false, problem: 'Deployable hours cannot be worked out until the budget is more than £0' };

  return { ok: true, targetGBPPerHour, budget, deployableHours };
}

function withChanges(value: number, changes: (value: number) => string[]): GoalSeekOption {
  return { ok: true, value, changes: changes(value) };
}
