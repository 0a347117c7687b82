import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../../src/domain/evaluatePlan';
import { goalSeek } from '../../src/domain/goalSeek';
import { loadFixture } from '../support/fixture';

describe('goalSeek', () => {
  it('finds £3,150,000 at today’s 35,000 hours and 35,555.6 hours at today’s £3.2m for £90 an hour', () => {
    const result = goalSeek(loadFixture(), 90);
    if (!result.ok) throw new Error(result.problem);
    expect(result.budget).toEqual({
      ok: true,
      value: 3_150_000,
      changes: ['Budget £3,200,000 → £3,150,000 (\u2212£50,000)', '£/hour £91.43 → £90.00'],
    });
    expect(result.deployableHours.ok && result.deployableHours.value).toBe(35_555.6);
    expect(result.deployableHours.ok && result.deployableHours.changes.slice(0, 2)).toEqual([
      'Deployable hours 35,000 → 35,555.6 (+555.6 h)',
      '£/hour £91.43 → £90.00',
    ]);
  });

  it('never lets an hour cost more than the target once applied', () => {
    for (const target of [90, 91.5, 95.99, 96, 100.01]) {
      const scenario = loadFixture();
      const result = goalSeek(scenario, target);
      if (!result.ok || !result.budget.ok || !result.deployableHours.ok) throw new Error(`No answer for £${target}`);
      scenario.budgetGBP.value = result.budget.value;
      expect(evaluatePlan(scenario).costPerHourGBP).toBeLessThanOrEqual(target);
      const other = loadFixture();
      other.deployableHours.value = result.deployableHours.value;
      expect(evaluatePlan(other).costPerHourGBP).toBeLessThanOrEqual(target);
      expect(target - (evaluatePlan(other).costPerHourGBP ?? 0)).toBeLessThan(0.005);
    }
  });

  it('says nothing would change when the plan already costs the target', () => {
    const result = goalSeek(loadFixture(), 3_200_000 / 35_000);
    if (!result.ok) throw new Error(result.problem);
    expect(result.budget).toEqual({ ok: true, value: 3_200_000, changes: [] });
  });

  it.each([0, -90, Number.NaN, Number.POSITIVE_INFINITY])('refuses a target of %s with a message', (target) => {
    expect(goalSeek(loadFixture(), target)).toEqual({
      ok: false,
      problem: 'The target cost per hour must be more than £0',
    });
  });

  it('explains which answer cannot be worked out without deployable hours or budget', () => {
    const noHours = loadFixture();
    noHours.deployableHours.value = 0;
    const noBudget = loadFixture();
    noBudget.budgetGBP.value = 0;
    const withoutHours = goalSeek(noHours, 90);
    const withoutBudget = goalSeek(noBudget, 90);
    expect(withoutHours.ok && withoutHours.budget).toEqual({
      ok: false,
      problem: 'A budget cannot be worked out until the deployable hours are more than 0',
    });
    expect(withoutHours.ok && withoutHours.deployableHours.ok && withoutHours.deployableHours.value).toBe(35_555.6);
    expect(withoutBudget.ok && withoutBudget.deployableHours).toEqual({
      ok: false,
      problem: 'Deployable hours cannot be worked out until the budget is more than £0',
    });
  });
});
