import { describe, expect, it } from 'vitest';
import { reportFor } from '../../src/store/planStore';
import { createTestStore, openScenarioOf, undoLabels } from '../support/planStore';

describe('the plan store: YOT moves', () => {
  it('records a move as one named step, adds to it on the same path and cancels it moving back', () => {
    const store = createTestStore();
    store.getState().moveYotInspections('2004-10', '2004-11');
    store.getState().moveYotInspections('2004-10', '2004-11');
    expect(openScenarioOf(store).yot.moves).toEqual([{ from: '2004-10', to: '2004-11', count: 2 }]);
    store.getState().moveYotInspections('2004-11', '2004-10', 3);
    expect(openScenarioOf(store).yot.moves).toEqual([{ from: '2004-11', to: '2004-10', count: 1 }]);
    expect(undoLabels(store)).toEqual([
      'move a YOT inspection from October 2004 to November 2004',
      'move a YOT inspection from October 2004 to November 2004',
      'move 3 YOT inspections from November 2004 to October 2004',
    ]);
    expect(reportFor(openScenarioOf(store)).yot.months.at(-1)?.cumulative).toBe(155);
  });

  it('ignores a move from a month without enough inspections, or to before the plan starts', () => {
    const store = createTestStore();
    store.getState().moveYotInspections('2004-04', '2004-05', 3);
    store.getState().moveYotInspections('2004-10', '2004-03');
    expect(store.getState().past).toEqual([]);
  });

  it('puts the plan back to its rate as one step', () => {
    const store = createTestStore();
    store.getState().moveYotInspections('2004-10', '2004-11');
    store.getState().clearYotMoves();
    expect(openScenarioOf(store).yot.moves).toEqual([]);
    store.getState().undo();
    expect(openScenarioOf(store).yot.moves).toHaveLength(1);
  });

  it('makes stepping through phase 2 start months one step, until the user leaves the list', () => {
    const store = createTestStore();
    store.getState().setYotPhase2Start('2004-10');
    store.getState().setYotPhase2Start('2004-11');
    store.getState().finishTyping('yot.phase2Start');
    store.getState().setYotPhase2Start('2004-12');
    expect(undoLabels(store)).toEqual(['change the start of YOT phase 2', 'change the start of YOT phase 2']);
    store.getState().undo();
    store.getState().undo();
    expect(openScenarioOf(store).yot.phase2Start.month).toBe('2004-09');
  });

  it('marks a changed rate as set in the planner, naming the report figure', () => {
    const store = createTestStore();
    store.getState().setYotFigure('ratePer12Months', 36);
    expect(openScenarioOf(store).yot.ratePer12Months).toEqual({ value: 36, source: { kind: 'assumption', reasoning: "Set in the planner; the report's figure (§5.8, §1.29) is 30." } });
    // 155 − 16 − 10 = 129 left in September 2004; at 3 a month that is 43 months, to March 2008.
    expect(reportFor(openScenarioOf(store)).yot.completionMonth).toBe('2008-03');
  });
});

describe('the plan store: committing joint inspections', () => {
  it('commits one that fits, with no draw on contingency', () => {
    const store = createTestStore();
    const check = store.getState().commitJointInspection('resettlement', '2004-05-04');
    expect(check).toEqual({ outcome: 'fits', hours: 1500, poolLeft: 4000, poolLeftAfter: 2500 });
    expect(openScenarioOf(store).jointInspections[0]?.status).toBe('committed');
    expect(openScenarioOf(store).contingencyDraws).toEqual([]);
    expect(undoLabels(store)).toEqual(['commit Resettlement']);
  });

  it('records the draw on contingency for the part its pool cannot hold, and withdrawing returns it', () => {
    const store = createTestStore();
    const id = store.getState().addJointInspection({ name: 'Health', pool: 'non-cjs', partners: ['Healthcare Commission'], hours: 800, startMonth: '2004-10', endMonth: '2004-12' });
    expect(store.getState().commitJointInspection(id, '2004-05-04')).toMatchObject({ outcome: 'needs-contingency', fromPool: 500, fromContingency: 300, contingencyLeftAfter: 1700 });
    expect(openScenarioOf(store).contingencyDraws).toEqual([{ id: 'plan-3', date: '2004-05-04', reason: 'Health: 300 hours its pool could not hold', hours: 300, jointInspectionId: id }]);
    expect(reportFor(openScenarioOf(store)).joint.contingency.left).toBe(1700);
    store.getState().withdrawJointCommitment(id);
    expect(openScenarioOf(store).contingencyDraws).toEqual([]);
    expect(openScenarioOf(store).jointInspections.find((inspection) => inspection.id === id)?.status).toBe('proposed');
  });

  it('refuses one that even contingency cannot hold, changing nothing', () => {
    const store = createTestStore();
    const id = store.getState().addJointInspection({ name: 'Big', pool: 'non-cjs', partners: [], hours: 3000, startMonth: '2004-10', endMonth: '2004-12' });
    const before = store.getState().workspace;
    expect(store.getState().commitJointInspection(id, '2004-05-04')).toEqual({ outcome: 'refused', hours: 3000, poolLeft: 500, contingencyLeft: 2000, shortBy: 500 });
    expect(store.getState().workspace).toBe(before);
  });

  it('does not change the hours of a committed inspection, and removes its draws with it', () => {
    const store = createTestStore();
    const id = store.getState().addJointInspection({ name: 'Health', pool: 'non-cjs', partners: [], hours: 800, startMonth: '2004-10', endMonth: '2004-12' });
    store.getState().commitJointInspection(id, '2004-05-04');
    store.getState().setJointInspectionHours(id, 100);
    expect(openScenarioOf(store).jointInspections.find((inspection) => inspection.id === id)?.hours).toBe(800);
    store.getState().removeJointInspection(id);
    expect(openScenarioOf(store).contingencyDraws).toEqual([]);
  });
});

describe('the plan store: contingency, the profile and tentative work', () => {
  it('records and removes a draw on contingency, each one step', () => {
    const store = createTestStore();
    store.getState().addContingencyDraw({ date: '2004-07-05', reason: 'Inquiry', hours: 250 });
    expect(reportFor(openScenarioOf(store)).joint.contingency).toEqual({ lineHours: 2000, drawn: 250, left: 1750 });
    store.getState().removeContingencyDraw('plan-2');
    expect(undoLabels(store)).toEqual(['draw 250 hours from contingency', 'remove the contingency draw "Inquiry"']);
  });

  it('sets a month\'s weight, marking the profile as the planner\'s', () => {
    const store = createTestStore();
    store.getState().setMonthWeight(4, 0.5);
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
