import { useState } from 'react';
import { errorMessage } from '../domain/unknownValues';

/** What the screen can do about a change the server refused as invalid. */
export interface RefusalRecovery {
  /** The name of the scenario whose document was refused, or null for the workspace's list of scenarios. */
  scenarioName(documentName: string): string | null;
  /**
   * Keeps this person's version among this browser's own scenarios, discards the document's offline
   * copy and reloads; rejects with what happened, in words for the person, if it cannot.
   */
  keepAndReload(documentName: string): Promise<void>;
}

/**
 * A refused change never reaches the server, and the document it is in stops taking colleagues'
 * changes: the person is told, and offered a way back that keeps what they did.
 */
export function RefusedChange({
  refused,
  recovery,
}: {
  refused: { documentName: string; problem: string };
  recovery: RefusalRecovery;
}) {
  const [state, setState] = useState<{ kind: 'idle' | 'working' } | { kind: 'failed'; problem: string }>({
    kind: 'idle',
  });
  const name = recovery.scenarioName(refused.documentName);
  const subject = name === null ? 'the list of scenarios' : `“${name}”`;

  return (
    <div className="shared-status__problem" role="alert">
      <p>
        The server refused a change from this browser: {refused.problem.replace(/\.?$/, '.')} Colleagues’ changes to{' '}
        {subject} no longer reach this browser until it loads the shared version again.
      </p>
      <button
        type="button"
        className="button"
        disabled={state.kind === 'working'}
        onClick={() => {
          setState({ kind: 'working' });
          recovery.keepAndReload(refused.documentName).catch((error: unknown) => {
            setState({ kind: 'failed', problem: errorMessage(error) });
          });
        }}
      >
        {name === null
          ? 'Load the shared list of scenarios'
          : `Keep my version of “${name}” in this browser and load the shared one`}
      </button>
      {state.kind === 'failed' && <p>{state.problem}</p>}
    </div>
  );
}
