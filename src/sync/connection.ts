/**
 * The browser's connection to the shared workspace: one WebSocket to the planner's server
 * (Hocuspocus), one provider per document on it, and each document's offline copy in the
 * browser's IndexedDB (y-indexeddb), so edits made without a network survive a reload and are sent
 * when the connection returns.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider';
import { clearDocument, IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { createSignal, type Readable } from './readable';
import { readRefusal } from './refusal';
import { sendAgain } from './sendAgain';
import { INDEX_DOCUMENT, scenarioDocumentName, type WorkspaceDocuments } from './workspaceIndex';

export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'offline';

/** What the header shows about the shared workspace. */
export interface SharedStatus {
  connection: ConnectionState;
  /** This browser's changes the server has not yet confirmed. */
  waiting: number;
  /** The names of the others here now, as they gave them. */
  others: string[];
  /**
   * The document whose change the server last refused as invalid, and why. The server never takes
   * the change, so the document stays apart from everyone's until its offline copy is discarded.
   */
  refused: { documentName: string; problem: string } | null;
  /** Why the server cannot save this browser's changes just now (e.g. "its disk is full"); null once it has saved them. */
  cannotSave: string | null;
  /** False when the browser's storage cannot keep an offline copy (blocked, or unreadable). */
  offlineCopy: boolean;
  /** What the server lets this person do, once it has let them in: a viewer's changes are not taken. */
  role: 'editor' | 'viewer' | null;
  /** Why the server did not let this person in (no sign-in, or a wrong one); null once it has. */
  signInProblem: string | null;
}

/** How a member signs in; kept in memory only, never in the browser's storage. */
export interface Credentials {
  name: string;
  secret: string;
}

export interface SharedConnection {
  documents: WorkspaceDocuments;
  status: Readable<SharedStatus>;
  /** Resolves once the document has been read from this browser's offline copy and, if the server can be reached within `waitMs`, from the server. */
  whenLoaded(doc: Y.Doc, waitMs: number): Promise<{ fromServer: boolean }>;
  /** The name colleagues see for this person. */
  setName(name: string): void;
  /** Signs in again with these, for every document the server has not let this person into. */
  signIn(credentials: Credentials): void;
  /** Deletes the document's offline copy in this browser, so that the next page load reads it from the server alone. */
  discardOfflineCopy(documentName: string): Promise<void>;
  close(): void;
}

interface OpenDocument {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** Resolves once the offline copy has been read into the document, or found unusable. */
  offlineCopyRead: Promise<void>;
  offlineCopy: IndexeddbPersistence | null;
}

/** How long reading a document's offline copy may take before the planner goes on without it. */
const OFFLINE_COPY_WAIT_MS = 3_000;
/** How long after the server could not save a change it is sent again. */
const SEND_AGAIN_MS = 5_000;

export function connectToSharedWorkspace({
  url,
  name,
  WebSocketPolyfill,
  sendAgainMs = SEND_AGAIN_MS,
  credentials: initialCredentials = null,
}: {
  url: string;
  name: string;
  /** For a workspace that lets in only its members; none for one open to all. */
  credentials?: Credentials | null;
  /** The WebSocket class, where there is no global one (Node, in tests). */
  WebSocketPolyfill?: unknown;
  sendAgainMs?: number;
}): SharedConnection {
  const socket = new HocuspocusProviderWebsocket(WebSocketPolyfill ? { url, WebSocketPolyfill } : { url });
  const open = new Map<string, OpenDocument>();
  const status = createSignal<SharedStatus>({
    connection: 'connecting',
    waiting: 0,
    others: [],
    refused: null,
    cannotSave: null,
    offlineCopy: true,
    role: null,
    signInProblem: null,
  });
  let credentials = initialCredentials;
  let everConnected = false;
  let socketConnected = false;
  /** The documents whose changes the server could not save, with why; each is sent again until it can. */
  const unsaved = new Map<string, string>();
  /**
   * Each document's changes made here since the server last had them all. The provider counts
   * only messages awaiting an answer, and starts again from one at each handshake, so while the
   * server cannot save it would understate what is waiting.
   */
  const editsWaiting = new Map<string, number>();

  const update = (change: Partial<SharedStatus>) => status.set({ ...status.get(), ...change });
  const countWaiting = () => {
    for (const [documentName, entry] of open) {
      if (entry.provider.unsyncedChanges === 0) {
        editsWaiting.set(documentName, 0);
        unsaved.delete(documentName);
      }
    }
    update({
      waiting: [...open].reduce(
        (sum, [documentName, { provider }]) =>
          sum + Math.max(provider.unsyncedChanges, editsWaiting.get(documentName) ?? 0),
        0,
      ),
      cannotSave: [...unsaved.values()][0] ?? null,
    });
  };

  /** The server closed the document's connection: with a refusal, it is told why; otherwise nothing is to be done. */
  const onRefusal = (documentName: string, provider: HocuspocusProvider, reason: string) => {
    const refusal = readRefusal(reason);
    if (!refusal) return;
    if (refusal.kind === 'invalid') {
      update({ refused: { documentName, problem: refusal.problem } });
      return;
    }
    unsaved.set(documentName, refusal.problem);
    countWaiting();
    // A socket that drops meanwhile starts the handshake itself when it opens again.
    setTimeout(() => {
      if (open.get(documentName)?.provider === provider && socket.status === WebSocketStatus.Connected)
        void sendAgain(provider);
    }, sendAgainMs);
  };

  const openDocument = (documentName: string): Y.Doc => {
    const existing = open.get(documentName);
    if (existing) return existing.doc;
    const doc = new Y.Doc();
    const { offlineCopy, offlineCopyRead } = openOfflineCopy(documentName, doc);
    const provider: HocuspocusProvider = new HocuspocusProvider({
      websocketProvider: socket,
      name: documentName,
      document: doc,
      onUnsyncedChanges: countWaiting,
      // Sent inside the WebSocket, so the secret is in no address the browser keeps.
      token: () => (credentials ? JSON.stringify(credentials) : ''),
      onAuthenticated: ({ scope }) => {
        if (documentName === INDEX_DOCUMENT)
          update({ role: scope === 'readonly' ? 'viewer' : 'editor', signInProblem: null });
      },
      onAuthenticationFailed: ({ reason }) => update({ role: null, signInProblem: reason }),
      // The server closes a document's connection when it refuses a change, with the reason.
      onClose: ({ event }) => onRefusal(documentName, provider, event.reason),
    });
    doc.on('update', (_update: Uint8Array, origin: unknown) => {
      if (origin === provider || (offlineCopy !== null && origin === offlineCopy)) return;
      editsWaiting.set(documentName, (editsWaiting.get(documentName) ?? 0) + 1);
      countWaiting();
    });
    provider.attach();
    open.set(documentName, { doc, provider, offlineCopy, offlineCopyRead });
    return doc;
  };

  /**
   * The document's copy in this browser's IndexedDB, kept per server so that two shared planners
   * on one machine never mix their documents. Where the browser refuses IndexedDB or cannot read
   * it, the planner works on without it and says so: nothing is kept offline, but nothing stops.
   */
  function openOfflineCopy(documentName: string, doc: Y.Doc) {
    const without = () => {
      update({ offlineCopy: false });
      return null;
    };
    let offlineCopy: IndexeddbPersistence | null;
    try {
      offlineCopy = new IndexeddbPersistence(`inspection-hours-planner/${url}/${documentName}`, doc);
    } catch {
      offlineCopy = without();
    }
    const read = offlineCopy
      ? Promise.race([
          offlineCopy._db
            .then(() => offlineCopy.whenSynced)
            .then(
              () => true,
              () => false,
            ),
          new Promise<boolean>((resolve) => setTimeout(() => resolve(false), OFFLINE_COPY_WAIT_MS)),
        ]).then((usable) => {
          if (!usable) without();
        })
      : Promise.resolve();
    return { offlineCopy, offlineCopyRead: read };
  }

  const index = openDocument(INDEX_DOCUMENT);
  const awareness = open.get(INDEX_DOCUMENT)?.provider.awareness ?? null;
  const readOthers = () => {
    if (!awareness) return;
    const others = [...awareness.getStates().entries()]
      .filter(([clientId]) => clientId !== index.clientID)
      .map(([, state]) => (state as { user?: { name?: unknown } }).user?.name)
      .filter((given): given is string => typeof given === 'string')
      .sort((first, second) => first.localeCompare(second, 'en-GB'));
    update({ others });
  };
  awareness?.setLocalStateField('user', { name });
  awareness?.on('change', readOthers);
  // y-protocols takes a state only with a clock past the last it saw of that person, and keeps that
  // clock when a state is removed: after a lost connection, the others' states sent again by the
  // server, and this person's sent again to them, would be ignored and everyone would look gone.
  const indexProvider = open.get(INDEX_DOCUMENT)?.provider;
  awareness?.on('update', ({ removed }: { removed: number[] }, origin: unknown) => {
    if (origin === indexProvider) for (const clientId of removed) awareness.meta.delete(clientId);
  });

  socket.on('status', ({ status: state }: { status: WebSocketStatus }) => {
    // Once per lost connection: this person's state goes out again, with a later clock, when it returns.
    if (state !== WebSocketStatus.Connected && socketConnected) awareness?.setLocalState(awareness.getLocalState());
    socketConnected = state === WebSocketStatus.Connected;
    if (socketConnected) everConnected = true;
    const connection: ConnectionState =
      state === WebSocketStatus.Connected
        ? 'connected'
        : state === WebSocketStatus.Connecting
          ? everConnected
            ? 'reconnecting'
            : 'connecting'
          : 'offline';
    update({ connection });
    readOthers();
  });

  return {
    documents: { index, scenario: (id) => openDocument(scenarioDocumentName(id)) },
    status: { get: status.get, subscribe: status.subscribe },
    whenLoaded: async (doc, waitMs) => {
      const entry = [...open.values()].find((candidate) => candidate.doc === doc);
      if (!entry) throw new Error('whenLoaded is for a document of this connection');
      await entry.offlineCopyRead;
      if (entry.provider.isSynced) return { fromServer: true };
      const fromServer = await new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => finish(false), waitMs);
        const onSynced = () => finish(true);
        // Not let in, the document will not come from the server until this person signs in.
        const onRefused = () => finish(false);
        function finish(synced: boolean) {
          clearTimeout(timer);
          entry?.provider.off('synced', onSynced);
          entry?.provider.off('authenticationFailed', onRefused);
          resolve(synced);
        }
        entry.provider.on('synced', onSynced);
        entry.provider.on('authenticationFailed', onRefused);
      });
      return { fromServer };
    },
    setName: (given) => awareness?.setLocalStateField('user', { name: given }),
    signIn: (signingIn) => {
      credentials = signingIn;
      if (socket.status !== WebSocketStatus.Connected) return;
      // As the provider does when its socket opens: the token, then the handshake the refusal dropped.
      for (const { provider } of open.values())
        if (!provider.isAuthenticated) void provider.sendToken().then(() => provider.startSync());
    },
    discardOfflineCopy: async (documentName) => {
      const offlineCopy = open.get(documentName)?.offlineCopy;
      if (!offlineCopy) return;
      await offlineCopy.destroy();
      // Deleting waits while another tab has the copy open, which would keep the refused change.
      const deleted = await Promise.race([
        clearDocument(offlineCopy.name).then(() => true),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), OFFLINE_COPY_WAIT_MS)),
      ]);
      if (!deleted)
        throw new Error('another tab of the shared planner has it open: close the other tabs and try again');
    },
    close: () => {
      for (const { provider, offlineCopy } of open.values()) {
        provider.destroy();
        void offlineCopy?.destroy();
      }
      socket.destroy();
    },
  };
}
