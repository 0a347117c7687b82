/**
 * The shared planner's server in a process of its own, for `npm run bench:sync`: it prints
 * "listening <url>" once ready, and its resident memory in MB each time a line arrives on stdin.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPlannerServer } from '../../server/plannerServer';

const folder = mkdtempSync(join(tmpdir(), 'bench-sync-'));
writeFileSync(join(folder, 'index.html'), '<!doctype html><title>Inspection Hours Planner</title>');
const server = await startPlannerServer({
  host: '127.0.0.1',
  port: 0,
  databasePath: join(folder, 'planner.sqlite'),
  distDir: folder,
});
console.log(`listening ${server.syncUrl}`);
process.stdin.on('data', () => {
  globalThis.gc?.();
  console.log(`memory ${(process.memoryUsage().rss / 1e6).toFixed(1)}`);
});
process.stdin.on('end', () => void server.close().then(() => process.exit(0)));
