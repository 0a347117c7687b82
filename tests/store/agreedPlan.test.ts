/** An agreed plan in the store: a frozen copy beside the working plan, never changed, undone as one step. */
import { describe, expect, it } from 'vitest';
import { parseScenarioFile, serializeScenario } from '../../src/domain/scenarioFile';
import { planEditable } from '../../src/store/history';
import { createTestStore, everyVerbOf, openScenarioOf } from '../support/planStore';
import { scenarioVerbs } from '../../src/store/slices/scenarioVerbs';

const AGREED_ON = '2004-04-05';
const PLAN = '2004/05 plan (Annual Report 2003/2004)';

function storeWithAgreedPlan() {
  const store = createTestStore();
  scenarioVerbs(store).agreeScenario('plan-1', AGREED_ON);
  return store;
}

describe('agreeing a plan in the store', () => {
  it('freezes a named copy beside the plan and leaves the plan open to work on', () => {
    const store = storeWithAgreedPlan();
    const { workspace, past } = store.getState();
    expect(workspace.activeId).toBe('plan-1');
    expect(workspace.scenarios.map(({ id, scenario }) => [id, scenario.name, scenario.agreed])).toEqual([
      ['plan-1', PLAN, undefined],
      ['plan-2', `${PLAN} (agreed 5 April 2004)`, { fromScenarioId: 'plan-1', on: AGREED_ON }],
    ]);
    const { agreed: _agreed, name: _name, ...copied } = workspace.scenarios[1]!.scenario;
    const { name: _working, ...working } = workspace.scenarios[0]!.scenario;
    expect(copied).toEqual(working);
    expect(past.at(-1)?.label).toBe(`mark ${PLAN} agreed`);
  });

  it('changes nothing in the agreed copy and adds no undo step, whatever is asked', () => {
    const store = storeWithAgreedPlan();
    scenarioVerbs(store).openScenario('plan-2');
    const frozen = openScenarioOf(store);
    const steps = store.getState().past.length;
    const verbs = everyVerbOf(store);
    verbs.setBudget(1_000_000);
    verbs.setLineHours('cjs-joint', 9_000);
    verbs.moveArea('norfolk', '2005/06');
    verbs.applyGoalSeek('budgetGBP', 100, 96);
    expect(verbs.commitJointInspection('resettlement', AGREED_ON)).toBeNull();
    verbs.renameScenario('plan-2', 'Something else');
    verbs.agreeScenario('plan-2', AGREED_ON);
    expect(openScenarioOf(store)).toBe(frozen);
    expect(store.getState().past).toHaveLength(steps);
    expect(store.getState().workspace.scenarios).toHaveLength(2);
    expect(planEditable(store.getState())).toBe(false);
  });

  it('keeps the copy as agreed while the working plan changes, and undoes the agreement as one step', () => {
    const store = storeWithAgreedPlan();
    store.getState().setBudget(3_000_000);
    const [working, agreed] = store.getState().workspace.scenarios;
    expect(working?.scenario.budgetGBP.value).toBe(3_000_000);
    expect(agreed?.scenario.budgetGBP.value).toBe(3_200_000);
    store.getState().undo();
    store.getState().undo();
    expect(store.getState().workspace.scenarios.map((entry) => entry.id)).toEqual(['plan-1']);
  });

  it('makes a duplicate of the agreed copy a working plan again', () => {
    const store = storeWithAgreedPlan();
    scenarioVerbs(store).duplicateScenario('plan-2');
    expect(openScenarioOf(store).agreed).toBeUndefined();
    expect(planEditable(store.getState())).toBe(true);
  });

  it('writes the agreed mark to a scenario file and reads it back; a mark without a day is named', () => {
    const agreed = storeWithAgreedPlan().getState().workspace.scenarios[1]!.scenario;
    const read = parseScenarioFile(serializeScenario(agreed));
    expect(read).toMatchObject({ ok: true, scenario: agreed });
    const broken = serializeScenario({ ...agreed, agreed: { fromScenarioId: 'plan-1', on: '5 April' } });
    expect(parseScenarioFile(broken)).toMatchObject({
      ok: false,
      problems: expect.arrayContaining([
        'scenario.agreed.on: must be a date written "yyyy-MM-dd", like "2004-06-14", got "5 April"',
      ]) as string[],
    });
  });
});
