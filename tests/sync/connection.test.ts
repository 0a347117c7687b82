import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { produce } from 'immer';
import { describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import type { DocumentStorage } from '../../server/documentStorage';
import { startPlannerServer } from '../../server/plannerServer';
import { connectToSharedWorkspace, type SharedConnection } from '../../src/sync/connection';
import { readScenario, writeScenario } from '../../src/sync/scenarioDocument';
import { loadFixture } from '../support/fixture';
import { closedAfterEachTest, whenStatus } from '../support/nodePlanner';

// Node has no IndexedDB: the connection goes on without an offline copy, as a browser refusing one does.
vi.mock('y-indexeddb', () => import('../support/withoutIndexedDb'));

const closing = closedAfterEachTest();

/** A planner server whose SQLite writes fail, as a full disk's do, while `fault` is set. */
async function serverWithFailingStorage() {
  const folder = mkdtempSync(join(tmpdir(), 'planner-connection-'));
  writeFileSync(join(folder, 'index.html'), '<!doctype html><title>Inspection Hours Planner</title>');
  const control = { fault: null as Error | null };
  const server = await startPlannerServer({
    host: '127.0.0.1',
    port: 0,
    databasePath: join(folder, 'planner.sqlite'),
    distDir: folder,
    wrapStorage: (storage: DocumentStorage) => ({
      add: (changes) => {
        if (control.fault) throw control.fault;
        storage.add(changes);
      },
    }),
  });
  closing.push(() => server.close());
  return { server, control };
}

function connect(url: string): SharedConnection {
  const connection = connectToSharedWorkspace({ url, name: 'Anne', WebSocketPolyfill: WebSocket, sendAgainMs: 200 });
  closing.push(() => connection.close());
  return connection;
}

describe('the shared workspace connection', () => {
  it('keeps changes the server cannot save waiting, says why, and sends them again until they are saved', async () => {
    const { server, control } = await serverWithFailingStorage();
    const anne = connect(server.syncUrl);
    const doc = anne.documents.scenario('2004-05-plan');
    await anne.whenLoaded(doc, 5_000);
    const plan = loadFixture();
    writeScenario(doc, null, plan);
    await whenStatus(anne, (status) => status.connection === 'connected' && status.waiting === 0);

    control.fault = Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    let edited = plan;
    for (const budget of [3_300_000, 3_360_000]) {
      const next = produce(edited, (draft) => void (draft.budgetGBP.value = budget));
      writeScenario(doc, edited, next);
      edited = next;
    }
    const waiting = await whenStatus(anne, (status) => status.cannotSave !== null);
    expect(waiting.cannotSave).toBe('its disk is full');
    expect(waiting.refused).toBeNull();
    expect(waiting.waiting).toBe(2);
    // Sent again while the disk is still full, they are refused again and still wait.
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(anne.status.get()).toMatchObject({ cannotSave: 'its disk is full', waiting: 2 });

    control.fault = null;
    await whenStatus(anne, (status) => status.waiting === 0);
    expect(anne.status.get().cannotSave).toBeNull();
    const ben = connect(server.syncUrl);
    const bens = ben.documents.scenario('2004-05-plan');
    await ben.whenLoaded(bens, 5_000);
    const read = readScenario(bens);
    expect(read.status === 'ok' && read.scenario.budgetGBP.value).toBe(3_360_000);
  });
});
