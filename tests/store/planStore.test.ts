import { describe, expect, it } from 'vitest';
import { carryForward } from '../../src/domain/carryForward';
import { activeScenario } from '../../src/store/workspace';
import { loadFixture } from '../support/fixture';
import { HISTORY_LIMIT } from '../../src/store/history';
import type { PlanStore } from '../../src/store/planStore';
import { createTestStore } from '../support/planStore';
import { esiVerbs } from '../../src/store/slices/esiVerbs';
import { scenarioVerbs } from '../../src/store/slices/scenarioVerbs';

const budgetOf = (store: PlanStore) => activeScenario(store.getState().workspace).budgetGBP.value;

describe('the plan store', () => {
  it('makes one undo step of successive keystrokes in one field, named for the intent', () => {
    const store = createTestStore();
    const { setBudget } = store.getState();
    setBudget(3);
    setBudget(33);
    setBudget(336);
    store.getState().finishTyping('budgetGBP');
    expect(store.getState().past.map((step) => step.label)).toEqual(['change budget']);
    store.getState().undo();
    expect(budgetOf(store)).toBe(3_200_000);
    store.getState().redo();
    expect(budgetOf(store)).toBe(336);
  });

  it('starts a new step when the user leaves the field or edits another one', () => {
    const store = createTestStore();
    store.getState().setBudget(3_300_000);
    store.getState().setLineHours('yot', 12_000);
    store.getState().setBudget(3_400_000);
    store.getState().finishTyping('budgetGBP');
    store.getState().setBudget(3_500_000);
    expect(store.getState().past.map((step) => step.label)).toEqual([
      'change budget',
      'change YOT inspections hours',
      'change budget',
      'change budget',
    ]);
  });

  it('keeps a done ESI where it was and moves a planned one, clearing a month from the old year', () => {
    const store = createTestStore();
    esiVerbs(store).moveArea('derbyshire', '2005/06');
    esiVerbs(store).moveArea('norfolk', '2005/06');
    const schedule = activeScenario(store.getState().workspace).esi.schedule;
    expect(schedule.find((entry) => entry.areaId === 'derbyshire')?.year).toBe('2003/04');
    expect(schedule.find((entry) => entry.areaId === 'norfolk')).toMatchObject({ year: '2005/06' });
    expect(schedule.find((entry) => entry.areaId === 'norfolk')?.month).toBeUndefined();
    expect(store.getState().past.map((step) => step.label)).toEqual(['move Norfolk to 2005/06']);
  });

  it(`keeps the last ${HISTORY_LIMIT} steps`, () => {
    const store = createTestStore();
    for (let step = 1; step <= HISTORY_LIMIT + 20; step += 1) store.getState().setLineHours('yot', step);
    expect(store.getState().past).toHaveLength(1);
    for (let step = 1; step <= HISTORY_LIMIT + 20; step += 1) {
      store.getState().setLineHours('yot', step);
      store.getState().finishTyping('line:yot');
    }
    expect(store.getState().past).toHaveLength(HISTORY_LIMIT);
  });

  it('changes nothing while read-only', () => {
    const store = createTestStore();
    store.getState().setReadOnly('Another tab has newer changes');
    store.getState().setBudget(1);
    expect(budgetOf(store)).toBe(3_200_000);
    expect(store.getState().past).toEqual([]);
  });
});

describe('scenarios in the store', () => {
  it('creates, duplicates, renames, deletes (undoably) and opens scenarios', async () => {
    const store = createTestStore();
    const names = () => store.getState().workspace.scenarios.map((entry) => entry.scenario.name);
    store.getState().setBudget(3_000_000);
    scenarioVerbs(store).duplicateScenario('plan-1');
    expect(names()).toEqual([
      '2004/05 plan (Annual Report 2003/2004)',
      '2004/05 plan (Annual Report 2003/2004) (copy)',
    ]);
    expect(store.getState().workspace.activeId).toBe('plan-2');
    expect(budgetOf(store)).toBe(3_000_000);
    scenarioVerbs(store).renameScenario('plan-2', '  Budget cut 5%  ');
    await scenarioVerbs(store).createScenario();
    expect(names()).toEqual([
      '2004/05 plan (Annual Report 2003/2004)',
      'Budget cut 5%',
      '2004/05 plan (Annual Report 2003/2004) (2)',
    ]);
    expect(budgetOf(store)).toBe(3_200_000);
    scenarioVerbs(store).deleteScenario('plan-2');
    expect(names()).toHaveLength(2);
    store.getState().undo();
    expect(names()).toContain('Budget cut 5%');
    scenarioVerbs(store).openScenario('plan-1');
    expect(budgetOf(store)).toBe(3_000_000);
  });

  it('never deletes the last scenario and ignores an empty name', () => {
    const store = createTestStore();
    scenarioVerbs(store).deleteScenario('plan-1');
    scenarioVerbs(store).renameScenario('plan-1', '   ');
    expect(store.getState().workspace.scenarios.map((entry) => entry.scenario.name)).toEqual([
      '2004/05 plan (Annual Report 2003/2004)',
    ]);
    expect(store.getState().past).toEqual([]);
  });

  it('moves a family as one step, leaving its done Areas alone', () => {
    const store = createTestStore();
    esiVerbs(store).moveFamily('metropolitan', '2005/06');
    const { schedule, areas } = activeScenario(store.getState().workspace).esi;
    const metropolitan = new Set(areas.filter((area) => area.familyId === 'metropolitan').map((area) => area.id));
    expect(schedule.filter((entry) => metropolitan.has(entry.areaId)).map((entry) => entry.year)).toEqual(
      Array(7).fill('2005/06'),
    );
    expect(store.getState().past.map((step) => step.label)).toEqual(['move Metropolitan (and London) to 2005/06']);
    esiVerbs(store).moveFamily('large-high-density', '2005/06');
    expect(store.getState().past).toHaveLength(1);
  });
});

describe('figures the user sets', () => {
  it('are marked as set in the planner, naming the report figure they replace, until undone', () => {
    const store = createTestStore();
    const scenario = () => activeScenario(store.getState().workspace);
    store.getState().setBudget(3);
    store.getState().setBudget(3_360_000);
    expect(scenario().budgetGBP.source).toEqual({
      kind: 'assumption',
      reasoning: "Set in the planner; the report's figure (§1.30) is £3,200,000.",
    });
    store.getState().setLineHours('yot', 12_000);
    expect(scenario().lines.find((line) => line.id === 'yot')?.source).toEqual({
      kind: 'assumption',
      reasoning: "Set in the planner; the report's figure (§5.14) is 11,250 hours.",
    });
    store.getState().undo();
    store.getState().undo();
    expect(scenario().budgetGBP.source).toEqual({
      kind: 'report',
      ref: '§1.30',
      note: 'Total budget for the coming year is £3.2 million',
    });
  });

  it('name the figure carried from last year’s plan that they replace, and where it came from there', () => {
    const store = createTestStore(carryForward(loadFixture()).scenario);
    store.getState().setBudget(3_400_000);
    expect(activeScenario(store.getState().workspace).budgetGBP).toEqual({
      value: 3_400_000,
      source: {
        kind: 'assumption',
        reasoning:
          'Set in the planner; it replaced £3,200,000, carried from the 2004/05 plan, there from report §1.30.',
      },
    });
  });
});
