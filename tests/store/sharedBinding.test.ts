import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { SCENARIO_VERSION } from '../../src/domain/scenarioFile';
import type { Scenario } from '../../src/domain/types';
import { createPlanStore, type PlanStore } from '../../src/store/planStore';
import {
  bindSharedWorkspace,
  NEWER_SHARED_REASON,
  keepUnchanged,
  readSharedWorkspace,
  type SharedBinding,
  type SharedProblems,
} from '../../src/store/sharedBinding';
import { readActivity, readScenario, writeScenario } from '../../src/sync/scenarioDocument';
import { addToIndex, readRemoved, restoreToIndex } from '../../src/sync/workspaceIndex';
import { loadFixture } from '../support/fixture';
import { makeVersionTwo } from '../support/olderDocument';
import { createHub, type Person } from '../support/linkedDocuments';
import { countingIds, expectConvergedOn, openScenarioOf, thousandEditsEach, undoLabels } from '../support/planStore';
import { esiVerbs } from '../../src/store/slices/esiVerbs';
import { scenarioVerbs } from '../../src/store/slices/scenarioVerbs';
import { yotVerbs } from '../../src/store/slices/yotVerbs';

const PLAN_ID = 'plan-2004-05';

/** A hub whose shared workspace holds the 2004/05 plan. */
function workspaceWithThePlan() {
  const hub = createHub();
  const first = hub.join();
  writeScenario(first.documents.scenario(PLAN_ID), null, loadFixture());
  addToIndex(first.documents.index, PLAN_ID);
  return { hub, first };
}

interface Planner {
  person: Person;
  store: PlanStore;
  problems: SharedProblems[];
  undoNotices: (string | null)[];
  binding: SharedBinding;
}

/** A person's planner on the shared workspace, as the browser opens it; its clock stands at `now`. */
function openPlanner(person: Person, prefix: string, now = '2004-04-05T09:30:00Z'): Planner {
  const read = readSharedWorkspace(person.documents, null);
  if (!read.workspace) throw new Error('the shared workspace holds no scenario');
  const store = createPlanStore(read.workspace, {
    loadBaseline: () => Promise.resolve(loadFixture()),
    newId: countingIds(prefix, 1),
  });
  const problems: SharedProblems[] = [];
  const undoNotices: (string | null)[] = [];
  const binding = bindSharedWorkspace(store, person.documents, {
    onUndoNotice: (notice) => undoNotices.push(notice),
    onProblems: (found) => problems.push(found),
    author: () => prefix.replace(/-$/, ''),
    now: () => new Date(now),
  });
  return { person, store, problems, undoNotices, binding };
}

const budgetOf = (planner: Planner) => openScenarioOf(planner.store).budgetGBP.value;
const hoursOf = (planner: Planner) => openScenarioOf(planner.store).deployableHours.value;
const lastChangesOf = (planner: Planner) => planner.store.getState().lastChanges[PLAN_ID] ?? {};
const yearOf = (planner: Planner, areaId: string) =>
  openScenarioOf(planner.store).esi.schedule.find((entry) => entry.areaId === areaId)?.year;

describe('the shared workspace binding', () => {
  it('shows one person’s edit in another’s planner, which has nothing of its own to undo', () => {
    const { hub, first } = workspaceWithThePlan();
    const anne = openPlanner(first, 'anne-');
    const ben = openPlanner(hub.join(), 'ben-');
    expect(budgetOf(ben)).toBe(3_200_000);

    anne.store.getState().setBudget(3_100_000);

    expect(budgetOf(ben)).toBe(3_100_000);
    expect(undoLabels(anne.store)).toEqual(['change budget']);
    expect(undoLabels(ben.store)).toEqual([]);
  });

  it('undoes only this person’s own last action, never a colleague’s made after it', () => {
    const { hub, first } = workspaceWithThePlan();
    const anne = openPlanner(first, 'anne-');
    const ben = openPlanner(hub.join(), 'ben-');

    anne.store.getState().setBudget(3_100_000);
    ben.store.getState().setDeployableHours(34_000);
    anne.store.getState().undo();

    for (const planner of [anne, ben]) {
      expect(budgetOf(planner)).toBe(3_200_000);
      expect(hoursOf(planner)).toBe(34_000);
    }
    expect(undoLabels(anne.store)).toEqual([]);
    expect(anne.store.getState().future.map((step) => step.label)).toEqual(['change budget']);
    expect(undoLabels(ben.store)).toEqual(['change deployable hours']);

    anne.store.getState().redo();
    expect(budgetOf(ben)).toBe(3_100_000);
    expect(undoLabels(anne.store)).toEqual(['change budget']);
  });

  it('records who did what and when in the scenario’s activity, which a colleague reads', () => {
    const { hub, first } = workspaceWithThePlan();
    const anne = openPlanner(first, 'anne-');
    const ben = openPlanner(hub.join(), 'ben-');

    anne.store.getState().setBudget(3_000_000);
    anne.store.getState().setBudget(3_050_000);
    esiVerbs(ben.store).moveArea('norfolk', '2005/06');
    ben.store.getState().undo();

    expect(readActivity(anne.person.documents.scenario(PLAN_ID), 5)).toEqual([
      { label: 'undo move Norfolk to 2005/06', by: 'ben', at: '2004-04-05T09:30:00.000Z' },
      { label: 'move Norfolk to 2005/06', by: 'ben', at: '2004-04-05T09:30:00.000Z' },
      { label: 'change budget', by: 'anne', at: '2004-04-05T09:30:00.000Z' },
    ]);
  });

  it('shows everyone who last changed each figure and when: Bob for the budget he changed after Alice, Alice for her line', () => {
    const { hub, first } = workspaceWithThePlan();
    const alice = openPlanner(first, 'Alice-', '2026-12-07T09:14:00Z');
    const bob = openPlanner(hub.join(), 'Bob-', '2026-12-07T10:02:00Z');

    alice.store.getState().setBudget(3_100_000);
    alice.store.getState().setLineHours('esi-core', 9_000);
    bob.store.getState().setBudget(3_050_000);

    for (const planner of [alice, bob]) {
      expect(budgetOf(planner)).toBe(3_050_000);
      expect(lastChangesOf(planner)).toEqual({
        budgetGBP: { by: 'Bob', at: '2026-12-07T10:02:00.000Z' },
        'lines/esi-core': { by: 'Alice', at: '2026-12-07T09:14:00.000Z' },
      });
    }
    // Who changed a figure is no part of the scenario: the store's is exactly what a scenario file holds.
    const read = readScenario(alice.person.documents.scenario(PLAN_ID));
    expect(read).toEqual({ status: 'ok', scenario: openScenarioOf(bob.store) });
    expect(JSON.stringify(openScenarioOf(alice.store))).not.toMatch(/Alice|Bob/);
  });

  it('notes a change to a programme’s figure, or to a family’s own hours, under the place its field shows', () => {
    const { hub, first } = workspaceWithThePlan();
    const alice = openPlanner(first, 'Alice-', '2026-12-07T09:14:00Z');
    const bob = openPlanner(hub.join(), 'Bob-');

    yotVerbs(alice.store).setYotFigure('hoursPerInspection', 400);
    esiVerbs(alice.store).setFamilyCoreHours('metropolitan', 650);

    const alices = { by: 'Alice', at: '2026-12-07T09:14:00.000Z' };
    expect(lastChangesOf(bob)).toEqual({
      'yot/hoursPerInspection': alices,
      'esi/families/metropolitan/coreHoursPerEsi': alices,
    });
  });

  it('shows the last change an undo leaves: the budget back at Alice’s value, and Alice’s name with it', () => {
    const { hub, first } = workspaceWithThePlan();
    const alice = openPlanner(first, 'Alice-', '2026-12-07T09:14:00Z');
    const bob = openPlanner(hub.join(), 'Bob-', '2026-12-07T10:02:00Z');

    alice.store.getState().setBudget(3_100_000);
    bob.store.getState().setBudget(3_050_000);
    bob.store.getState().undo();

    for (const planner of [alice, bob]) {
      expect(budgetOf(planner)).toBe(3_100_000);
      expect(lastChangesOf(planner)['budgetGBP']).toEqual({ by: 'Alice', at: '2026-12-07T09:14:00.000Z' });
    }
  });

  it('says so when a colleague has since changed part of what an undo would take back, and keeps their change', () => {
    const { hub, first } = workspaceWithThePlan();
    const anne = openPlanner(first, 'anne-');
    const ben = openPlanner(hub.join(), 'ben-');
    const metropolitan = openScenarioOf(anne.store)
      .esi.areas.filter((area) => area.familyId === 'metropolitan')
      .map((area) => area.id);
    const yearsOf = (planner: Planner) => metropolitan.map((id) => yearOf(planner, id));
    const yearsBefore = yearsOf(anne);

    anne.store.getState().setBudget(3_100_000);
    esiVerbs(anne.store).moveFamily('metropolitan', '2005/06');
    esiVerbs(ben.store).moveArea('london', '2004/05');
    anne.store.getState().undo();

    expect(anne.undoNotices.at(-1)).toMatch(
      /^“.*” was undone only in part: a colleague has since changed some of what it changed, and their change stands\.$/,
    );
    // Every Area of the family is back where it was, but London, which Ben moved since.
    const expected = metropolitan.map((id, index) => (id === 'london' ? '2004/05' : yearsBefore[index]));
    for (const planner of [anne, ben]) expect(yearsOf(planner)).toEqual(expected);
    // The budget, which no one else touched, is still Anne's to undo, and undoes.
    expect(undoLabels(anne.store)).toEqual(['change budget']);
    anne.store.getState().undo();
    expect(anne.undoNotices.at(-1)).toBeNull();
    for (const planner of [anne, ben]) expect(budgetOf(planner)).toBe(3_200_000);
  });

  it('drops a step a colleague has since changed entirely, rather than undo the step before it', () => {
    const { hub, first } = workspaceWithThePlan();
    const anne = openPlanner(first, 'anne-');
    const ben = openPlanner(hub.join(), 'ben-');

    anne.store.getState().setBudget(3_100_000);
    scenarioVerbs(anne.store).renameScenario(PLAN_ID, 'Budget cut');
    scenarioVerbs(ben.store).renameScenario(PLAN_ID, 'Savings plan');
    anne.store.getState().undo();

    expect(anne.undoNotices.at(-1)).toMatch(
      /^“rename .* to Budget cut” cannot be undone: a colleague has since changed everything it changed, and their change stands\.$/,
    );
    expect(openScenarioOf(anne.store).name).toBe('Savings plan');
    expect(budgetOf(anne)).toBe(3_100_000);
    expect(undoLabels(anne.store)).toEqual(['change budget']);
  });

  it('makes keystrokes in one field one step, and each intent after it another', () => {
    const { first } = workspaceWithThePlan();
    const anne = openPlanner(first, 'anne-');

    anne.store.getState().setBudget(3_000_000);
    anne.store.getState().setBudget(3_050_000);
    esiVerbs(anne.store).moveArea('norfolk', '2005/06');
    expect(undoLabels(anne.store)).toHaveLength(2);

    anne.store.getState().undo();
    expect(yearOf(anne, 'norfolk')).not.toBe('2005/06');
    expect(budgetOf(anne)).toBe(3_050_000);
    anne.store.getState().undo();
    expect(budgetOf(anne)).toBe(3_200_000);
  });

  it('merges edits made offline with a colleague’s when the connection returns', () => {
    const { hub, first } = workspaceWithThePlan();
    const anne = openPlanner(first, 'anne-');
    const ben = openPlanner(hub.join(), 'ben-');

    anne.person.goOffline();
    esiVerbs(anne.store).moveArea('norfolk', '2005/06');
    ben.store.getState().setBudget(3_040_000);
    expect(yearOf(ben, 'norfolk')).not.toBe('2005/06');
    expect(budgetOf(anne)).toBe(3_200_000);

    anne.person.goOnline();

    for (const planner of [anne, ben]) {
      expect(yearOf(planner, 'norfolk')).toBe('2005/06');
      expect(budgetOf(planner)).toBe(3_040_000);
    }
    expect(openScenarioOf(anne.store)).toEqual(openScenarioOf(ben.store));
  });

  it('lists a scenario one person creates in the other’s planner, and drops one deleted', async () => {
    const { hub, first } = workspaceWithThePlan();
    const anne = openPlanner(first, 'anne-');
    const ben = openPlanner(hub.join(), 'ben-');

    await scenarioVerbs(anne.store).createScenario();
    const names = (planner: Planner) =>
      planner.store.getState().workspace.scenarios.map((entry) => entry.scenario.name);
    const { name } = loadFixture();
    expect(names(ben)).toEqual([name, `${name} (2)`]);
    // Ben stays on the scenario he had open.
    expect(ben.store.getState().workspace.activeId).toBe(PLAN_ID);

    scenarioVerbs(anne.store).openScenario(PLAN_ID);
    scenarioVerbs(anne.store).deleteScenario('anne-1');
    expect(names(ben)).toEqual([name]);
    // Removing is not a step the shared undo takes back (the removed list puts it back).
    expect(undoLabels(anne.store)).toEqual([]);

    // Removed from everyone's list, but kept, and anyone can put it back.
    expect(readRemoved(ben.person.documents.index)).toEqual([
      { id: 'anne-1', name: `${name} (2)`, by: 'anne', at: '2004-04-05T09:30:00.000Z' },
    ]);
    restoreToIndex(ben.person.documents.index, 'anne-1');
    for (const planner of [anne, ben]) expect(names(planner)).toEqual([name, `${name} (2)`]);
    expect(readRemoved(anne.person.documents.index)).toEqual([]);
  });

  it('leaves out a scenario whose document is not a valid scenario, and says which', () => {
    const { hub, first } = workspaceWithThePlan();
    const broken: Scenario = { ...loadFixture(), name: 'Broken' };
    writeScenario(first.documents.scenario('broken'), null, {
      ...broken,
      budgetGBP: { ...broken.budgetGBP, value: -5 },
    });
    addToIndex(first.documents.index, 'broken');

    const ben = openPlanner(hub.join(), 'ben-');
    ben.store.getState().setBudget(3_100_000);

    expect(ben.store.getState().workspace.scenarios.map((entry) => entry.id)).toEqual([PLAN_ID]);
    expect(readSharedWorkspace(ben.person.documents, null).problems.invalid['broken']).toEqual([
      expect.stringContaining('budget'),
    ]);
  });
});

describe('the shared workspace binding under load', () => {
  it('converges after 1,000 edits made offline and 1,000 by a colleague, every Area scheduled once', () => {
    const { hub, first } = workspaceWithThePlan();
    const anne = openPlanner(first, 'anne-');
    const ben = openPlanner(hub.join(), 'ben-');

    anne.person.goOffline();
    // Neither touched what the other edited, so the merge must keep both people's last word.
    const lastWords = thousandEditsEach(anne.store, ben.store, 7);
    anne.person.goOnline();
    expectConvergedOn(lastWords, anne.store, ben.store);
  });

  it('edits an older planner’s scenario as a whole of this version, and an undo leaves it whole as it was', () => {
    const { hub, first } = workspaceWithThePlan();
    makeVersionTwo(first.documents.scenario(PLAN_ID));
    const anne = openPlanner(first, 'anne-');
    const ben = openPlanner(hub.join(), 'ben-');

    anne.store.getState().setBudget(3_100_000);
    expect(budgetOf(ben)).toBe(3_100_000);
    expect(first.documents.scenario(PLAN_ID).getMap('meta').get('version')).toBe(SCENARIO_VERSION);

    anne.store.getState().undo();
    const document = first.documents.scenario(PLAN_ID);
    expect(document.getMap('meta').get('version')).toBe(2);
    expect(readScenario(document).status).toBe('ok');
    expect(budgetOf(ben)).toBe(3_200_000);
    expect(ben.problems.at(-1)?.invalid ?? {}).toEqual({});
  });

  it('keeps the version this person last saw of a scenario left out for no longer holding a valid plan', async () => {
    const { hub, first } = workspaceWithThePlan();
    const anne = openPlanner(first, 'anne-');
    anne.store.getState().setBudget(3_100_000);
    await scenarioVerbs(anne.store).createScenario();
    expect(anne.binding.versionShown(PLAN_ID)?.budgetGBP.value).toBe(3_100_000);

    const ben = hub.join();
    (ben.documents.scenario(PLAN_ID).getMap('scenario').get('budgetGBP') as Y.Map<unknown>).set('value', -5);

    expect(Object.keys(anne.problems.at(-1)?.invalid ?? {})).toEqual([PLAN_ID]);
    expect(anne.store.getState().workspace.scenarios.map((entry) => entry.id)).not.toContain(PLAN_ID);
    expect(anne.binding.versionShown(PLAN_ID)?.budgetGBP.value).toBe(3_100_000);
    expect(anne.binding.versionShown('no-such-scenario')).toBeNull();
  });

  it('shows a workspace written by a newer planner read-only, and writes nothing into it', () => {
    const { hub, first } = workspaceWithThePlan();
    const ben = openPlanner(hub.join(), 'ben-');
    first.documents.scenario(PLAN_ID).getMap('meta').set('version', 99);

    expect(ben.store.getState().readOnlyReason).toBe(NEWER_SHARED_REASON);
    expect(ben.problems.at(-1)?.newer).toBe(99);
    ben.store.getState().setBudget(3_100_000);
    expect(budgetOf(ben)).toBe(3_200_000);
  });
});

describe('keepUnchanged', () => {
  it('keeps every part a colleague did not change the same object', () => {
    const before = loadFixture();
    const after = structuredClone(before);
    after.budgetGBP.value = 3_100_000;

    const kept = keepUnchanged(before, after);

    expect(kept).toEqual(after);
    expect(kept.lines).toBe(before.lines);
    expect(kept.esi).toBe(before.esi);
    expect(kept.budgetGBP).not.toBe(before.budgetGBP);
    expect(keepUnchanged(before, structuredClone(before))).toBe(before);
  });
});
