/**
 * The shared planner as a browser runs it, in Node: a connection to a planner server (Node's
 * WebSocket from `ws`), a plan store over its documents and the binding between them. A test file
 * using it mocks y-indexeddb, as Node has no IndexedDB.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import WebSocket from 'ws';
import { startPlannerServer, type PlannerServerOptions } from '../../server/plannerServer';
import { createPlanStore, type PlanStore } from '../../src/store/planStore';
import { bindSharedWorkspace, readSharedWorkspace, type SharedBinding } from '../../src/store/sharedBinding';
import {
  connectToSharedWorkspace,
  type Credentials,
  type SharedConnection,
  type SharedStatus,
} from '../../src/sync/connection';
import { writeScenario } from '../../src/sync/scenarioDocument';
import { addToIndex } from '../../src/sync/workspaceIndex';
import { loadFixture } from './fixture';
import { countingIds } from './planStore';

export const PLAN_ID = 'plan-2004-05';

/** What a test closes at its end, the latest first. */
export type Closing = (() => unknown)[];

/** The list a test file's tests push what they open on; each test's are closed after it, the latest first. */
export function closedAfterEachTest(): Closing {
  const closing: Closing = [];
  afterEach(async () => {
    for (const close of closing.splice(0).reverse()) await close();
  });
  return closing;
}

export const allSaved = (status: SharedStatus) => status.connection === 'connected' && status.waiting === 0;

/** Resolves with the status once `check` holds of it. */
export function whenStatus(
  connection: SharedConnection,
  check: (status: SharedStatus) => boolean,
): Promise<SharedStatus> {
  return new Promise((resolve) => {
    const look = () => {
      if (!check(connection.status.get())) return;
      stop();
      resolve(connection.status.get());
    };
    const stop = connection.status.subscribe(look);
    look();
  });
}

/** A folder with a stand-in for the built planner, and the SQLite file's path in it. */
export function serverFolder(): { distDir: string; databasePath: string } {
  const folder = mkdtempSync(join(tmpdir(), 'planner-node-'));
  writeFileSync(join(folder, 'index.html'), '<!doctype html><title>Inspection Hours Planner</title>');
  return { distDir: folder, databasePath: join(folder, 'planner.sqlite') };
}

export async function startServer(
  closing: Closing,
  options: Pick<PlannerServerOptions, 'databasePath' | 'distDir' | 'redis' | 'membersPath' | 'trustHeader'>,
) {
  const server = await startPlannerServer({ host: '127.0.0.1', port: 0, ...options });
  closing.push(() => server.close());
  return server;
}

/** Puts the 2004/05 plan in the shared workspace at `url`, as the first browser to open it does. */
export async function seedWorkspace(
  closing: Closing,
  url: string,
  credentials: Credentials | null = null,
): Promise<void> {
  const seeding = connectToSharedWorkspace({ url, name: 'Seed', WebSocketPolyfill: WebSocket, credentials });
  closing.push(() => seeding.close());
  await seeding.whenLoaded(seeding.documents.index, 5_000);
  writeScenario(seeding.documents.scenario(PLAN_ID), null, loadFixture());
  addToIndex(seeding.documents.index, PLAN_ID);
  await whenStatus(seeding, allSaved);
}

/** A person's planner on the shared workspace at `url`, opened once the plan is there. */
export async function openPlanner(
  closing: Closing,
  url: string,
  name: string,
  credentials: Credentials | null = null,
): Promise<{ connection: SharedConnection; store: PlanStore; binding: SharedBinding }> {
  const connection = connectToSharedWorkspace({ url, name, WebSocketPolyfill: WebSocket, credentials });
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
  return { connection, store, binding };
}

/** Debian's redis-server on a free loopback port, keeping nothing on disk. */
export async function startRedis(closing: Closing): Promise<{ host: string; port: number }> {
  const port = await new Promise<number>((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  closing.push(
    () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill();
      }),
  );
  await new Promise<void>((resolve, reject) => {
    child.once('error', (error) =>
      reject(new Error(`redis-server cannot be started (apt-get install -y redis-server): ${error.message}`)),
    );
    child.once('exit', (code) => reject(new Error(`redis-server ended at once (exit code ${code})`)));
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Ready to accept connections')) resolve();
    });
  });
  return { host: '127.0.0.1', port };
}
