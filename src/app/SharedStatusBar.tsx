import { useState, useSyncExternalStore } from 'react';
import { formatNumber } from '../domain/format';
import { usePlanEditable } from '../store/planContext';
import type { SharedProblems } from '../store/sharedBinding';
import type { SharedConnection, SharedStatus } from '../sync/connection';
import type { Readable } from '../sync/readable';
import type { ActivityEntry } from '../sync/scenarioDocument';
import type { Scenario } from '../domain/types';
import type { Removal } from '../sync/workspaceIndex';
import { LocalScenariosOffer } from './LocalScenariosOffer';
import { RefusedChange, type RefusalRecovery } from './RefusedChange';
import { RemovedScenarios } from './RemovedScenarios';
import { SignInForm } from './SignInForm';
import { UnreadableOfflineCopies } from './UnreadableOfflineCopies';
import { readSharedName, saveSharedName, UNNAMED } from './sharedName';
import { formatSharedTime } from '../shared/sharedTime';

/** What the screen reads of a shared workspace. */
export interface SharedWorkspace {
  connection: SharedConnection;
  /** Scenarios the binding could not show, as it last found them. */
  problems: Readable<SharedProblems>;
  /** Why this person's latest undo or redo could not take back all its step, if it could not. */
  undoNotice: Readable<string | null>;
  /** The open scenario's latest actions, the latest first. */
  activity: Readable<ActivityEntry[]>;
  /** Scenarios taken out of the workspace, the latest first. */
  removed: Readable<(Removal & { id: string })[]>;
  /** Puts a removed scenario back in everyone's list. */
  restore: (id: string) => void;
  refusalRecovery: RefusalRecovery;
}

function connectionText({
  connection,
  waiting,
  offlineCopy,
  cannotSave,
  refused,
  signInProblem,
}: SharedStatus): string {
  const kept = offlineCopy ? 'this browser' : 'this tab';
  if (signInProblem !== null) return `Not signed in: changes are kept in ${kept} until you sign in again (see below)`;
  const changes = `${formatNumber(waiting)} ${waiting === 1 ? 'change' : 'changes'}`;
  // Not a refusal of the changes themselves: they wait here and are sent again until the server can save them.
  if (cannotSave !== null && connection === 'connected')
    return `The server cannot save changes just now (${cannotSave}). Your ${changes} ${waiting === 1 ? 'is' : 'are'} kept in ${kept} and will be sent when it can.`;
  // The refused change is counted as waiting, but it is never sent: the alert below says what to do.
  if (refused !== null && connection === 'connected')
    return 'Connected: the server refused a change from this browser (see below); other changes are saved on the server';
  switch (connection) {
    case 'connected':
      return waiting > 0 ? `Connected, sending ${changes}` : 'Connected: every change is saved on the server';
    case 'connecting':
      return 'Connecting to the shared workspace…';
    case 'reconnecting':
      return waiting > 0 ? `Reconnecting, ${changes} waiting to be sent` : 'Reconnecting…';
    case 'offline':
      return waiting > 0
        ? `Offline: ${changes} kept in ${kept}, sent when the connection returns`
        : `Offline: changes are kept in ${kept} until the connection returns`;
  }
}

function othersText(others: string[]): string {
  if (others.length === 0) return 'No one else is here';
  return `Also here: ${others.join(', ')}`;
}

/**
 * The shared workspace's connection, who else is here, and this person's name for them. While the plan is read-only
 * it offers neither to copy scenarios in nor to put removed ones back.
 */
export function SharedStatusBar({
  shared,
  copyIn,
  signedInAs,
}: {
  shared: SharedWorkspace;
  /** Adds a scenario of this browser's own to the shared workspace. */
  copyIn: (scenario: Scenario) => void;
  /** The member's name, in a workspace that lets in only its members; colleagues see it rather than a name typed here. */
  signedInAs: string | null;
}) {
  const status = useSyncExternalStore(shared.connection.status.subscribe, shared.connection.status.get);
  const problems = useSyncExternalStore(shared.problems.subscribe, shared.problems.get);
  const activity = useSyncExternalStore(shared.activity.subscribe, shared.activity.get);
  const undoNotice = useSyncExternalStore(shared.undoNotice.subscribe, shared.undoNotice.get);
  const removed = useSyncExternalStore(shared.removed.subscribe, shared.removed.get);
  const [name, setName] = useState(readSharedName);
  const editable = usePlanEditable();
  const invalid = Object.entries(problems.invalid);

  return (
    <section className="shared-status" aria-label="Shared workspace">
      <p
        className={`shared-status__connection shared-status__connection--${status.cannotSave === null ? status.connection : 'cannot-save'}`}
        role="status"
      >
        {connectionText(status)}
      </p>
      <p className="shared-status__others" aria-live="polite">
        {othersText(status.others)}
      </p>
      {signedInAs === null ? (
        <label className="shared-status__name">
          Your name for colleagues{' '}
          <input
            value={name}
            maxLength={60}
            autoComplete="name"
            onChange={(event) => {
              setName(event.target.value);
              saveSharedName(event.target.value);
              shared.connection.setName(event.target.value.trim() || UNNAMED);
            }}
          />
        </label>
      ) : (
        status.role !== null && (
          <p className="shared-status__name">
            Signed in as {signedInAs},{' '}
            {status.role === 'viewer' ? 'a viewer: you can look but not change' : 'an editor'}
          </p>
        )
      )}
      {activity.length > 0 && (
        <div className="shared-status__activity">
          <h2 id="latest-changes">Latest changes to this scenario</h2>
          <ol aria-labelledby="latest-changes">
            {activity.map((entry, index) => (
              <li key={`${entry.at} ${index}`}>
                <time dateTime={entry.at}>{formatSharedTime(entry.at)}</time> {entry.by}: {entry.label}
              </li>
            ))}
          </ol>
        </div>
      )}
      {editable && <LocalScenariosOffer status={status} copyIn={copyIn} />}
      {editable && <RemovedScenarios removed={removed} restore={shared.restore} />}
      {!status.offlineCopy && (
        <p className="shared-status__problem" role="alert">
          This browser cannot keep an offline copy of the shared workspace (its storage is blocked or cannot be read),
          so changes made while the server cannot be reached are lost if this tab is closed before it returns.
        </p>
      )}
      <UnreadableOfflineCopies
        copies={status.unreadable}
        connection={shared.connection}
        scenarioName={(documentName) => shared.refusalRecovery.scenarioName(documentName)}
      />
      {undoNotice !== null && (
        <p className="shared-status__problem" role="alert">
          {undoNotice}
        </p>
      )}
      {status.signInProblem !== null && (
        <SignInForm
          problem={`The server no longer lets you in. ${status.signInProblem}`}
          initialName={signedInAs ?? ''}
          onSignIn={(credentials) => shared.connection.signIn(credentials)}
        />
      )}
      {status.refused !== null && <RefusedChange refused={status.refused} recovery={shared.refusalRecovery} />}
      {invalid.length > 0 && (
        <div className="shared-status__problem" role="alert">
          {invalid.length === 1 ? 'One shared scenario' : `${formatNumber(invalid.length)} shared scenarios`} cannot be
          shown, as {invalid.length === 1 ? 'it does' : 'they do'} not hold a valid plan; nothing in them is changed:
          <ul>
            {invalid.map(([id, found]) => (
              <li key={id}>
                {id}: {found.join('; ')}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
