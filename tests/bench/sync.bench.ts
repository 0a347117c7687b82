/**
 * `npm run bench:sync`: the shared workspace's server on loopback, in a process of its own, with 15 Node clients. Prints how
 * long an edit in one client takes to show in all the others (median and p95 against 50 and
 * 150 ms), how long two clients that made 1,000 edits each apart take to agree once they meet
 * (against 1 s), and the server's memory with 15 clients and 20 scenarios. A report, not a test:
 * it prints PASS or FAIL and the exit code stays 0.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { produce } from 'immer';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { Scenario } from '../../src/domain/types';
import { readScenario, writeScenario } from '../../src/sync/scenarioDocument';
import { loadFixture } from '../support/fixture';
import { startServerProcess } from '../support/serverProcess';
import { median, ms, quantile, verdict } from './stats';

const CLIENTS = 15;
const SCENARIOS = 20;
const ROUNDS = 50;
const OFFLINE_EDITS = 1_000;

const server = await startServerProcess();
const { url } = server;

interface Client {
  socket: HocuspocusProviderWebsocket;
  providers: HocuspocusProvider[];
  docs: Y.Doc[];
}

/** A client with its own socket, holding every scenario document. */
async function connectClient(): Promise<Client> {
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket });
  const docs = Array.from({ length: SCENARIOS }, () => new Y.Doc());
  const providers = docs.map(
    (document, index) => new HocuspocusProvider({ websocketProvider: socket, name: `scenario/${index}`, document }),
  );
  await Promise.all(
    providers.map((provider) => {
      const synced = new Promise<void>((resolve) => provider.on('synced', () => resolve()));
      provider.attach();
      return synced;
    }),
  );
  return { socket, providers, docs };
}

const budgetIn = (doc: Y.Doc) => {
  const read = readScenario(doc);
  return read.status === 'ok' ? read.scenario.budgetGBP.value : null;
};

/** Resolves when `check` holds of `doc`, at the time it first does. */
const whenHolds = (doc: Y.Doc, check: () => boolean) =>
  new Promise<number>((resolve) => {
    if (check()) return resolve(performance.now());
    const onUpdate = () => {
      if (!check()) return;
      doc.off('update', onUpdate);
      resolve(performance.now());
    };
    doc.on('update', onUpdate);
  });

const withBudget = (scenario: Scenario, gbp: number) =>
  produce(scenario, (draft) => {
    draft.budgetGBP.value = gbp;
  });

const clients = await Promise.all(Array.from({ length: CLIENTS }, connectClient));
const plan = loadFixture();
clients[0]!.docs.forEach((doc) => writeScenario(doc, null, plan));
await Promise.all(clients.flatMap((client) => client.docs.map((doc) => whenHolds(doc, () => budgetIn(doc) !== null))));
console.log(
  `Node ${process.version}; ${CLIENTS} clients, each holding ${SCENARIOS} scenario documents, on one loopback server.`,
);

// Live: an edit in one client, until all the others show it.
const latencies: number[] = [];
let shown = plan;
for (let round = 0; round < ROUNDS; round += 1) {
  const editor = clients[round % CLIENTS]!;
  const doc = editor.docs[0]!;
  const budget = 3_000_000 + round;
  const next = withBudget(shown, budget);
  const others = clients.filter((client) => client !== editor).map((client) => client.docs[0]!);
  const arrivals = others.map((other) => whenHolds(other, () => budgetIn(other) === budget));
  const start = performance.now();
  writeScenario(doc, shown, next);
  for (const arrived of await Promise.all(arrivals)) latencies.push(arrived - start);
  shown = next;
}
const p50 = median(latencies);
const p95 = quantile(latencies, 0.95);
console.log(`  an edit shown in the 14 other clients: median ${ms(p50)}   ${verdict(p50 <= 50)} (target ≤ 50 ms)`);
console.log(`                                         p95 ${ms(p95)}   ${verdict(p95 <= 150)} (target ≤ 150 ms)`);
console.log(
  `  server memory with ${CLIENTS} clients and ${SCENARIOS} scenarios: ${(await server.memory()).toFixed(1)} MB resident`,
);

// Offline: two clients make 1,000 edits each apart, then meet.
const [away, here] = [clients[1]!, clients[2]!];
away.providers[1]!.detach();
const areaIds = plan.esi.areas
  .map((area) => area.id)
  .filter((id) => plan.esi.schedule.find((entry) => entry.areaId === id && !entry.inspected));
const makeEdits = (doc: Y.Doc, seed: number) => {
  let current = readScenario(doc).status === 'ok' ? (readScenario(doc) as { scenario: Scenario }).scenario : plan;
  for (let edit = 0; edit < OFFLINE_EDITS; edit += 1) {
    const next = produce(current, (draft) => {
      const entry = draft.esi.schedule.find(
        (candidate) => candidate.areaId === areaIds[(edit * 7 + seed) % areaIds.length],
      );
      if (entry) entry.year = draft.esi.years[(edit + seed) % draft.esi.years.length]!;
      const line = draft.lines[(edit + seed) % draft.lines.length];
      if (line) line.hours = 1_000 + ((edit * 13 + seed) % 5_000);
    });
    writeScenario(doc, current, next);
    current = next;
  }
};
makeEdits(away.docs[1]!, 1);
// The connected client's edits go to the server one by one, each checked there; the merge is timed once they are all in.
const liveStart = performance.now();
makeEdits(here.docs[1]!, 2);
await new Promise<void>((resolve) => {
  const provider = here.providers[1]!;
  if (!provider.hasUnsyncedChanges) resolve();
  provider.on('unsyncedChanges', () => !provider.hasUnsyncedChanges && resolve());
});
const live = performance.now() - liveStart;
/** Both hold every change of the other: their state vectors, read as maps, are the same. */
const agreed = () => {
  const [mine, theirs] = [away, here].map((client) => Y.decodeStateVector(Y.encodeStateVector(client.docs[1]!)));
  return mine!.size === theirs!.size && [...mine!].every(([clientId, clock]) => theirs!.get(clientId) === clock);
};
const start = performance.now();
// Looked at after an update to either: the last update may reach one of them only.
const bothAgree = Promise.race([whenHolds(away.docs[1]!, agreed), whenHolds(here.docs[1]!, agreed)]);
away.providers[1]!.attach();
const merged = (await bothAgree) - start;
const same = JSON.stringify(readScenario(away.docs[1]!)) === JSON.stringify(readScenario(here.docs[1]!));
console.log(
  `  ${OFFLINE_EDITS.toLocaleString('en-GB')} edits made one after another by a connected client, all accepted by the server: ${ms(live)} (for information: each is checked on a copy of the document)`,
);
console.log(
  `  ${OFFLINE_EDITS.toLocaleString('en-GB')} edits made apart by each of two clients, merged once they meet: ${ms(merged)}   ${verdict(merged <= 1_000 && same)} (target ≤ 1 s; same scenario in both: ${same ? 'yes' : 'no'})`,
);

for (const client of clients) {
  client.providers.forEach((provider) => provider.destroy());
  client.socket.destroy();
}
await server.stop();
