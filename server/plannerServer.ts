/**
 * The shared planner on one port: the built planner's files over HTTP, and the sync endpoint
 * (Hocuspocus, a Yjs server) on the WebSocket upgrade of the same address. Documents are kept in
 * one SQLite file by Hocuspocus's own extension, each change saved before it is acknowledged
 * (`documentStorage.ts`).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Duplex } from 'node:stream';
import { Redis } from '@hocuspocus/extension-redis';
import { SQLite } from '@hocuspocus/extension-sqlite';
import { Server } from '@hocuspocus/server';
import sirv from 'sirv';
import * as Y from 'yjs';
import { errorMessage } from '../src/domain/unknownValues';
import { decisionLogScenarioIdOf, problemWithLogUpdate } from '../src/sync/decisionLogDocument';
import { refusalReason, type Refusal } from '../src/sync/refusal';
import { problemWithUpdate } from '../src/sync/scenarioDocument';
import { INDEX_DOCUMENT, problemWithIndexUpdate, scenarioIdOf } from '../src/sync/workspaceIndex';
import { createDecisionLog, type LogChange } from './decisionLog';
import { sqliteStorage, storageProblem, type DocumentStorage } from './documentStorage';
import { membersPathBeside } from './paths';
import { createGatekeeper, type SignedIn } from './signIn';

/**
 * The largest WebSocket message taken; a larger one closes the connection unread. It is some fifty
 * times a whole scenario's document after a thousand edits (docs/performance.md).
 */
export const MAX_MESSAGE_BYTES = 4 * 1024 * 1024;
/**
 * The upgrade's peer address, passed to sign-in in a header the server sets (and overwrites):
 * Hocuspocus hands its hooks the request's headers but not its socket.
 */
const PEER_HEADER = 'x-inspection-planner-peer';

/** What the server keeps of each connection. */
export interface ConnectionContext {
  /** Who signed in; null in a workspace without members. */
  member: SignedIn | null;
}

/** y-protocols' sync message types that carry an update: SyncStep2 and Update. */
const UPDATE_MESSAGES = new Set([1, 2]);
/**
 * Thrown from a hook, Hocuspocus closes the document's connection and sends the client `reason`
 * (the provider hears it as a close event with that reason).
 */
class ChangeRefused extends Error {
  readonly reason: string;
  constructor(reason: string) {
    super(reason);
    this.reason = reason;
  }
}

const refuse = (refusal: Refusal) => Promise.reject(new ChangeRefused(refusalReason(refusal)));

/** A WebSocket close code of the range applications may use. */
const MEMBERSHIP_CHANGED = 4001;

function sameHost(origin: string, host: string | undefined): boolean {
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

function isWorkspaceDocument(documentName: string): boolean {
  return (
    documentName === INDEX_DOCUMENT ||
    scenarioIdOf(documentName) !== null ||
    decisionLogScenarioIdOf(documentName) !== null
  );
}

export interface PlannerServerOptions {
  /** The address to listen on; loopback unless the group's machine is to be reached from others. */
  host: string;
  /** 0 lets the system choose a free port (tests do). */
  port: number;
  /** The SQLite file the documents are kept in. */
  databasePath: string;
  /** The built planner (`npm run build`). */
  distDir: string;
  /**
   * Redis, through which two or more servers over the same SQLite file pass each other's changes
   * and who is here, so that a browser connected to one sees what a browser on another does.
   */
  redis?: { host: string; port: number };
  /**
   * The members file (`npm run members`), by default members.json beside the SQLite file; while it
   * names no one, anyone who reaches the server may edit.
   */
  membersPath?: string;
  /** A header naming the member, set by a reverse proxy that has signed them in; off unless given. */
  trustHeader?: string;
  /** Wraps how changes are written to the SQLite file; tests make it fail as a full disk or a locked file would. */
  wrapStorage?: (storage: DocumentStorage) => DocumentStorage;
}

export interface PlannerServer {
  /** The planner's address, e.g. "http://127.0.0.1:4321". */
  url: string;
  /** The sync endpoint's address, the same with ws:. */
  syncUrl: string;
  close(): Promise<void>;
}

export async function startPlannerServer({
  host,
  port,
  databasePath,
  distDir,
  redis,
  membersPath = membersPathBeside(databasePath),
  trustHeader,
  wrapStorage = (storage) => storage,
}: PlannerServerOptions): Promise<PlannerServer> {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error(`${distDir} holds no built planner (no index.html): run npm run build first.`);
  }
  // Hashed assets may be cached for good; index.html must be asked for afresh, so a new build is seen.
  const files = sirv(distDir, {
    etag: true,
    setHeaders: (response, pathname) =>
      response.setHeader(
        'Cache-Control',
        pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      ),
  });
  const gatekeeper = createGatekeeper({ membersPath, trustHeader });
  const sqlite = new SQLite({ database: databasePath });
  const storage = wrapStorage(sqliteStorage(sqlite));
  const decisions = createDecisionLog({ open: (name) => server.hocuspocus.openDirectConnection(name) });
  const server = new Server({
    address: host,
    port,
    quiet: true,
    extensions: redis ? [new Redis({ ...redis, prefix: 'inspection-hours-planner' }), sqlite] : [sqlite],
    websocketOptions: { maxPayload: MAX_MESSAGE_BYTES },
    // A page from another site may open a WebSocket here with the browser's network position; only
    // the planner's own pages (and programs, which send no Origin) are let through.
    onUpgrade: ({ request, socket }) => {
      const origin = request.headers.origin;
      if (origin !== undefined && !sameHost(origin, request.headers.host)) {
        (socket as Duplex).end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
        // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- only an empty rejection stops Hocuspocus without an error thrown.
        return Promise.reject();
      }
      request.headers[PEER_HEADER] = request.socket.remoteAddress ?? 'unknown';
      return Promise.resolve();
    },
    // Before any of the document is sent: only members (when there are any), viewers read-only.
    onAuthenticate: async ({ token, requestHeaders, connectionConfig }): Promise<ConnectionContext> => {
      const member = await gatekeeper.signIn({
        token,
        headers: requestHeaders,
        address: requestHeaders.get(PEER_HEADER) ?? 'unknown',
      });
      connectionConfig.readOnly = member?.role === 'viewer';
      return { member };
    },
    // The workspace holds its index and its scenarios' documents, and nothing else.
    onConnect: ({ documentName }) =>
      isWorkspaceDocument(documentName)
        ? Promise.resolve()
        : Promise.reject(new ChangeRefused(`The shared workspace has no document "${documentName}".`)),
    // Every change is checked before it is applied: one that is not an update, or that would leave
    // the scenario invalid, is refused, the document stays as it was and the sender is told. One
    // that is valid is saved, with the decisions it makes to a scenario (`decisionLog.ts`), before
    // Hocuspocus applies and acknowledges it; if it cannot be saved it is refused as well, but as a
    // change to send again later. A member's change to a log is refused.
    beforeSync: ({ type, payload, document, documentName, context, connection }) => {
      // A viewer's change is dropped by Hocuspocus, which answers it as not synced: it must not be saved either.
      if (!UPDATE_MESSAGES.has(type) || connection.readOnly) return Promise.resolve();
      const problem =
        documentName === INDEX_DOCUMENT
          ? problemWithIndexUpdate(document, payload)
          : decisionLogScenarioIdOf(documentName) !== null
            ? problemWithLogUpdate(document, payload)
            : problemWithUpdate(document, payload);
      if (problem !== null) return refuse({ kind: 'invalid', problem });
      // A browser's half of the handshake often holds nothing the server lacks: nothing to save.
      if (Y.snapshotContainsUpdate(Y.snapshot(document), payload)) return Promise.resolve();
      let logged: LogChange | null;
      try {
        logged = decisions.changeFor(documentName, document, payload, context);
      } catch (error) {
        return refuse({ kind: 'storage', problem: errorMessage(error) });
      }
      try {
        storage.add(logged ? [{ documentName, update: payload }, logged] : [{ documentName, update: payload }]);
      } catch (error) {
        return refuse({ kind: 'storage', problem: storageProblem(error) });
      }
      logged?.apply();
      return Promise.resolve();
    },
    // A scenario's log opens with it, so that each change's decisions are saved with the change.
    afterLoadDocument: ({ documentName }) => decisions.open(documentName),
    // Hocuspocus answers a plain HTTP request itself unless this hook rejects: the files are served instead.
    onRequest: ({ request, response }) =>
      new Promise<void>((_resolve, reject) => {
        files(request, response, () => {
          response.statusCode = 404;
          response.end('Not found');
        });
        // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- Hocuspocus rethrows a reason; only an empty rejection stops its own answer.
        reject();
      }),
  });
  // Hocuspocus's listen never rejects: a port in use is an 'error' event on its HTTP server.
  await new Promise<void>((resolve, reject) => {
    server.httpServer.once('error', reject);
    server.listen().then(() => {
      server.httpServer.off('error', reject);
      resolve();
    }, reject);
  });
  // Removing a member, or changing their role, closes their connections; those allowed back sign in again.
  gatekeeper.onChange(() => {
    for (const document of server.hocuspocus.documents.values())
      for (const connection of document.getConnections()) {
        const { member } = connection.context as ConnectionContext;
        if (!gatekeeper.stillAllowed(member)) connection.webSocket.close(MEMBERSHIP_CHANGED, 'Membership changed');
      }
  });
  const { port: bound } = server.address;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${bound}`,
    syncUrl: `ws://${shownHost}:${bound}`,
    close: async () => {
      gatekeeper.close();
      await decisions.close();
      await server.destroy();
    },
  };
}
