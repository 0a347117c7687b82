import { useState } from 'react';
import { errorMessage } from '../../domain/unknownValues';
import { usePersistence, usePersistenceStatus } from '../../store/persistenceContext';
import { usePlanStore, useScenario } from '../../store/planContext';
import { activeScenario } from '../../store/workspace';
import { downloadText } from '../../shared/downloadFile';
import { downloadScenarioFile } from './downloads';
import './fileTransfer.css';

const timeOfDay = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** "at 09:14:03", or nothing when the time is not known. */
function atTime(savedAt: string | null): string {
  if (savedAt === null) return '';
  const date = new Date(savedAt);
  return Number.isNaN(date.getTime()) ? '' : ` at ${timeOfDay.format(date)}`;
}

/** "inspection-hours-planner-unreadable-2026-11-28T08-51-07-000Z.txt" from the key the data is kept under. */
function unreadableFileName(key: string): string {
  const stamp = key
    .slice(key.lastIndexOf('/') + 1)
    .replace(/[^A-Za-z0-9-]+/g, '-')
    .replace(/-+$/, '');
  return `inspection-hours-planner-unreadable-${stamp}.txt`;
}

/**
 * What the user must know about saving, in banners that stay until the situation changes: edits
 * not being saved, another tab's newer saves, data from a newer planner, data that could not be read.
 */
export function SavedDataBanners() {
  const persistence = usePersistence();
  const saveProblem = usePersistenceStatus((status) => status.saveProblem);
  const otherTab = usePersistenceStatus((status) => status.otherTab);
  const newer = usePersistenceStatus((status) => status.newer);
  const unreadable = usePersistenceStatus((status) => status.unreadable);
  const store = usePlanStore();
  // The name is shown; the scenario itself is read only when it is exported.
  const scenarioName = useScenario((current) => current.name);
  // Loading the latest fetches the 2004/05 plan if another tab left nothing to load, which can fail.
  const [loadProblem, setLoadProblem] = useState<string | null>(null);

  if (!persistence || (saveProblem === null && otherTab === null && newer === null && unreadable.length === 0))
    return null;

  const loadLatest = () => {
    setLoadProblem(null);
    persistence.loadLatest().catch((error: unknown) => setLoadProblem(errorMessage(error)));
  };

  const exportButton = (
    <button
      type="button"
      className="button button--secondary"
      onClick={() => downloadScenarioFile(activeScenario(store.getState().workspace))}
    >
      Export “{scenarioName}”
    </button>
  );

  return (
    <section className="saved-data" aria-label="Saving">
      {saveProblem !== null && otherTab === null && (
        <div className="banner banner--error" role="alert" aria-labelledby="save-problem-title">
          <h2 id="save-problem-title">Your changes are not being saved</h2>
          <p>
            {saveProblem}. Everything you have entered is still here in this tab, and the planner tries again at each
            change, but closing the tab now would lose it.
          </p>
          <p>Export each scenario you want to keep as a file.</p>
          <div className="banner__actions">
            {exportButton}
            <button type="button" className="button button--secondary" onClick={() => persistence.flush()}>
              Try saving again
            </button>
          </div>
        </div>
      )}
      {otherTab !== null && (
        <div className="banner banner--warning" role="alert" aria-labelledby="other-tab-title">
          <h2 id="other-tab-title">This tab is read-only: another tab saved changes</h2>
          <p>
            The planner is open in another tab, which saved its changes{atTime(otherTab.savedAt)}. So that neither tab
            overwrites the other, this tab no longer changes or saves anything.
          </p>
          {otherTab.unsavedHere && (
            <p>
              <strong>Your latest changes in this tab are not saved.</strong> Export the scenario to keep them before
              you load the latest version.
            </p>
          )}
          {loadProblem !== null && (
            <p>
              <strong>The latest version could not be loaded.</strong> {loadProblem} Nothing in this tab has changed.
            </p>
          )}
          <div className="banner__actions">
            <button type="button" className="button" onClick={loadLatest}>
              Load the latest version
            </button>
            {otherTab.unsavedHere && exportButton}
          </div>
        </div>
      )}
      {newer !== null && (
        <div className="banner banner--warning" role="region" aria-labelledby="newer-title">
          <h2 id="newer-title">Opened read-only: saved by a newer version of the planner</h2>
          <p>
            {newer.problem}{' '}
            {newer.shown
              ? 'What this version can show is open read-only'
              : 'This version cannot show them, so it shows the built-in 2004/05 plan read-only'}
            ; the saved data is not changed or overwritten here. Open the newest version of the planner to edit it.
          </p>
        </div>
      )}
      {unreadable.map((data, index) => (
        <div
          key={data.key}
          className="banner banner--error"
          role="region"
          aria-labelledby={`unreadable-title-${index}`}
        >
          <h2 id={`unreadable-title-${index}`}>Saved data could not be read</h2>
          <p>
            The planner has kept it exactly as it was and started from the built-in 2004/05 plan beside it. Download it
            to keep a copy{data.keptAside ? ', and delete it here once you no longer need it' : ''}.
          </p>
          {data.problems.length > 0 && (
            <details className="banner__details">
              <summary>What is wrong with it</summary>
              <ul>
                {data.problems.slice(0, 5).map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            </details>
          )}
          <div className="banner__actions">
            <button
              type="button"
              className="button button--secondary"
              onClick={() => downloadText(data.text, unreadableFileName(data.key), 'text/plain;charset=utf-8')}
            >
              Download the unreadable data
            </button>
            {data.keptAside && (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => persistence.discardUnreadable(data.key)}
              >
                Delete the unreadable data
              </button>
            )}
          </div>
        </div>
      ))}
    </section>
  );
}
