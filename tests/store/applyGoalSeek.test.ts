import { describe, expect, it } from 'vitest';
import { goalSeek } from '../../src/domain/goalSeek';
import { activeScenario } from '../../src/store/workspace';
import { createTestStore } from '../support/planStore';

describe('applying a goal seek', () => {
  it('sets the budget for £90.00 an hour as one step named for the target, replacing an unfinished entry', () => {
    const store = createTestStore();
    const result = goalSeek(activeScenario(store.getState().workspace), 90);
    if (!result.ok || !result.budget.ok) throw new Error('No budget for £90 an hour');
    store.getState().typeDraft('budgetGBP', {
      text: 'abc',
      problem: 'The total budget must be a number, like 3,200,000',
      inputId: 'budget',
    });
    store.getState().applyGoalSeek('budgetGBP', result.budget.value, 90);
    expect(activeScenario(store.getState().workspace).budgetGBP.value).toBe(3_150_000);
    expect(store.getState().drafts.budgetGBP).toBeUndefined();
    expect(store.getState().past.map((step) => step.label)).toEqual(['goal seek: budget for £90.00 an hour']);
    store.getState().undo();
    expect(activeScenario(store.getState().workspace).budgetGBP.value).toBe(3_200_000);
  });

  it('sets the deployable hours as its own step even while the user was typing in that field', () => {
    const store = createTestStore();
    store.getState().setDeployableHours(34_000);
    store.getState().applyGoalSeek('deployableHours', 35_555.6, 90);
    expect(store.getState().past.map((step) => step.label)).toEqual([
      'change deployable hours',
      'goal seek: deployable hours for £90.00 an hour',
    ]);
    expect(activeScenario(store.getState().workspace).deployableHours.value).toBe(35_555.6);
  });

  it('changes nothing while read-only', () => {
    const store = createTestStore();
    store.getState().setReadOnly('Another tab has newer changes');
    store.getState().applyGoalSeek('budgetGBP', 3_150_000, 90);
    expect(activeScenario(store.getState().workspace).budgetGBP.value).toBe(3_200_000);
    expect(store.getState().past).toEqual([]);
  });
});
