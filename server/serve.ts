/**
 * `npm run serve`: the shared planner for a management group, on their own machine. Options by
 * flag or environment: --host / PLANNER_HOST (loopback unless given), --port / PLANNER_PORT, and
 * --data / PLANNER_DATA, the SQLite file the shared documents are kept in.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startPlannerServer } from './plannerServer';

const DEFAULTS = { host: '127.0.0.1', port: '4321', data: 'planner-data/planner.sqlite' };

function fail(message: string): never {
  console.error(`npm run serve: ${message}`);
  process.exit(2);
}

function readOptions() {
  let values: { host?: string; port?: string; data?: string };
  try {
    ({ values } = parseArgs({
      options: { host: { type: 'string' }, port: { type: 'string' }, data: { type: 'string' } },
    }));
  } catch (error) {
    fail(
      `${error instanceof Error ? error.message : String(error)}. Use --host ADDRESS, --port NUMBER and --data FILE.`,
    );
  }
  const host = values.host ?? process.env['PLANNER_HOST'] ?? DEFAULTS.host;
  const portText = values.port ?? process.env['PLANNER_PORT'] ?? DEFAULTS.port;
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port < 1 || port > 65_535)
    fail(`the port must be a whole number from 1 to 65535, not "${portText}".`);
  const databasePath = resolve(values.data ?? process.env['PLANNER_DATA'] ?? DEFAULTS.data);
  return { host, port, databasePath };
}

const { host, port, databasePath } = readOptions();
mkdirSync(dirname(databasePath), { recursive: true });
try {
  const server = await startPlannerServer({ host, port, databasePath, distDir: resolve('dist') });
  console.log(`Inspection Hours Planner, the group's shared workspace: ${server.url}/?shared`);
  console.log(`(the planner alone in a browser, as ever: ${server.url}/)`);
  console.log(`The shared documents are kept in ${databasePath}`);
  console.log(`Back it up while the server runs with: sqlite3 "${databasePath}" ".backup 'planner-backup.sqlite'"`);
  console.log('(or copy the file while the server is stopped). Ctrl+C stops the server.');
  const stop = () => void server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') fail(`port ${port} on ${host} is in use; choose another with --port.`);
  if (code === 'EADDRNOTAVAIL') fail(`this machine has no address ${host}; choose another with --host.`);
  fail(error instanceof Error ? error.message : String(error));
}
