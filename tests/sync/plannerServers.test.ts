import { describe, expect, it, vi } from 'vitest';
import { startLoopbackProxy, type LoopbackProxy } from '../support/loopbackProxy';
import {
  allSaved,
  openPlanner,
  seedWorkspace,
  serverFolder,
  startRedis,
  startServer,
  whenStatus,
  closedAfterEachTest,
} from '../support/nodePlanner';
import { expectConvergedOn, openScenarioOf, thousandEditsEach } from '../support/planStore';

// Node has no IndexedDB: the connection goes on without an offline copy, as a browser refusing one does.
vi.mock('y-indexeddb', () => import('../support/withoutIndexedDb'));

const closing = closedAfterEachTest();

const portOf = (url: string) => Number(new URL(url).port);

/** A proxy in front of the server at `url`, through which Anne alone connects. */
async function proxyTo(url: string): Promise<LoopbackProxy> {
  const proxy = await startLoopbackProxy(portOf(url));
  closing.push(() => proxy.close());
  return proxy;
}

/** Two servers over one SQLite file, joined through Redis, as a group running more than one would. */
async function twoServers() {
  const folder = serverFolder();
  const redis = await startRedis(closing);
  const first = await startServer(closing, { ...folder, redis });
  const second = await startServer(closing, { ...folder, redis });
  return { first, second };
}

/**
 * Anne, behind a proxy the test cuts, moves Areas 1,000 times offline while Ben sets the YOT line's
 * hours 1,000 times; `meanwhile` runs before her connection returns. Both must then hold the same
 * scenario, each person's last word kept, and a third person opening then reads it too.
 */
async function mergeAfterOffline(
  proxy: LoopbackProxy,
  benUrl: string,
  meanwhile: () => Promise<void> = () => Promise.resolve(),
) {
  const anne = await openPlanner(closing, `ws://127.0.0.1:${proxy.port}`, 'Anne');
  const ben = await openPlanner(closing, benUrl, 'Ben');

  proxy.cut();
  await whenStatus(anne.connection, (status) => status.connection !== 'connected');
  const lastWords = thousandEditsEach(anne.store, ben.store, 11);
  await whenStatus(ben.connection, allSaved);
  expect(anne.connection.status.get().waiting).toBeGreaterThan(0);

  await meanwhile();
  proxy.restore();
  await whenStatus(anne.connection, allSaved);
  await vi.waitFor(() => expect(openScenarioOf(ben.store).esi.schedule).toEqual(lastWords.schedule), {
    timeout: 10_000,
  });
  expectConvergedOn(lastWords, anne.store, ben.store);
  expect(anne.connection.status.get().refused).toBeNull();

  // What the server saved is what a colleague opening now reads.
  const carol = await openPlanner(closing, benUrl, 'Carol');
  expect(openScenarioOf(carol.store)).toEqual(openScenarioOf(anne.store));
}

describe('offline edits through the planner server', () => {
  it('merges 1,000 edits made offline with 1,000 a colleague made, each person’s last word kept', async () => {
    const server = await startServer(closing, serverFolder());
    await seedWorkspace(closing, server.syncUrl);
    await mergeAfterOffline(await proxyTo(server.syncUrl), server.syncUrl);
  }, 60_000);
});

describe('who is here, through the planner server', () => {
  it('shows each person the other again once a lost connection returns', async () => {
    const server = await startServer(closing, serverFolder());
    await seedWorkspace(closing, server.syncUrl);
    const proxy = await proxyTo(server.syncUrl);
    const anne = await openPlanner(closing, `ws://127.0.0.1:${proxy.port}`, 'Anne');
    const ben = await openPlanner(closing, server.syncUrl, 'Ben');
    await vi.waitFor(() => expect(anne.connection.status.get().others).toContain('Ben'), { timeout: 10_000 });

    proxy.cut();
    await whenStatus(anne.connection, (status) => status.connection !== 'connected');
    await vi.waitFor(() => expect(ben.connection.status.get().others).not.toContain('Anne'), { timeout: 10_000 });
    expect(anne.connection.status.get().others).toEqual([]);
    proxy.restore();

    await vi.waitFor(() => expect(anne.connection.status.get().others).toContain('Ben'), { timeout: 10_000 });
    await vi.waitFor(() => expect(ben.connection.status.get().others).toContain('Anne'), { timeout: 10_000 });
  }, 60_000);
});

describe('two planner servers joined through Redis', () => {
  it('shows an edit made on one server in a browser on the other, with who is here', async () => {
    const { first, second } = await twoServers();
    await seedWorkspace(closing, first.syncUrl);
    const anne = await openPlanner(closing, first.syncUrl, 'Anne');
    const ben = await openPlanner(closing, second.syncUrl, 'Ben');

    anne.store.getState().setBudget(3_100_000);
    await vi.waitFor(() => expect(openScenarioOf(ben.store).budgetGBP.value).toBe(3_100_000), { timeout: 10_000 });
    expect(openScenarioOf(ben.store).budgetGBP.source).toEqual(openScenarioOf(anne.store).budgetGBP.source);
    await vi.waitFor(() => expect(ben.connection.status.get().others).toContain('Anne'), { timeout: 10_000 });
  }, 60_000);

  it('merges offline edits after the server a browser was on has stopped, through the other', async () => {
    const { first, second } = await twoServers();
    await seedWorkspace(closing, first.syncUrl);
    const proxy = await proxyTo(first.syncUrl);
    // The server Anne was on stops; her connection returns through the other, as behind a load balancer.
    await mergeAfterOffline(proxy, second.syncUrl, async () => {
      await first.close();
      proxy.retarget(portOf(second.syncUrl));
    });
  }, 60_000);
});
