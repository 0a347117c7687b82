/**
 * The browser's connection to the shared workspace: one WebSocket to the planner's server
 * (Hocuspocus), one provider per document on it, and each document's offline copy in the
 * browser's IndexedDB (y-indexeddb), so edits made without a network survive a reload and are sent
 * when the connection returns.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider';
import { clearDocument, IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { decisionLogDocumentName } from './decisionLogDocument';
import { canApplyAll, entriesAsBytes } from './offlineCopyCheck';
import { createSignal, type Readable } from './readable';
import { readRefusal } from './refusal';
import { sendAgain } from './sendAgain';
import { deleteKeptAside, keepAside, keptAside, storedUpdates } from './unreadableCopies';
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
  /** False when the browser's storage cannot keep an offline copy (blocked, or unreadable and not set aside). */
  offlineCopy: boolean;
  /** What the server lets this person do, once it has let them in: a viewer's changes are not taken. */
  role: 'editor' | 'viewer' | null;
  /** Why the server did not let this person in (no sign-in, or a wrong one); null once it has. */
  signInProblem: string | null;
  /** Offline copies this browser could not read, the earliest first: each document was loaded from the server instead. */
  unreadable: UnreadableCopy[];
}

/** How a member signs in; kept in memory only, never in the browser's storage. */
export interface Credentials {
  name: string;
  secret: string;
}

/** An offline copy that could not be read; its bytes are had from `unreadableBytes`. */
export interface UnreadableCopy {
  key: string;
  documentName: string;
  /** When it was found (ISO 8601). */
  foundAt: string;
  size: number;
  /**
   * True when it is kept aside in this browser (until deleted) and the document's offline copy
   * started afresh; false when it could not be, so it is held by this tab alone and the unreadable
   * copy is left where it was, untouched, with no offline copy of the document meanwhile.
   */
  keptAside: boolean;
}

export interface SharedConnection {
  documents: WorkspaceDocuments;
  status: Readable<SharedStatus>;
  /** Resolves once the document has been read from this browser's offline copy and, if the server can be reached within `waitMs`, from the server. */
  whenLoaded(doc: Y.Doc, waitMs: number): Promise<{ fromServer: boolean }>;
  /**
   * The scenario's decision log, opened when first asked for. It is read from the server alone,
   * never kept offline: the server writes it, and an offline copy could only fall behind.
   */
  decisionLog(scenarioId: string): Y.Doc;
  /** The name colleagues see for this person. */
  setName(name: string): void;
  /** Signs in again with these, for every document the server has not let this person into. */
  signIn(credentials: Credentials): void;
  /** Deletes the document's offline copy in this browser, so that the next page load reads it from the server alone. */
  discardOfflineCopy(documentName: string): Promise<void>;
  /** The bytes of an unreadable offline copy, exactly as they were stored; null once deleted. */
  unreadableBytes(key: string): Uint8Array | null;
  /** Deletes an unreadable copy kept aside, at the person's request. */
  deleteUnreadable(key: string): Promise<void>;
  close(): void;
}

interface OpenDocument {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** Resolves once the offline copy has been read into the document, or found unusable. */
  offlineCopyRead: Promise<void>;
  /** Set once the offline copy is opened, which waits until what it stores is known to be readable. */
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
    unreadable: [],
  });
  let credentials = initialCredentials;
  let closed = false;
  /** The bytes of each unreadable copy the status lists, by its key. */
  const unreadableBytes = new Map<string, Uint8Array>();
  const addUnreadable = (copy: UnreadableCopy, bytes: Uint8Array) => {
    if (unreadableBytes.has(copy.key)) return;
    unreadableBytes.set(copy.key, bytes);
    update({ unreadable: [...status.get().unreadable, copy] });
  };
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

  const openDocument = (documentName: string, keptOffline = true): Y.Doc => {
    const existing = open.get(documentName);
    if (existing) return existing.doc;
    const doc = new Y.Doc();
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
    const entry: OpenDocument = { doc, provider, offlineCopy: null, offlineCopyRead: Promise.resolve() };
    doc.on('update', (_update: Uint8Array, origin: unknown) => {
      if (origin === provider || (entry.offlineCopy !== null && origin === entry.offlineCopy)) return;
      editsWaiting.set(documentName, (editsWaiting.get(documentName) ?? 0) + 1);
      countWaiting();
    });
    if (keptOffline) entry.offlineCopyRead = openOfflineCopy(documentName, entry);
    provider.attach();
    open.set(documentName, entry);
    return doc;
  };

  /**
   * The document's copy in this browser's IndexedDB, kept per server so that two shared planners
   * on one machine never mix their documents. Where the browser refuses IndexedDB or cannot read
   * it, the planner works on without it and says so: nothing is kept offline, but nothing stops.
   */
  async function openOfflineCopy(documentName: string, entry: OpenDocument): Promise<void> {
    let gaveUp = false;
    const usable = await Promise.race([
      readOfflineCopy(`inspection-hours-planner/${url}/${documentName}`, documentName, entry, () => gaveUp || closed),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), OFFLINE_COPY_WAIT_MS)),
    ]);
    if (usable) return;
    gaveUp = true;
    update({ offlineCopy: false });
  }

  /**
   * Reads the offline copy into the document and keeps it from then on; true once it has. A copy
   * whose updates cannot all be applied is first kept aside, and checked, then deleted, so the
   * document is read from the server alone and its offline copy starts afresh.
   */
  async function readOfflineCopy(
    name: string,
    documentName: string,
    entry: OpenDocument,
    abandoned: () => boolean,
  ): Promise<boolean> {
    try {
      const stored = await storedUpdates(name);
      if (stored !== null && !canApplyAll(stored) && !(await setAside(name, documentName, stored))) return false;
      if (abandoned()) return false;
      const offlineCopy = new IndexeddbPersistence(name, entry.doc);
      entry.offlineCopy = offlineCopy;
      await offlineCopy._db;
      await offlineCopy.whenSynced;
      return true;
    } catch {
      return false;
    }
  }

  /** Keeps an unreadable copy's bytes aside and deletes it; false if it could not be kept, or deleted, and stays as it was. */
  async function setAside(name: string, documentName: string, stored: unknown[]): Promise<boolean> {
    const bytes = entriesAsBytes(stored);
    const found = { url, documentName, keptAt: new Date().toISOString(), bytes };
    const id = await keepAside(found).catch(() => null);
    const copy = { documentName, foundAt: found.keptAt, size: bytes.length, keptAside: id !== null };
    addUnreadable({ ...copy, key: id === null ? `here:${name}` : `kept:${id}` }, bytes);
    if (id === null) return false;
    // Deleting waits while another tab has the copy open; until then the document has no offline copy here.
    return Promise.race([
      clearDocument(name).then(() => true),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), OFFLINE_COPY_WAIT_MS)),
    ]);
  }

  // Copies kept aside on an earlier visit are offered again until the person deletes them.
  void keptAside(url).then(
    (copies) => {
      for (const { id, documentName, keptAt, bytes } of copies)
        addUnreadable({ key: `kept:${id}`, documentName, foundAt: keptAt, size: bytes.length, keptAside: true }, bytes);
    },
    () => undefined,
  );

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
    decisionLog: (scenarioId) => openDocument(decisionLogDocumentName(scenarioId), false),
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
    unreadableBytes: (key) => unreadableBytes.get(key) ?? null,
    deleteUnreadable: async (key) => {
      const id = /^kept:(\d+)$/.exec(key)?.[1];
      if (id !== undefined) await deleteKeptAside(Number(id));
      unreadableBytes.delete(key);
      update({ unreadable: status.get().unreadable.filter((copy) => copy.key !== key) });
    },
    close: () => {
      closed = true;
      for (const { provider, offlineCopy } of open.values()) {
        provider.destroy();
        void offlineCopy?.destroy();
      }
      socket.destroy();
    },
  };
}
