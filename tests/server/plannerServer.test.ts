import { decisionLogDocumentName, readDecisionLog } from '../../src/sync/decisionLogDocument';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { produce } from 'immer';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { storageProblem, type DocumentStorage } from '../../server/documentStorage';
import { startPlannerServer, type PlannerServer } from '../../server/plannerServer';
import { readScenario, writeScenario } from '../../src/sync/scenarioDocument';
import { sendAgain } from '../../src/sync/sendAgain';
import { addToIndex, INDEX_DOCUMENT, readIndex } from '../../src/sync/workspaceIndex';
import { loadFixture } from '../support/fixture';
import { startServerProcess, type ServerProcess } from '../support/serverProcess';

const DOCUMENT = 'scenario/2004-05-plan';

/** A folder holding a stand-in for the built planner, and where the SQLite file goes. */
function serverFolder() {
  const folder = mkdtempSync(join(tmpdir(), 'planner-server-'));
  writeFileSync(join(folder, 'index.html'), '<!doctype html><title>Inspection Hours Planner</title>');
  return { distDir: folder, databasePath: join(folder, 'planner.sqlite') };
}

const opened: { close: () => unknown }[] = [];
afterEach(async () => {
  for (const item of opened.splice(0).reverse()) await item.close();
});

async function start(
  folder: ReturnType<typeof serverFolder>,
  port = 0,
  wrapStorage?: (storage: DocumentStorage) => DocumentStorage,
): Promise<PlannerServer> {
  const server = await startPlannerServer({ host: '127.0.0.1', port, ...folder, wrapStorage });
  opened.push(server);
  return server;
}

/** A Node client of the sync endpoint, holding `doc`; resolves once it has synced with the server. */
async function connect(server: PlannerServer | ServerProcess, doc = new Y.Doc(), name = DOCUMENT) {
  const url = 'syncUrl' in server ? server.syncUrl : server.url;
  const websocketProvider = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket });
  const provider = new HocuspocusProvider({ websocketProvider, name, document: doc });
  opened.push({ close: () => (provider.destroy(), websocketProvider.destroy()) });
  const synced = new Promise<void>((resolve) => provider.on('synced', () => resolve()));
  // A provider given a shared socket starts only when attached to it.
  provider.attach();
  await synced;
  return { doc, provider };
}

/** Resolves once `check` holds of `doc`, looked at after each update. */
function whenDocument(doc: Y.Doc, check: (doc: Y.Doc) => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (check(doc)) return resolve();
    const onUpdate = () => {
      if (!check(doc)) return;
      doc.off('update', onUpdate);
      resolve();
    };
    doc.on('update', onUpdate);
  });
}

/** The reason the server gives when it next closes the provider's document. */
function whenClosed(provider: HocuspocusProvider): Promise<string> {
  return new Promise((resolve) =>
    provider.on('close', ({ event }: { event: { reason: string } }) => resolve(event.reason)),
  );
}

/** A storage that fails as SQLite does while `fault` holds an error, and writes through otherwise. */
function failingStorage() {
  const control: { fault: Error | null; wrap: (storage: DocumentStorage) => DocumentStorage } = {
    fault: null,
    wrap: (storage) => ({
      add: (changes) => {
        if (control.fault) throw control.fault;
        storage.add(changes);
      },
    }),
  };
  return control;
}

/** An error as better-sqlite3 throws it, with SQLite's code. */
const sqliteError = (code: string, message: string) => Object.assign(new Error(message), { code });

/** Resolves once the server has acknowledged every change the provider sent. */
function whenSaved(provider: HocuspocusProvider): Promise<void> {
  return new Promise((resolve) => {
    if (!provider.hasUnsyncedChanges) resolve();
    provider.on('unsyncedChanges', () => !provider.hasUnsyncedChanges && resolve());
  });
}

const budgetIn = (doc: Y.Doc) => {
  const read = readScenario(doc);
  return read.status === 'ok' ? read.scenario.budgetGBP.value : null;
};

describe('the shared planner server', () => {
  it('serves the built planner and relays an edit from one client to another', async () => {
    const server = await start(serverFolder());
    const page = await fetch(`${server.url}/`);
    expect(await page.text()).toContain('Inspection Hours Planner');

    const first = await connect(server);
    const second = await connect(server);
    const plan = loadFixture();
    writeScenario(first.doc, null, plan);
    writeScenario(
      first.doc,
      plan,
      produce(plan, (draft) => {
        draft.budgetGBP.value = 3_360_000;
      }),
    );
    await whenDocument(second.doc, (doc) => budgetIn(doc) === 3_360_000);
    expect(budgetIn(second.doc)).toBe(3_360_000);
  });

  it('keeps the documents in its SQLite file across a restart', async () => {
    const folder = serverFolder();
    const server = await start(folder);
    const writer = await connect(server);
    writeScenario(writer.doc, null, loadFixture());
    await whenSaved(writer.provider);
    await opened.pop()?.close();
    await opened.pop()?.close();

    const restarted = await start(folder);
    const reader = await connect(restarted);
    await whenDocument(reader.doc, (doc) => budgetIn(doc) !== null);
    expect(readScenario(reader.doc)).toEqual({ status: 'ok', scenario: loadFixture() });
  });

  it('refuses a change that would leave the scenario invalid, tells the sender, and keeps the document as it was', async () => {
    const server = await start(serverFolder());
    const writer = await connect(server);
    writeScenario(writer.doc, null, loadFixture());
    const other = await connect(server);
    await whenDocument(other.doc, (doc) => budgetIn(doc) === 3_200_000);

    const told = whenClosed(other.provider);
    (other.doc.getMap('scenario').get('budgetGBP') as Y.Map<unknown>).set('value', -5);
    expect(await told).toBe(
      'The server refused a change: The change would leave the scenario invalid: scenario.budgetGBP.value: must be zero or more, got -5',
    );

    const fresh = await connect(server);
    expect(budgetIn(fresh.doc)).toBe(3_200_000);
    expect(budgetIn(writer.doc)).toBe(3_200_000);
  });

  it('refuses a change to the workspace’s index that names a scenario by an id it cannot have', async () => {
    const server = await start(serverFolder());
    const writer = await connect(server, new Y.Doc(), INDEX_DOCUMENT);
    addToIndex(writer.doc, 'plan-1');
    await whenSaved(writer.provider);

    const told = whenClosed(writer.provider);
    writer.doc.getMap('scenarios').set('../plan', 2);
    expect(await told).toBe(
      'The server refused a change: "../plan" cannot be a scenario\'s id in the shared workspace.',
    );

    const fresh = await connect(server, new Y.Doc(), INDEX_DOCUMENT);
    expect(readIndex(fresh.doc)).toEqual(['plan-1']);
  });

  it('refuses a change it cannot save, naming the problem, and takes it, logged once, when sent again once storage works', async () => {
    const folder = serverFolder();
    const storage = failingStorage();
    const server = await start(folder, 0, storage.wrap);
    const writer = await connect(server);
    const plan = loadFixture();
    writeScenario(writer.doc, null, plan);
    await whenSaved(writer.provider);
    const colleague = await connect(server);

    storage.fault = sqliteError('SQLITE_FULL', 'database or disk is full');
    const told = whenClosed(writer.provider);
    writeScenario(
      writer.doc,
      plan,
      produce(plan, (draft) => void (draft.budgetGBP.value = 3_360_000)),
    );
    expect(await told).toBe('The server cannot save changes just now: its disk is full');
    expect(writer.provider.hasUnsyncedChanges).toBe(true);
    // The server holds what it last saved: a browser opening the scenario now, with nothing new of
    // its own, is not refused and reads the budget before the change; the colleague never had it.
    const meanwhile = await connect(server);
    expect(budgetIn(meanwhile.doc)).toBe(3_200_000);
    expect(budgetIn(colleague.doc)).toBe(3_200_000);
    expect(budgetIn(writer.doc)).toBe(3_360_000);

    storage.fault = null;
    await sendAgain(writer.provider);
    await whenSaved(writer.provider);
    await whenDocument(colleague.doc, (doc) => budgetIn(doc) === 3_360_000);
    for (const item of opened.splice(0).reverse()) await item.close();

    const restarted = await start(folder);
    const reader = await connect(restarted);
    expect(budgetIn(reader.doc)).toBe(3_360_000);
    // The refused change left no entry in the log; the one sent again made one.
    const log = await connect(restarted, new Y.Doc(), decisionLogDocumentName('2004-05-plan'));
    expect(readDecisionLog(log.doc).map(({ label, before, after }) => [label, before, after])).toEqual([
      ['Changed the budget', '£3,200,000', '£3,360,000'],
    ]);
  });

  it('says a locked or read-only database file is the problem, and gives any other error’s words', () => {
    expect(storageProblem(sqliteError('SQLITE_BUSY', 'database is locked'))).toBe(
      'its database file is locked by another program',
    );
    expect(storageProblem(sqliteError('SQLITE_READONLY', 'attempt to write a readonly database'))).toBe(
      'its database file cannot be written to (it is read-only)',
    );
    expect(storageProblem(sqliteError('SQLITE_IOERR_WRITE', 'disk I/O error'))).toBe('its disk cannot be written to');
    expect(storageProblem(new Error('no such table: documents'))).toBe(
      'its database cannot be written to (no such table: documents)',
    );
  });

  it('opens no document that is neither the index nor a scenario', async () => {
    const server = await start(serverFolder());
    const websocketProvider = new HocuspocusProviderWebsocket({ url: server.syncUrl, WebSocketPolyfill: WebSocket });
    const provider = new HocuspocusProvider({ websocketProvider, name: 'notes', document: new Y.Doc() });
    opened.push({ close: () => (provider.destroy(), websocketProvider.destroy()) });
    // Refused before any data is sent: the provider hears it as a failed sign-in, with the reason.
    const told = new Promise<string>((resolve) =>
      provider.on('authenticationFailed', ({ reason }: { reason: string }) => resolve(reason)),
    );
    provider.attach();
    expect(await told).toBe('The shared workspace has no document "notes".');
    expect(provider.isSynced).toBe(false);
  });

  it('loses no edit from either client when the server process dies mid-edit and is started again', async () => {
    const folder = serverFolder();
    const server = await startServerProcess({ folder: folder.distDir });
    opened.push({ close: () => server.kill() });
    const first = await connect(server);
    const second = await connect(server);
    const plan = loadFixture();
    writeScenario(first.doc, null, plan);
    await whenDocument(second.doc, (doc) => budgetIn(doc) === 3_200_000);
    await whenSaved(first.provider);

    await server.kill();
    // While the server is down each keeps working on what it has.
    writeScenario(
      first.doc,
      plan,
      produce(plan, (draft) => void (draft.budgetGBP.value = 3_100_000)),
    );
    writeScenario(
      second.doc,
      plan,
      produce(plan, (draft) => {
        const norfolk = draft.esi.schedule.find((entry) => entry.areaId === 'norfolk');
        if (norfolk) norfolk.year = '2005/06';
      }),
    );
    const restarted = await startServerProcess({ folder: folder.distDir, port: server.port });
    opened.push({ close: () => restarted.stop() });

    const bothEdits = (doc: Y.Doc) => {
      const read = readScenario(doc);
      return (
        read.status === 'ok' &&
        read.scenario.budgetGBP.value === 3_100_000 &&
        read.scenario.esi.schedule.find((entry) => entry.areaId === 'norfolk')?.year === '2005/06'
      );
    };
    await Promise.all([whenDocument(first.doc, bothEdits), whenDocument(second.doc, bothEdits)]);
    const fresh = await connect(restarted);
    expect(bothEdits(fresh.doc)).toBe(true);
  });
});
