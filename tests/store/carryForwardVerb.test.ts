import { describe, expect, it } from 'vitest';
import { carryForward } from '../../src/domain/carryForward';
import { createTestStore, openScenarioOf, undoLabels } from '../support/planStore';
import { scenarioVerbs } from '../../src/store/slices/scenarioVerbs';

const PLAN = '2004/05 plan (Annual Report 2003/2004)';

describe('starting the next year’s plan in the store', () => {
  it('adds the 2005/06 plan beside the 2004/05 one, opens it, and undoes as one named step', () => {
    const store = createTestStore();
    const summary = scenarioVerbs(store).carryForwardScenario('plan-1', carryForward);
    expect(summary).toMatchObject({ from: '2004/05', to: '2005/06' });
    expect(store.getState().workspace.activeId).toBe('plan-2');
    expect(openScenarioOf(store)).toMatchObject({
      name: '2005/06 plan (carried from 2004/05)',
      planningYear: '2005/06',
    });
    expect(store.getState().workspace.scenarios[0]?.scenario.planningYear).toBe('2004/05');
    expect(undoLabels(store)).toEqual([`start the 2005/06 plan from ${PLAN}`]);
    store.getState().undo();
    expect(store.getState().workspace.scenarios.map((entry) => entry.scenario.name)).toEqual([PLAN]);
  });

  it('names a second 2005/06 plan apart from the first, and does nothing for a scenario that is not there', () => {
    const store = createTestStore();
    scenarioVerbs(store).carryForwardScenario('plan-1', carryForward);
    scenarioVerbs(store).carryForwardScenario('plan-1', carryForward);
    expect(openScenarioOf(store).name).toBe('2005/06 plan (carried from 2004/05) (2)');
    expect(scenarioVerbs(store).carryForwardScenario('no-such-plan', carryForward)).toBeNull();
    expect(store.getState().workspace.scenarios).toHaveLength(3);
  });

  it('changes nothing while read-only', () => {
    const store = createTestStore();
    store.getState().setReadOnly('Another tab has newer changes');
    scenarioVerbs(store).carryForwardScenario('plan-1', carryForward);
    expect(store.getState().workspace.scenarios).toHaveLength(1);
    expect(store.getState().past).toEqual([]);
  });
});
