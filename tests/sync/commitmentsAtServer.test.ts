/** Joint commitments checked at the planner server, against the hours others committed first. */
import { describe, expect, it, vi } from 'vitest';
import { keepInThisBrowser } from '../../src/store/keptInThisBrowser';
import { scenarioDocumentName } from '../../src/sync/workspaceIndex';
import { FakeStorage } from '../support/fakeStorage';
import { startLoopbackProxy } from '../support/loopbackProxy';
import {
  allSaved,
  openPlanner,
  PLAN_ID,
  seedWorkspace,
  serverFolder,
  startServer,
  whenStatus,
  closedAfterEachTest,
} from '../support/nodePlanner';
import { openScenarioOf } from '../support/planStore';
import { jointWorkVerbs } from '../../src/store/slices/jointWorkVerbs';

// Node has no IndexedDB: the connection goes on without an offline copy, as a browser refusing one does.
vi.mock('y-indexeddb', () => import('../support/withoutIndexedDb'));

const closing = closedAfterEachTest();

/** A person's planner behind a proxy the test can cut, as a lost network would. */
async function openBehindProxy(url: string, name: string) {
  const proxy = await startLoopbackProxy(Number(new URL(url).port));
  closing.push(() => proxy.close());
  return { proxy, ...(await openPlanner(closing, `ws://127.0.0.1:${proxy.port}`, name)) };
}

const statusOf = (scenario: ReturnType<typeof openScenarioOf>, id: string) =>
  scenario.jointInspections.find((inspection) => inspection.id === id)?.status;

describe('joint commitments checked at the planner server', () => {
  it('keeps the first of two offline commitments that fit alone but not together, refusing the second with the figures', async () => {
    const server = await startServer(closing, serverFolder());
    await seedWorkspace(closing, server.syncUrl);
    const anne = await openBehindProxy(server.syncUrl, 'Anne');
    const ben = await openBehindProxy(server.syncUrl, 'Ben');
    // 3,500 and 3,000 hours each fit the 4,000-hour CJS pool; together they are 500 more than it and contingency's 2,000.
    jointWorkVerbs(anne.store).setJointInspectionHours('resettlement', 3500);
    jointWorkVerbs(anne.store).setJointInspectionHours('sex-offender-work', 3000);
    await whenStatus(anne.connection, allSaved);
    await vi.waitFor(
      () =>
        expect(openScenarioOf(ben.store).jointInspections.map((inspection) => inspection.hours)).toEqual([3500, 3000]),
      { timeout: 10_000 },
    );

    anne.proxy.cut();
    ben.proxy.cut();
    await whenStatus(anne.connection, (status) => status.connection !== 'connected');
    await whenStatus(ben.connection, (status) => status.connection !== 'connected');
    expect(jointWorkVerbs(anne.store).commitJointInspection('resettlement', '2004-06-01')?.outcome).toBe('fits');
    expect(jointWorkVerbs(ben.store).commitJointInspection('sex-offender-work', '2004-06-01')?.outcome).toBe('fits');

    anne.proxy.restore();
    await whenStatus(anne.connection, allSaved);
    ben.proxy.restore();
    const answered = await whenStatus(ben.connection, (status) => status.refused !== null || allSaved(status));
    expect(answered.refused).toEqual({
      documentName: scenarioDocumentName(PLAN_ID),
      problem:
        '“Sex offender work” needs 3,000 hours, but the CJS joint line has 500 hours left and contingency 2,000 hours: together they are 500 hours short. Already committed from the CJS joint line: “Resettlement” (3,500 hours).',
    });
    expect(anne.connection.status.get().refused).toBeNull();

    // What the server holds, as a colleague opening now reads it: Anne's commitment alone.
    const carol = await openPlanner(closing, server.syncUrl, 'Carol');
    expect(statusOf(openScenarioOf(carol.store), 'resettlement')).toBe('committed');
    expect(statusOf(openScenarioOf(carol.store), 'sex-offender-work')).toBe('proposed');

    // Ben's way back still keeps his version, with his commitment, among this browser's own scenarios.
    const bensVersion = ben.binding.versionShown(PLAN_ID);
    expect(bensVersion && statusOf(bensVersion, 'sex-offender-work')).toBe('committed');
    const storage = new FakeStorage();
    expect(
      bensVersion && keepInThisBrowser(storage, bensVersion, { id: 'kept', now: new Date(), writerId: 'ben-tab' }),
    ).toBeNull();
  }, 60_000);

  it('lets a scenario committed beyond its lines take other edits', async () => {
    const server = await startServer(closing, serverFolder());
    await seedWorkspace(closing, server.syncUrl);
    const anne = await openPlanner(closing, server.syncUrl, 'Anne');
    jointWorkVerbs(anne.store).setJointInspectionHours('resettlement', 3500);
    expect(jointWorkVerbs(anne.store).commitJointInspection('resettlement', '2004-06-01')?.outcome).toBe('fits');
    // Lowering the CJS line below what is committed is an edit the planner allows, with a finding.
    const cjs = openScenarioOf(anne.store).lines.find((line) => line.group === 'joint-cjs');
    if (!cjs) throw new Error('the 2004/05 plan has no CJS joint line');
    anne.store.getState().setLineHours(cjs.id, 1000);
    anne.store.getState().setBudget(3_100_000);
    await whenStatus(anne.connection, allSaved);
    expect(anne.connection.status.get().refused).toBeNull();

    const ben = await openPlanner(closing, server.syncUrl, 'Ben');
    expect(openScenarioOf(ben.store).budgetGBP.value).toBe(3_100_000);
  }, 60_000);
});
