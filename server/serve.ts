/**
 * `npm run serve`: the shared planner for a management group, on their own machine. Options by
 * flag or environment: --host / PLANNER_HOST (loopback unless given), --port / PLANNER_PORT, and
 * --data / PLANNER_DATA, the SQLite file the shared documents are kept in, and --redis /
 * PLANNER_REDIS (HOST:PORT) to join other servers over the same file through Redis.
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
  let values: { host?: string; port?: string; data?: string; redis?: string };
  try {
    ({ values } = parseArgs({
      options: {
        host: { type: 'string' },
        port: { type: 'string' },
        data: { type: 'string' },
        redis: { type: 'string' },
      },
    }));
  } catch (error) {
    fail(
      `${error instanceof Error ? error.message : String(error)}. Use --host ADDRESS, --port NUMBER, --data FILE and --redis HOST:PORT.`,
    );
  }
  const host = values.host ?? process.env['PLANNER_HOST'] ?? DEFAULTS.host;
  const portText = values.port ?? process.env['PLANNER_PORT'] ?? DEFAULTS.port;
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port < 1 || port > 65_535)
    fail(`the port must be a whole number from 1 to 65535, not "${portText}".`);
  const databasePath = resolve(values.data ?? process.env['PLANNER_DATA'] ?? DEFAULTS.data);
  const redisText = values.redis ?? process.env['PLANNER_REDIS'];
  return { host, port, databasePath, redis: redisText === undefined ? undefined : readRedis(redisText) };
}

function readRedis(text: string): { host: string; port: number } {
  const found = /^(.+):(\d+)$/.exec(text);
  const port = Number(found?.[2]);
  if (!found?.[1] || port < 1 || port > 65_535)
    fail(`--redis must be HOST:PORT with a port from 1 to 65535 (e.g. 127.0.0.1:6379), not "${text}".`);
  return { host: found[1], port };
}

const { host, port, databasePath, redis } = readOptions();
mkdirSync(dirname(databasePath), { recursive: true });
try {
  const server = await startPlannerServer({ host, port, databasePath, distDir: resolve('dist'), redis });
  console.log(`Inspection Hours Planner, the group's shared workspace: ${server.url}/?shared`);
  console.log(`(the planner alone in a browser, as ever: ${server.url}/)`);
  console.log(`The shared documents are kept in ${databasePath}`);
  console.log(`Back it up while the server runs with: sqlite3 "${databasePath}" ".backup 'planner-backup.sqlite'"`);
  console.log('(or copy the file while the server is stopped). Ctrl+C stops the server.');
  if (redis) console.log(`Joined through Redis at ${redis.host}:${redis.port} to the other servers over this file.`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') fail(`port ${port} on ${host} is in use; choose another with --port.`);
  if (code === 'EADDRNOTAVAIL') fail(`this machine has no address ${host}; choose another with --host.`);
  fail(error instanceof Error ? error.message : String(error));
}
