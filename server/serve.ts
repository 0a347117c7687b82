/**
 * `npm run serve`: the shared planner for a management group, on their own machine. Options by
 * flag or environment: --host / PLANNER_HOST (loopback unless given), --port / PLANNER_PORT, and
 * --data / PLANNER_DATA, the SQLite file the shared documents are kept in, and --redis /
 * PLANNER_REDIS (HOST:PORT) to join other servers over the same file through Redis, --members /
 * PLANNER_MEMBERS, the members file (`npm run members`), and --trust-header / PLANNER_TRUST_HEADER,
 * a reverse proxy's header naming the signed-in member.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readMembers } from './members';
import { DEFAULT_DATABASE_PATH, membersPathBeside } from './paths';
import { startPlannerServer } from './plannerServer';

const DEFAULTS = { host: '127.0.0.1', port: '4321' };
const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

function fail(message: string): never {
  console.error(`npm run serve: ${message}`);
  process.exit(2);
}

function readOptions() {
  let values: {
    host?: string;
    port?: string;
    data?: string;
    redis?: string;
    members?: string;
    'trust-header'?: string;
  };
  try {
    ({ values } = parseArgs({
      options: {
        host: { type: 'string' },
        port: { type: 'string' },
        data: { type: 'string' },
        redis: { type: 'string' },
        members: { type: 'string' },
        'trust-header': { type: 'string' },
      },
    }));
  } catch (error) {
    fail(
      `${error instanceof Error ? error.message : String(error)}. Use --host ADDRESS, --port NUMBER, --data FILE, --redis HOST:PORT, --members FILE and --trust-header NAME.`,
    );
  }
  const host = values.host ?? process.env['PLANNER_HOST'] ?? DEFAULTS.host;
  const portText = values.port ?? process.env['PLANNER_PORT'] ?? DEFAULTS.port;
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port < 1 || port > 65_535)
    fail(`the port must be a whole number from 1 to 65535, not "${portText}".`);
  const databasePath = resolve(values.data ?? process.env['PLANNER_DATA'] ?? DEFAULT_DATABASE_PATH);
  const redisText = values.redis ?? process.env['PLANNER_REDIS'];
  const membersPath = resolve(values.members ?? process.env['PLANNER_MEMBERS'] ?? membersPathBeside(databasePath));
  const trustHeader = values['trust-header'] ?? process.env['PLANNER_TRUST_HEADER'];
  if (trustHeader !== undefined && !/^[A-Za-z0-9-]+$/.test(trustHeader))
    fail(`--trust-header must be a header's name (letters, digits and hyphens), not "${trustHeader}".`);
  return {
    host,
    port,
    databasePath,
    membersPath,
    trustHeader,
    redis: redisText === undefined ? undefined : readRedis(redisText),
  };
}

function readRedis(text: string): { host: string; port: number } {
  const found = /^(.+):(\d+)$/.exec(text);
  const port = Number(found?.[2]);
  if (!found?.[1] || port < 1 || port > 65_535)
    fail(`--redis must be HOST:PORT with a port from 1 to 65535 (e.g. 127.0.0.1:6379), not "${text}".`);
  return { host: found[1], port };
}

const { host, port, databasePath, membersPath, trustHeader, redis } = readOptions();
mkdirSync(dirname(databasePath), { recursive: true });
try {
  const members = readMembers(membersPath);
  // On loopback only this machine's users reach the planner; past it, the network would, unchecked.
  if (members.length === 0 && trustHeader === undefined && !LOOPBACK.has(host))
    fail(
      `${membersPath} names no members, so anyone reaching ${host} could edit the plan. Add members first (npm run members -- add NAME --role editor), or listen on 127.0.0.1.`,
    );
  const server = await startPlannerServer({
    host,
    port,
    databasePath,
    membersPath,
    trustHeader,
    distDir: resolve('dist'),
    redis,
  });
  console.log(`Inspection Hours Planner, the group's shared workspace: ${server.url}/?shared`);
  console.log(`(the planner alone in a browser, as ever: ${server.url}/)`);
  console.log(`The shared documents are kept in ${databasePath}`);
  console.log(`Back it up while the server runs with: sqlite3 "${databasePath}" ".backup 'planner-backup.sqlite'"`);
  console.log('(or copy the file while the server is stopped). Ctrl+C stops the server.');
  console.log(
    trustHeader !== undefined
      ? `Members are named by the ${trustHeader} header of the reverse proxy in front; roles are in ${membersPath}.`
      : members.length === 0
        ? `No members yet (${membersPath}): anyone who can reach this address may edit. Add them with npm run members -- add NAME --role editor.`
        : `Only the ${members.length === 1 ? 'one member' : `${members.length} members`} in ${membersPath} may sign in (npm run members -- list).`,
  );
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
