/**
 * The decision log through a real planner server on loopback: a scripted morning of five people's
 * work logged exactly, kept across a restart, and closed to members' changes.
 */
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { memberWithSecret, writeMembers } from '../../server/members';
import type { DecisionKind } from '../../src/domain/decisions';
import type { PlanStore } from '../../src/store/planStore';
import type { Credentials, SharedConnection } from '../../src/sync/connection';
import { connectToSharedWorkspace } from '../../src/sync/connection';
import { appendDecisions, readDecisionLog, type LoggedDecision } from '../../src/sync/decisionLogDocument';
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
import { everyVerbOf, openScenarioOf, type EveryVerb } from '../support/planStore';
import { startServerProcess } from '../support/serverProcess';

// Node has no IndexedDB: the connection goes on without an offline copy, as a browser refusing one does.
vi.mock('y-indexeddb', () => import('../support/withoutIndexedDb'));

const closing = closedAfterEachTest();

type Planner = { connection: SharedConnection; store: PlanStore };
type Entry = Pick<LoggedDecision, 'by' | 'kind' | 'label' | 'before' | 'after'>;

/** A connection that only reads the plan's decision log, as the Decisions view does. */
async function openLog(url: string, credentials: Credentials | null = null) {
  const connection = connectToSharedWorkspace({ url, name: 'Reader', WebSocketPolyfill: WebSocket, credentials });
  closing.push(() => connection.close());
  const log = connection.decisionLog(PLAN_ID);
  await connection.whenLoaded(log, 5_000);
  return { connection, log, read: () => readDecisionLog(log) };
}

/** One person's action, saved on the server and seen by everyone before the next person acts. */
async function act(everyone: Planner[], person: Planner, action: (verbs: EveryVerb) => void) {
  action(everyVerbOf(person.store));
  await whenStatus(person.connection, allSaved);
  const expected = openScenarioOf(person.store);
  for (const other of everyone)
    await vi.waitFor(() => expect(openScenarioOf(other.store)).toEqual(expected), { timeout: 10_000 });
}

const entry = (by: string, kind: DecisionKind, label: string, before: string, after: string): Entry => ({
  by,
  kind,
  label,
  before,
  after,
});

/** What the log must hold after the morning, in order. */
const MORNING: Entry[] = [
  entry('Anne', 'budget-changed', 'Changed the budget', '£3,200,000', '£3,100,000'),
  entry('Ben', 'line-changed', 'Changed the hours of CJS joint inspections', '4,000 hours', '4,400 hours'),
  entry('Carol', 'esi-moved', 'Moved the ESI of Norfolk', '2004/05 (April 2004)', '2005/06'),
  entry(
    'Dev',
    'joint-committed',
    'Committed the joint inspection Resettlement',
    'Proposed, 1,500 hours; 4,400 hours left in the CJS pool',
    'Committed, 1,500 hours; 2,900 hours left in the CJS pool',
  ),
  entry(
    'Esther',
    'contingency-drawn',
    'Drew 250 hours from contingency: Inquiry into a death under supervision',
    '2,000 hours of contingency left',
    '1,750 hours of contingency left',
  ),
  entry(
    'Anne',
    'joint-committed',
    'Committed the joint inspection Health',
    'Proposed, 800 hours; 500 hours left in the non-CJS pool',
    'Committed, 800 hours; 0 hours left in the non-CJS pool',
  ),
  entry(
    'Anne',
    'contingency-drawn',
    'Drew 300 hours from contingency: Health: 300 hours its pool could not hold',
    '1,750 hours of contingency left',
    '1,450 hours of contingency left',
  ),
  entry(
    'Ben',
    'joint-withdrawn',
    'Withdrew the commitment to Resettlement',
    'Committed, 1,500 hours; 2,900 hours left in the CJS pool',
    'Proposed, 1,500 hours; 4,400 hours left in the CJS pool',
  ),
  entry('Dev', 'budget-changed', 'Changed the deployable hours', '35,000 hours', '34,000 hours'),
  entry(
    'Esther',
    'joint-withdrawn',
    'Withdrew the commitment to Health',
    'Committed, 800 hours; 0 hours left in the non-CJS pool',
    'Proposed, 800 hours; 500 hours left in the non-CJS pool',
  ),
  entry(
    'Esther',
    'contingency-draw-removed',
    'Removed the contingency draw of 300 hours: Health: 300 hours its pool could not hold',
    '1,450 hours of contingency left',
    '1,750 hours of contingency left',
  ),
];

/** Five people's morning on the 2004/05 plan, each acting after the one before has been seen by all. */
async function scriptedMorning(url: string) {
  const [anne, ben, carol, dev, esther] = await Promise.all(
    ['Anne', 'Ben', 'Carol', 'Dev', 'Esther'].map((name) => openPlanner(closing, url, name)),
  );
  if (!anne || !ben || !carol || !dev || !esther) throw new Error('five planners were to open');
  const everyone = [anne, ben, carol, dev, esther];
  await act(everyone, anne, (verbs) => verbs.setBudget(3_100_000));
  await act(everyone, ben, (verbs) => verbs.setLineHours('cjs-joint', 4_400));
  await act(everyone, carol, (verbs) => verbs.moveArea('norfolk', '2005/06'));
  await act(everyone, dev, (verbs) => verbs.commitJointInspection('resettlement', '2004-05-04'));
  await act(everyone, esther, (verbs) =>
    verbs.addContingencyDraw({ date: '2004-05-04', reason: 'Inquiry into a death under supervision', hours: 250 }),
  );
  // A proposal is no decision; its commitment, which its 500-hour pool cannot hold alone, is two.
  await act(everyone, anne, (verbs) =>
    verbs.addJointInspection({
      name: 'Health',
      pool: 'non-cjs',
      partners: ['Healthcare Commission'],
      hours: 800,
      startMonth: '2004-10',
      endMonth: '2004-12',
    }),
  );
  await act(everyone, anne, (verbs) => verbs.commitJointInspection('Anne-1', '2004-05-04'));
  await act(everyone, ben, (verbs) => verbs.withdrawJointCommitment('resettlement'));
  await act(everyone, dev, (verbs) => verbs.setDeployableHours(34_000));
  await act(everyone, esther, (verbs) => verbs.withdrawJointCommitment('Anne-1'));
  return everyone;
}

const withoutTimes = (entries: LoggedDecision[]): Entry[] =>
  entries.map(({ by, kind, label, before, after }) => ({ by, kind, label, before, after }));

describe('the decision log through the planner server', () => {
  it('logs a scripted morning of five people’s work exactly, in order, and keeps it across a restart', async () => {
    const folder = serverFolder();
    const server = await startServer(closing, folder);
    await seedWorkspace(closing, server.syncUrl);
    const started = Date.now();
    await scriptedMorning(server.syncUrl);

    const reader = await openLog(server.syncUrl);
    await vi.waitFor(() => expect(withoutTimes(reader.read())).toEqual(MORNING), { timeout: 10_000 });
    const times = reader.read().map((logged) => Date.parse(logged.at));
    expect(times.every((time, index) => time >= started && time >= (times[index - 1] ?? started))).toBe(true);
    expect(Math.max(...times)).toBeLessThanOrEqual(Date.now());
    const logged = reader.read();

    await server.close();
    const restarted = await startServer(closing, folder);
    const afterRestart = await openLog(restarted.syncUrl);
    expect(afterRestart.read()).toEqual(logged);
  }, 90_000);

  it('keeps a decision in the log when the server is killed the moment it has acknowledged the change', async () => {
    const { distDir: folder, databasePath } = serverFolder();
    const first = await startServerProcess({ folder });
    closing.push(() => first.kill());
    await seedWorkspace(closing, first.url);
    const carol = await openPlanner(closing, first.url, 'Carol');
    everyVerbOf(carol.store).moveArea('norfolk', '2005/06');
    await whenStatus(carol.connection, allSaved);
    await first.kill();

    const restarted = await startServer(closing, { distDir: folder, databasePath });
    const reader = await openLog(restarted.syncUrl);
    expect(withoutTimes(reader.read())).toEqual([
      entry('Carol', 'esi-moved', 'Moved the ESI of Norfolk', '2004/05 (April 2004)', '2005/06'),
    ]);
  }, 30_000);

  it('logs a figure typed keystroke by keystroke as one decision, by the person typing', async () => {
    const server = await startServer(closing, serverFolder());
    await seedWorkspace(closing, server.syncUrl);
    const anne = await openPlanner(closing, server.syncUrl, 'Anne');
    for (const typed of [3, 31, 310, 3_100_000]) {
      anne.store.getState().setBudget(typed);
      await whenStatus(anne.connection, allSaved);
    }
    const reader = await openLog(server.syncUrl);
    await vi.waitFor(
      () =>
        expect(withoutTimes(reader.read())).toEqual([
          entry('Anne', 'budget-changed', 'Changed the budget', '£3,200,000', '£3,100,000'),
        ]),
      { timeout: 10_000 },
    );
  }, 30_000);

  it('refuses a member’s hand-made change to the log and leaves the log as it was', async () => {
    const server = await startServer(closing, serverFolder());
    await seedWorkspace(closing, server.syncUrl);
    const anne = await openPlanner(closing, server.syncUrl, 'Anne');
    await act([anne], anne, (verbs) => verbs.setBudget(3_100_000));
    const honest = await openLog(server.syncUrl);
    await vi.waitFor(() => expect(honest.read()).toHaveLength(1), { timeout: 10_000 });
    const logged = honest.read();

    const forger = await openLog(server.syncUrl);
    appendDecisions(forger.log, [
      { ...MORNING[0], by: 'Ben', before: '£3,200,000', after: '£0', at: new Date().toISOString() } as LoggedDecision,
    ]);
    const refused = await whenStatus(forger.connection, (status) => status.refused !== null);
    expect(refused.refused).toEqual({
      documentName: `decisions/${PLAN_ID}`,
      problem: 'The decision log is written by the server alone: no member can change it.',
    });

    const later = await openLog(server.syncUrl);
    expect(later.read()).toEqual(logged);
    expect(honest.read()).toEqual(logged);
  }, 30_000);

  it('names the member signed in, whatever name their browser gives', async () => {
    const folder = serverFolder();
    const anne: Credentials = { name: 'Anne Smith', secret: 'anne-secret-for-tests' };
    const membersPath = join(folder.distDir, 'members.json');
    writeMembers(membersPath, [await memberWithSecret(anne.name, 'editor', anne.secret)]);
    const server = await startServer(closing, { ...folder, membersPath });
    await seedWorkspace(closing, server.syncUrl, anne);
    const claiming = await openPlanner(closing, server.syncUrl, 'The Chief Inspector', anne);
    await act([claiming], claiming, (verbs) => verbs.setBudget(3_100_000));

    const reader = await openLog(server.syncUrl, anne);
    await vi.waitFor(
      () =>
        expect(withoutTimes(reader.read())).toEqual([
          entry('Anne Smith', 'budget-changed', 'Changed the budget', '£3,200,000', '£3,100,000'),
        ]),
      { timeout: 10_000 },
    );
  }, 30_000);
});
