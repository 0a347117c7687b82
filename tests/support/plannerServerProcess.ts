/**
 * The shared planner's server in a process of its own, as tests and `npm run bench:sync` need it:
 * a stop is then the process ending, connections and all, as when a machine's server stops.
 * Serves the built planner from DIST if given, else a stand-in from FOLDER (made if not given),
 * and keeps its SQLite file in FOLDER, on PORT (0: any free one). Prints "listening <ws url>" once ready. On stdin,
 * "disk full" makes its writes fail as SQLite's do on a full disk and "disk ok" ends that (each answered "disk <state>");
 * any other line is answered with its resident memory in MB ("memory <MB>").
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { startPlannerServer } from '../../server/plannerServer';

const folder = process.env['FOLDER'] ?? mkdtempSync(join(tmpdir(), 'planner-server-'));
const dist = process.env['DIST'];
let diskFull = false;
if (!dist) writeFileSync(join(folder, 'index.html'), '<!doctype html><title>Inspection Hours Planner</title>');
const server = await startPlannerServer({
  host: '127.0.0.1',
  port: Number(process.env['PORT'] ?? 0),
  databasePath: join(folder, 'planner.sqlite'),
  distDir: dist ?? folder,
  wrapStorage: (storage) => ({
    add: (changes) => {
      if (diskFull) throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
      storage.add(changes);
    },
  }),
});
console.log(`listening ${server.syncUrl}`);
const commands = createInterface({ input: process.stdin });
commands.on('line', (line) => {
  const disk = /^disk (full|ok)$/.exec(line)?.[1];
  if (disk === undefined) return console.log(`memory ${(process.memoryUsage().rss / 1e6).toFixed(1)}`);
  diskFull = disk === 'full';
  console.log(`disk ${disk}`);
});
commands.on('close', () => void server.close().then(() => process.exit(0)));
