/** The store's YOT verbs: moving inspections between months, the start of phase 2 and the programme's figures. */
import { describe, expect, it } from 'vitest';
import { reportFor } from '../../src/store/reports';
import { createTestStore, openScenarioOf, undoLabels } from '../support/planStore';
import { yotVerbs } from '../../src/store/slices/yotVerbs';

describe('the plan store: YOT moves', () => {
  it('records a move as one named step, adds to it on the same path and cancels it moving back', () => {
    const store = createTestStore();
    yotVerbs(store).moveYotInspections('2004-10', '2004-11');
    yotVerbs(store).moveYotInspections('2004-10', '2004-11');
    expect(openScenarioOf(store).yot.moves).toEqual([{ from: '2004-10', to: '2004-11', count: 2 }]);
    yotVerbs(store).moveYotInspections('2004-11', '2004-10', 3);
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
    yotVerbs(store).moveYotInspections('2004-04', '2004-05', 3);
    yotVerbs(store).moveYotInspections('2004-10', '2004-03');
    expect(store.getState().past).toEqual([]);
  });

  it('puts the plan back to its rate as one step', () => {
    const store = createTestStore();
    yotVerbs(store).moveYotInspections('2004-10', '2004-11');
    yotVerbs(store).clearYotMoves();
    expect(openScenarioOf(store).yot.moves).toEqual([]);
    store.getState().undo();
    expect(openScenarioOf(store).yot.moves).toHaveLength(1);
  });

  it('makes stepping through phase 2 start months one step, until the user leaves the list', () => {
    const store = createTestStore();
    yotVerbs(store).setYotPhase2Start('2004-10');
    yotVerbs(store).setYotPhase2Start('2004-11');
    store.getState().finishTyping('yot.phase2Start');
    yotVerbs(store).setYotPhase2Start('2004-12');
    expect(undoLabels(store)).toEqual(['change the start of YOT phase 2', 'change the start of YOT phase 2']);
    store.getState().undo();
    store.getState().undo();
    expect(openScenarioOf(store).yot.phase2Start.month).toBe('2004-09');
  });

  it('marks a changed rate as set in the planner, naming the report figure', () => {
    const store = createTestStore();
    yotVerbs(store).setYotFigure('ratePer12Months', 36);
    expect(openScenarioOf(store).yot.ratePer12Months).toEqual({
      value: 36,
      source: { kind: 'assumption', reasoning: "Set in the planner; the report's figure (§5.8, §1.29) is 30." },
    });
    // 155 − 16 − 10 = 129 left in September 2004; at 3 a month that is 43 months, to March 2008.
    expect(reportFor(openScenarioOf(store)).yot.completionMonth).toBe('2008-03');
  });
});
