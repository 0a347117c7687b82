/**
 * The shared planner's server in a process of its own, as tests and `npm run bench:sync` need it:
 * a stop is then the process ending, connections and all, as when a machine's server stops.
 * Serves the built planner from DIST if given, else a stand-in from FOLDER (made if not given),
 * and keeps its SQLite file in FOLDER, on PORT (0: any free one). Prints "listening <ws url>" once ready, and its resident
 * memory in MB ("memory <MB>") each time a line arrives on stdin.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPlannerServer } from '../../server/plannerServer';

const folder = process.env['FOLDER'] ?? mkdtempSync(join(tmpdir(), 'planner-server-'));
const dist = process.env['DIST'];
if (!dist) writeFileSync(join(folder, 'index.html'), '<!doctype html><title>Inspection Hours Planner</title>');
const server = await startPlannerServer({
  host: '127.0.0.1',
  port: Number(process.env['PORT'] ?? 0),
  databasePath: join(folder, 'planner.sqlite'),
  distDir: dist ?? folder,
});
console.log(`listening ${server.syncUrl}`);
process.stdin.on('data', () => console.log(`memory ${(process.memoryUsage().rss / 1e6).toFixed(1)}`));
process.stdin.on('end', () => void server.close().then(() => process.exit(0)));
