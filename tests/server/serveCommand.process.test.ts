/** `npm run serve` as a group's administrator runs it: a real process, its printed addresses, its refusals. */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsx = join(root, 'node_modules/.bin/tsx');
const serve = join(root, 'server/serve.ts');
/** A folder to run in, with a stand-in for the built planner, as `npm run serve` leaves after its build. */
const workDir = mkdtempSync(join(tmpdir(), 'serve-command-'));
mkdirSync(join(workDir, 'dist'));
writeFileSync(join(workDir, 'dist/index.html'), '<!doctype html><title>Inspection Hours Planner</title>');

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** Starting tsx takes a second or so; allow for a slow machine. */
const PROCESS_TIMEOUT_MS = 30_000;

function serveOnce(...args: string[]) {
  const result = spawnSync(tsx, [serve, ...args], { cwd: workDir, encoding: 'utf8', timeout: PROCESS_TIMEOUT_MS });
  if (result.error) throw result.error;
  return result;
}

/** A port that was free a moment ago. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

describe('npm run serve (real process)', { timeout: PROCESS_TIMEOUT_MS * 2 }, () => {
  it('prints the shared address, where the data is kept and how to back it up, and stops on SIGTERM', async () => {
    const port = await freePort();
    const child = spawn(tsx, [serve, '--port', String(port), '--data', 'group/planner.sqlite'], { cwd: workDir });
    let printed = '';
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        printed += chunk.toString();
        // The members line is printed last, after the address and the backup advice.
        if (printed.includes('add NAME --role editor.')) resolve();
      });
      child.once('exit', (code) => reject(new Error(`serve ended (${code}) having printed: ${printed}`)));
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');

    expect(printed).toContain(`the group's shared workspace: http://127.0.0.1:${port}/?shared`);
    expect(printed).toContain(`The shared documents are kept in ${join(workDir, 'group/planner.sqlite')}`);
    expect(printed).toContain('.backup');
    expect(printed).toContain(
      `No members yet (${join(workDir, 'group/members.json')}): anyone who can reach this address may edit.`,
    );
    expect(await exited).toBe(0);
  });

  it('refuses a port that is not a port, saying which values it takes', () => {
    const { status, stderr } = serveOnce('--port', '80000');
    expect(status).toBe(2);
    expect(stderr).toBe('npm run serve: the port must be a whole number from 1 to 65535, not "80000".\n');
  });

  it('refuses an option it does not know, naming the ones it does', () => {
    const { status, stderr } = serveOnce('--colour', 'blue');
    expect(status).toBe(2);
    expect(stderr).toContain("Unknown option '--colour'");
    expect(stderr).toContain(
      'Use --host ADDRESS, --port NUMBER, --data FILE, --redis HOST:PORT, --members FILE and --trust-header NAME.',
    );
  });

  it('will not listen past loopback while no one is a member, saying how to add members', () => {
    const { status, stderr } = serveOnce('--host', '0.0.0.0', '--data', 'open/planner.sqlite');
    expect(status).toBe(2);
    expect(stderr).toBe(
      `npm run serve: ${join(workDir, 'open/members.json')} names no members, so anyone reaching 0.0.0.0 could edit the plan. Add members first (npm run members -- add NAME --role editor), or listen on 127.0.0.1.\n`,
    );
  });

  it('refuses a Redis address that is not HOST:PORT, with an example', () => {
    const { status, stderr } = serveOnce('--redis', 'localhost');
    expect(status).toBe(2);
    expect(stderr).toBe(
      'npm run serve: --redis must be HOST:PORT with a port from 1 to 65535 (e.g. 127.0.0.1:6379), not "localhost".\n',
    );
  });

  it('says when the port is in use, and how to choose another', async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const { port } = holder.address() as AddressInfo;
    try {
      const { status, stderr } = serveOnce('--port', String(port));
      expect(status).toBe(2);
      expect(stderr).toBe(`npm run serve: port ${port} on 127.0.0.1 is in use; choose another with --port.\n`);
    } finally {
      await new Promise((resolve) => holder.close(resolve));
    }
  });
});
