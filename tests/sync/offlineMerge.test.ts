import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { startPlannerServer } from '../../server/plannerServer';
import { evaluatePlan } from '../../src/domain/evaluatePlan';
import type { FinancialYear } from '../../src/domain/types';
import { createPlanStore, type PlanStore } from '../../src/store/planStore';
import { reportFor } from '../../src/store/reports';
import { bindSharedWorkspace, readSharedWorkspace } from '../../src/store/sharedBinding';
import { connectToSharedWorkspace, type SharedConnection, type SharedStatus } from '../../src/sync/connection';
import { writeScenario } from '../../src/sync/scenarioDocument';
import { addToIndex } from '../../src/sync/workspaceIndex';
import { loadFixture } from '../support/fixture';
import { startLoopbackProxy } from '../support/loopbackProxy';
import { countingIds, openScenarioOf } from '../support/planStore';

// Node has no IndexedDB: the connection goes on without an offline copy, as a browser refusing one does.
vi.mock('y-indexeddb', () => ({
  IndexeddbPersistence: class {
    constructor() {
      throw new Error('IndexedDB is not available');
    }
  },
}));

const PLAN_ID = 'plan-2004-05';
const closing: (() => unknown)[] = [];
afterEach(async () => {
  for (const close of closing.splice(0).reverse()) await close();
});

function whenStatus(connection: SharedConnection, check: (status: SharedStatus) => boolean): Promise<void> {
  return new Promise((resolve) => {
    const look = () => {
      if (!check(connection.status.get())) return;
      stop();
      resolve();
    };
    const stop = connection.status.subscribe(look);
    look();
  });
}

const allSaved = (status: SharedStatus) => status.connection === 'connected' && status.waiting === 0;

/** A person's planner on the shared workspace at `url`, as the browser opens it once the plan is there. */
async function openPlanner(url: string, name: string): Promise<{ connection: SharedConnection; store: PlanStore }> {
  const connection = connectToSharedWorkspace({ url, name, WebSocketPolyfill: WebSocket });
  closing.push(() => connection.close());
  await connection.whenLoaded(connection.documents.index, 5_000);
  await connection.whenLoaded(connection.documents.scenario(PLAN_ID), 5_000);
  const { workspace } = readSharedWorkspace(connection.documents, null);
  if (!workspace) throw new Error(`${name}'s planner found no scenario in the shared workspace`);
  const store = createPlanStore(workspace, {
    loadBaseline: () => Promise.resolve(loadFixture()),
    newId: countingIds(`${name}-`, 1),
  });
  const binding = bindSharedWorkspace(store, connection.documents, { author: () => name });
  closing.push(() => binding.stop());
  return { connection, store };
}

describe('offline edits through the planner server', () => {
  it('merges 1,000 edits made offline with 1,000 a colleague made, each person’s last word kept', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'planner-offline-merge-'));
    writeFileSync(join(folder, 'index.html'), '<!doctype html><title>Inspection Hours Planner</title>');
    const server = await startPlannerServer({
      host: '127.0.0.1',
      port: 0,
      databasePath: join(folder, 'planner.sqlite'),
      distDir: folder,
    });
    closing.push(() => server.close());
    // Anne reaches the server through a proxy the test cuts: she alone loses the network.
    const proxy = await startLoopbackProxy(Number(new URL(server.syncUrl).port));
    closing.push(() => proxy.close());

    const seeding = connectToSharedWorkspace({ url: server.syncUrl, name: 'Seed', WebSocketPolyfill: WebSocket });
    closing.push(() => seeding.close());
    await seeding.whenLoaded(seeding.documents.index, 5_000);
    writeScenario(seeding.documents.scenario(PLAN_ID), null, loadFixture());
    addToIndex(seeding.documents.index, PLAN_ID);
    await whenStatus(seeding, allSaved);

    const anne = await openPlanner(`ws://127.0.0.1:${proxy.port}`, 'Anne');
    const ben = await openPlanner(server.syncUrl, 'Ben');
    const movable = openScenarioOf(anne.store)
      .esi.schedule.filter((entry) => entry.year !== '2003/04')
      .map((entry) => entry.areaId);
    const years: FinancialYear[] = ['2004/05', '2005/06'];
    // A fixed sequence, so that a failure can be replayed.
    let seed = 11;
    const next = (below: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % below;
    };

    proxy.cut();
    await whenStatus(anne.connection, (status) => status.connection !== 'connected');
    for (let edit = 0; edit < 1_000; edit += 1) {
      anne.store.getState().moveArea(movable[next(movable.length)] ?? 'norfolk', years[next(2)] ?? '2004/05');
      ben.store.getState().setLineHours('yot', 11_000 + next(500));
    }
    await whenStatus(ben.connection, allSaved);
    const annesSchedule = openScenarioOf(anne.store).esi.schedule;
    const bensLines = openScenarioOf(ben.store).lines;
    expect(anne.connection.status.get().waiting).toBeGreaterThan(0);

    proxy.restore();
    await whenStatus(anne.connection, allSaved);
    await vi.waitFor(() => expect(openScenarioOf(ben.store).esi.schedule).toEqual(annesSchedule), { timeout: 10_000 });

    const scenario = openScenarioOf(anne.store);
    expect(scenario.esi.schedule).toEqual(annesSchedule);
    expect(scenario.lines).toEqual(bensLines);
    expect(openScenarioOf(ben.store)).toEqual(scenario);
    const scheduled = scenario.esi.schedule.map((entry) => entry.areaId).sort();
    expect(scheduled).toEqual(scenario.esi.areas.map((area) => area.id).sort());
    expect(reportFor(scenario)).toEqual(evaluatePlan(scenario));
    expect(anne.connection.status.get().refused).toBeNull();

    // What the server saved is what a colleague opening now reads.
    const carol = await openPlanner(server.syncUrl, 'Carol');
    expect(openScenarioOf(carol.store)).toEqual(scenario);
  }, 60_000);
});
