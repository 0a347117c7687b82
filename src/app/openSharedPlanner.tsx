/**
 * Opens the shared workspace this page was served from: connects, waits for the documents (from
 * this browser's offline copy, and from the server if it answers), and makes the plan store over
 * them. Loaded only when the shared workspace is opened, so the planner alone carries none of it.
 */
import type { ReactNode } from 'react';
import type * as Y from 'yjs';
import type { Scenario, Workspace } from '../domain/types';
import type { PlanStore, PlanStoreOptions } from '../store/planStore';
import { bindSharedWorkspace, readSharedWorkspace, type SharedProblems } from '../store/sharedBinding';
import {
  connectToSharedWorkspace,
  type Credentials,
  type SharedConnection,
  type SharedStatus,
} from '../sync/connection';
import { readDecisionLog, type LoggedDecision } from '../sync/decisionLogDocument';
import { derived, createSignal, type Readable } from '../sync/readable';
import { readActivity, readScenario, writeScenario } from '../sync/scenarioDocument';
import { readIndex, readRemoved, restoreToIndex } from '../sync/workspaceIndex';
import { refusalRecovery } from './refusalRecovery';
import { readSharedName, UNNAMED } from './sharedName';
import { SharedStatusBar } from './SharedStatusBar';
import { lazyView } from './ViewLoader';
import type { View } from './views';
import { scenarioVerbs } from '../store/slices/scenarioVerbs';

/** How long the first screen waits for the server before showing this browser's offline copy. */
const SERVER_WAIT_MS = 4_000;
/** With no offline copy there is nothing to show without the server: it is given this long. */
const FIRST_VISIT_WAIT_MS = 15_000;
/**
 * The id of the plan a new shared workspace starts from: the same for everyone, so two people
 * opening an empty workspace at once write the same scenario rather than two.
 */
const OPENING_SCENARIO_ID = 'opening-plan';

/** How many of the open scenario's latest actions the status line shows. */
const RECENT_ACTIVITY = 3;

export class SharedWorkspaceUnavailable extends Error {}

/** The server lets in only its members, and did not let this person in: `message` says why. */
export class SignInNeeded extends Error {}

/** Why a viewer's screen offers no change to the plan. */
const VIEWER_REASON =
  'You are a viewer of this shared workspace: you can look at every figure, but not change the plan.';

export async function openSharedPlanner({
  url,
  loadBaseline,
  newId,
  createPlanStore,
  credentials,
}: {
  /** The member's sign-in, given on the sign-in page; null until the server asks for one. */
  credentials: Credentials | null;
  /** Passed in rather than imported, so that this chunk shares no code with the first screen's but the domain's. */
  createPlanStore: (workspace: Workspace, options: PlanStoreOptions) => PlanStore;
  url: string;
  loadBaseline: () => Promise<Scenario>;
  newId: () => string;
}): Promise<{ store: PlanStore; sharedStatus: ReactNode; sharedViews: readonly View[] }> {
  const connection = connectToSharedWorkspace({
    url,
    name: credentials?.name ?? (readSharedName().trim() || UNNAMED),
    credentials,
  });
  const { documents } = connection;
  let { fromServer } = await connection.whenLoaded(documents.index, SERVER_WAIT_MS);
  const { signInProblem } = connection.status.get();
  if (signInProblem !== null) {
    connection.close();
    throw new SignInNeeded(signInProblem);
  }
  if (!fromServer && readIndex(documents.index).length === 0) {
    ({ fromServer } = await connection.whenLoaded(documents.index, FIRST_VISIT_WAIT_MS));
    if (!fromServer) {
      connection.close();
      throw new SharedWorkspaceUnavailable(
        `The shared workspace at ${url} cannot be reached, and this browser has no copy of it yet. Check that the planner’s server is running.`,
      );
    }
  }
  if (readIndex(documents.index).length === 0) {
    // A workspace whose every scenario was removed at once still has the opening plan's document:
    // it is put back as it stands, never overwritten with the 2004/05 plan.
    const opening = documents.scenario(OPENING_SCENARIO_ID);
    await connection.whenLoaded(opening, SERVER_WAIT_MS);
    if (readScenario(opening).status === 'empty') writeScenario(opening, null, await loadBaseline());
    restoreToIndex(documents.index, OPENING_SCENARIO_ID);
  }
  await Promise.all(
    readIndex(documents.index).map((id) =>
      connection.whenLoaded(documents.scenario(id), fromServer ? SERVER_WAIT_MS : 0),
    ),
  );
  const read = readSharedWorkspace(documents, null);
  if (!read.workspace) {
    connection.close();
    throw new SharedWorkspaceUnavailable(
      `None of the shared workspace’s scenarios can be shown: ${Object.values(read.problems.invalid).flat().join('; ') || 'they have not arrived from the server'}.`,
    );
  }
  const store = createPlanStore(read.workspace, { loadBaseline, newId });
  followRole(connection, store);
  const problems = createSignal<SharedProblems>(read.problems);
  const undoNotice = createSignal<string | null>(null);
  const binding = bindSharedWorkspace(store, documents, {
    onProblems: problems.set,
    onUndoNotice: undoNotice.set,
    author: () => credentials?.name ?? (readSharedName().trim() || UNNAMED),
  });
  /** Listens to a document of the open scenario's (its own, or its log), following as another scenario is opened. */
  const followOpenScenario =
    (documentOf: (id: string) => Y.Doc) =>
    (listener: () => void): (() => void) => {
      let doc = documentOf(store.getState().workspace.activeId);
      doc.on('update', listener);
      const stop = store.subscribe((state, previous) => {
        if (state.workspace.activeId === previous.workspace.activeId) return;
        doc.off('update', listener);
        doc = documentOf(state.workspace.activeId);
        doc.on('update', listener);
        listener();
      });
      return () => {
        stop();
        doc.off('update', listener);
      };
    };
  const openId = () => store.getState().workspace.activeId;
  const decisions: Readable<LoggedDecision[]> = derived(
    () => readDecisionLog(connection.decisionLog(openId())),
    followOpenScenario((id) => connection.decisionLog(id)),
  );
  const shared = {
    connection,
    problems,
    undoNotice,
    removed: derived(
      () => readRemoved(documents.index),
      (listener) => {
        documents.index.on('update', listener);
        return () => documents.index.off('update', listener);
      },
    ),
    restore: (id: string) => restoreToIndex(documents.index, id),
    refusalRecovery: refusalRecovery({ connection, binding, newId }),
    // The open scenario's document, followed as another scenario is opened.
    activity: derived(
      () => readActivity(documents.scenario(openId()), RECENT_ACTIVITY),
      followOpenScenario((id) => documents.scenario(id)),
    ),
  };
  const copyIn = (scenario: Scenario) => scenarioVerbs(store).addImportedScenario(scenario);
  // The log's own chunk is fetched when the view is first opened.
  const DecisionsView = lazyView(() =>
    import('../features/decisions/DecisionLog').then(({ DecisionLog }) => () => <DecisionLog log={decisions} />),
  );
  return {
    store,
    sharedStatus: <SharedStatusBar shared={shared} copyIn={copyIn} signedInAs={credentials?.name ?? null} />,
    sharedViews: [{ id: 'decisions', title: 'Decisions', name: 'the decision log', Content: DecisionsView }],
  };
}

/** A viewer's plan is read-only, as the server holds it; a member made an editor again may edit at once. */
function followRole(connection: SharedConnection, store: PlanStore) {
  const apply = ({ role }: SharedStatus) => {
    const { readOnlyReason, setReadOnly } = store.getState();
    if (role === 'viewer' && readOnlyReason === null) setReadOnly(VIEWER_REASON);
    if (role === 'editor' && readOnlyReason === VIEWER_REASON) setReadOnly(null);
  };
  apply(connection.status.get());
  connection.status.subscribe(() => apply(connection.status.get()));
}
