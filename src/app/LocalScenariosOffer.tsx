import { useState } from 'react';
import type { Scenario } from '../domain/types';
import { thisBrowsersScenarios } from '../store/keptInThisBrowser';
import { browserStorage } from '../store/persistence';
import type { SharedStatus } from '../sync/connection';

/**
 * Offers to copy the scenarios this browser holds on its own into the shared workspace. They are
 * copied, never moved: this browser's own stay as they were, so nothing is lost if the server
 * never confirms, and each says when the server has it.
 */
export function LocalScenariosOffer({
  status,
  copyIn,
}: {
  status: SharedStatus;
  copyIn: (scenario: Scenario) => void;
}) {
  const [local] = useState(() => thisBrowsersScenarios(browserStorage(window)));
  const [copied, setCopied] = useState<string[]>([]);
  if (local.length === 0) return null;
  const confirmed = status.connection === 'connected' && status.waiting === 0;

  return (
    <details className="shared-status__more">
      <summary>
        This browser also holds {local.length === 1 ? 'a scenario' : `${local.length} scenarios`} of its own
      </summary>
      <ul>
        {local.map(({ id, scenario }) => (
          <li key={id}>
            {scenario.name}{' '}
            {copied.includes(id) ? (
              <span role="status">
                {confirmed
                  ? 'Copied into the shared workspace, and saved on the server.'
                  : 'Copied; waiting for the server to confirm. This browser keeps its own copy.'}
              </span>
            ) : (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  copyIn(scenario);
                  setCopied((earlier) => [...earlier, id]);
                }}
              >
                Copy “{scenario.name}” into the shared workspace
              </button>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
