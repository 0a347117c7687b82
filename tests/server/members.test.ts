import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { MAX_MESSAGE_BYTES } from '../../server/plannerServer';
import { memberWithSecret, readMembers, writeMembers, type Member } from '../../server/members';
import { NOT_A_MEMBER, SIGN_IN_NEEDED, TOO_MANY_ATTEMPTS } from '../../server/signIn';
import { connectToSharedWorkspace, type Credentials } from '../../src/sync/connection';
import { readScenario } from '../../src/sync/scenarioDocument';
import { readIndex } from '../../src/sync/workspaceIndex';
import {
  allSaved,
  openPlanner,
  PLAN_ID,
  seedWorkspace,
  serverFolder,
  startServer,
  whenStatus,
  closedAfterEachTest,
} from '../support/nodePlanner';
import { openScenarioOf } from '../support/planStore';
import { closeCodeAfterSending, openSocket, signInByHand } from '../support/rawSocket';

// Node has no IndexedDB: the connection goes on without an offline copy, as a browser refusing one does.
vi.mock('y-indexeddb', () => import('../support/withoutIndexedDb'));

const closing = closedAfterEachTest();

const ANNE: Credentials = { name: 'Anne Smith', secret: 'anne-secret-for-tests' };
const VICTOR: Credentials = { name: 'Victor Jones', secret: 'victor-secret-for-tests' };

/** A server whose members file names Anne, an editor, and Victor, a viewer, with the 2004/05 plan in it. */
async function membersServer(options: { trustHeader?: string } = {}) {
  const folder = serverFolder();
  const membersPath = join(folder.distDir, 'members.json');
  const members: Member[] = [
    await memberWithSecret(ANNE.name, 'editor', ANNE.secret),
    await memberWithSecret(VICTOR.name, 'viewer', VICTOR.secret),
  ];
  writeMembers(membersPath, members);
  const server = await startServer(closing, { ...folder, membersPath, ...options });
  if (!options.trustHeader) await seedWorkspace(closing, server.syncUrl, ANNE);
  return { server, folder, membersPath, members };
}

/** A connection that is refused: it must be told why, and be sent nothing of the workspace. */
async function refusedWith(url: string, credentials: Credentials | null) {
  const connection = connectToSharedWorkspace({ url, name: 'Someone', WebSocketPolyfill: WebSocket, credentials });
  closing.push(() => connection.close());
  const { fromServer } = await connection.whenLoaded(connection.documents.index, 5_000);
  return { fromServer, connection, status: connection.status.get() };
}

describe('the planner server with members', () => {
  it('keeps the secrets only as scrypt hashes in the members file', async () => {
    const { membersPath } = await membersServer();
    const kept = JSON.stringify(readMembers(membersPath));
    expect(kept).not.toContain(ANNE.secret);
    expect(readMembers(membersPath).map(({ name, role }) => `${name} ${role}`)).toEqual([
      'Anne Smith editor',
      'Victor Jones viewer',
    ]);
  });

  it('lets a member in with their name and secret, the name matched without regard to case', async () => {
    const { server } = await membersServer();
    const anne = await openPlanner(closing, server.syncUrl, 'Anne', { ...ANNE, name: ' anne smith ' });
    expect(anne.connection.status.get()).toMatchObject({ role: 'editor', signInProblem: null });
    // The report's £3.2 million (§1.30), read from the server.
    expect(openScenarioOf(anne.store).budgetGBP.value).toBe(3_200_000);
  });

  it('refuses a connection with no sign-in before sending any of the workspace', async () => {
    const { server } = await membersServer();
    const { fromServer, connection, status } = await refusedWith(server.syncUrl, null);
    expect(status.signInProblem).toBe(SIGN_IN_NEEDED);
    expect(fromServer).toBe(false);
    expect(readIndex(connection.documents.index)).toEqual([]);
  });

  it('refuses a wrong secret, and an unknown name, with the same words', async () => {
    const { server } = await membersServer();
    for (const wrong of [
      { ...ANNE, secret: 'not-her-secret' },
      { name: 'Mallory', secret: ANNE.secret },
    ]) {
      const { fromServer, connection, status } = await refusedWith(server.syncUrl, wrong);
      expect(status.signInProblem).toBe(NOT_A_MEMBER);
      expect(fromServer).toBe(false);
      expect(readScenario(connection.documents.scenario(PLAN_ID)).status).toBe('empty');
    }
  });

  it('closes a removed member’s connection at once and refuses their secret afterwards', async () => {
    const { server, membersPath, members } = await membersServer();
    const anne = await openPlanner(closing, server.syncUrl, 'Anne', ANNE);
    writeMembers(
      membersPath,
      members.filter((member) => member.name !== ANNE.name),
    );
    const status = await whenStatus(anne.connection, (now) => now.signInProblem !== null);
    expect(status.signInProblem).toBe(NOT_A_MEMBER);
    expect((await refusedWith(server.syncUrl, ANNE)).status.signInProblem).toBe(NOT_A_MEMBER);
  });

  it('makes an editor made a viewer read-only on their open connection', async () => {
    const { server, membersPath, members } = await membersServer();
    const anne = await openPlanner(closing, server.syncUrl, 'Anne', ANNE);
    writeMembers(
      membersPath,
      members.map((member) => (member.name === ANNE.name ? { ...member, role: 'viewer' } : member)),
    );
    await whenStatus(anne.connection, (now) => now.role === 'viewer' && now.connection === 'connected');
    anne.store.getState().setBudget(3_000_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const reader = await openPlanner(closing, server.syncUrl, 'Reader', VICTOR);
    expect(openScenarioOf(reader.store).budgetGBP.value).toBe(3_200_000);
  });

  it('drops an update a viewer sends by hand, keeps it unsaved, and tells the viewer it was not taken', async () => {
    const { server, folder, membersPath } = await membersServer();
    const victor = await openPlanner(closing, server.syncUrl, 'Victor', VICTOR);
    expect(victor.connection.status.get().role).toBe('viewer');
    // Written straight into the document, as a client that ignores the planner's read-only screen would.
    victor.store.getState().setBudget(1);
    await whenStatus(victor.connection, (now) => now.waiting > 0);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(victor.connection.status.get().waiting).toBeGreaterThan(0);
    const anne = await openPlanner(closing, server.syncUrl, 'Anne', ANNE);
    expect(openScenarioOf(anne.store).budgetGBP.value).toBe(3_200_000);
    // Nor saved: a server started afresh on the same file reads the plan as it was.
    const again = await startServer(closing, { ...folder, membersPath });
    const later = await openPlanner(closing, again.syncUrl, 'Later', ANNE);
    expect(openScenarioOf(later.store).budgetGBP.value).toBe(3_200_000);
  });

  it('refuses a WebSocket opened by a page of another site, and takes one from its own', async () => {
    const { server } = await membersServer();
    await expect(openSocket(server.syncUrl, { headers: { Origin: 'https://elsewhere.example' } })).rejects.toThrow(
      'refused with HTTP 403',
    );
    const own = await openSocket(server.syncUrl, { headers: { Origin: server.url } });
    expect(own.readyState).toBe(WebSocket.OPEN);
    own.terminate();
  });

  it('closes a connection that sends an oversized message, and stays up for members', async () => {
    const { server } = await membersServer();
    const code = await closeCodeAfterSending(server.syncUrl, new Uint8Array(MAX_MESSAGE_BYTES + 1));
    expect(code).toBe(1009);
    expect(await signInByHand(server.syncUrl, JSON.stringify(ANNE))).toEqual({
      answer: 'authenticated',
      text: 'read-write',
    });
  });

  it('slows a hundred bad sign-ins in a second from one address, and still lets a member in from another', async () => {
    const { server } = await membersServer();
    const bad = JSON.stringify({ name: ANNE.name, secret: 'guess' });
    const answers = await Promise.all(
      Array.from({ length: 100 }, () => signInByHand(server.syncUrl, bad, { localAddress: '127.0.0.1' })),
    );
    const told = answers.map(({ text }) => text);
    // Only the first ten are checked at all; the rest are refused unchecked.
    expect(told.filter((text) => text === NOT_A_MEMBER)).toHaveLength(10);
    expect(told.filter((text) => text === TOO_MANY_ATTEMPTS)).toHaveLength(90);
    // A member not yet checked is refused from that address too, until the minute has passed...
    expect((await signInByHand(server.syncUrl, JSON.stringify(VICTOR), { localAddress: '127.0.0.1' })).text).toBe(
      TOO_MANY_ATTEMPTS,
    );
    // ...but from another address is let in at once.
    const elsewhere = await signInByHand(server.syncUrl, JSON.stringify(VICTOR), { localAddress: '127.0.0.2' });
    expect(elsewhere).toEqual({ answer: 'authenticated', text: 'readonly' });
  });

  it('never writes a secret to the server’s log', async () => {
    const logged: string[] = [];
    for (const method of ['log', 'error', 'warn', 'info'] as const)
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => logged.push(args.map(String).join(' ')));
    const { server } = await membersServer();
    await refusedWith(server.syncUrl, { ...ANNE, secret: 'a-wrong-secret' });
    await openPlanner(closing, server.syncUrl, 'Anne', ANNE);
    await closeCodeAfterSending(server.syncUrl, new Uint8Array(MAX_MESSAGE_BYTES + 1));
    vi.restoreAllMocks();
    expect(logged.filter((line) => line.includes(ANNE.secret) || line.includes('a-wrong-secret'))).toEqual([]);
  });
});

describe('the planner server trusting a reverse proxy’s header', () => {
  const headered = (headers: Record<string, string>) =>
    class extends WebSocket {
      constructor(address: string) {
        super(address, { headers });
      }
    };

  it('lets in the member the header names, with their role, and no one else', async () => {
    const { server } = await membersServer({ trustHeader: 'X-Remote-User' });
    const open = (headers: Record<string, string>) => {
      const connection = connectToSharedWorkspace({
        url: server.syncUrl,
        name: 'Someone',
        WebSocketPolyfill: headered(headers),
      });
      closing.push(() => connection.close());
      return connection;
    };
    const victor = open({ 'X-Remote-User': 'Victor Jones' });
    expect((await whenStatus(victor, (now) => now.role !== null)).role).toBe('viewer');
    const mallory = open({ 'X-Remote-User': 'Mallory' });
    expect((await whenStatus(mallory, (now) => now.signInProblem !== null)).signInProblem).toBe(
      'Mallory is not a member of this shared workspace: ask whoever runs it to add you.',
    );
    const nobody = open({});
    expect((await whenStatus(nobody, (now) => now.signInProblem !== null)).signInProblem).toContain(
      'no X-Remote-User header',
    );
    await whenStatus(victor, allSaved);
  });
});
