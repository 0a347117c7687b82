/** The store's verbs for contingency draws, the monthly profile and whether tentative work is shown. */
import { describe, expect, it } from 'vitest';
import { reportFor } from '../../src/store/reports';
import { createTestStore, openScenarioOf, undoLabels } from '../support/planStore';
import { capacityProfileVerbs } from '../../src/store/slices/capacityProfileVerbs';
import { jointWorkVerbs } from '../../src/store/slices/jointWorkVerbs';

describe('the plan store: contingency, the profile and tentative work', () => {
  it('records and removes a draw on contingency, each one step', () => {
    const store = createTestStore();
    jointWorkVerbs(store).addContingencyDraw({ date: '2004-07-05', reason: 'Inquiry', hours: 250 });
    expect(reportFor(openScenarioOf(store)).joint.contingency).toEqual({ lineHours: 2000, drawn: 250, left: 1750 });
    jointWorkVerbs(store).removeContingencyDraw('plan-2');
    expect(undoLabels(store)).toEqual(['draw 250 hours from contingency', 'remove the contingency draw "Inquiry"']);
  });

  it("sets a month's weight, marking the profile as the planner's", () => {
    const store = createTestStore();
    capacityProfileVerbs(store).setMonthWeight(4, 0.5);
    expect(openScenarioOf(store).monthlyProfile.weights[4]).toBe(0.5);
    expect(openScenarioOf(store).monthlyProfile.source.kind).toBe('assumption');
    expect(undoLabels(store)).toEqual(['change the weight of August 2004']);
  });

  it('shows or hides tentative work without touching the plan or its history', () => {
    const store = createTestStore();
    const before = store.getState().workspace;
    store.getState().setShowTentative(false);
    expect(store.getState().showTentative).toBe(false);
    expect(store.getState().workspace).toBe(before);
    expect(store.getState().past).toEqual([]);
  });
});
