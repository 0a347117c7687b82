import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { formatDay, formatHours, formatPoundsAndPence } from '../../domain/format';
import type { Finding, Scenario } from '../../domain/types';
import { errorMessage } from '../../domain/unknownValues';
import { usePlan, useVerbs, useWorkspaceEditable } from '../../store/planContext';
import { reportFor } from '../../store/reports';
import { today } from '../../shared/today';
import { CarryForward } from './CarryForward';
import './scenarios.css';
import { scenarioVerbs } from '../../store/slices/scenarioVerbs';

const MAX_NAME_LENGTH = 100;

type Notice =
  | { kind: 'deleted' | 'restored'; id: string; name: string }
  | { kind: 'not-created'; problem: string }
  | { kind: 'agreed'; name: string };

function countText(findings: Finding[], severity: 'error' | 'warning'): string {
  const count = findings.filter((finding) => finding.severity === severity).length;
  return `${count} ${severity}${count === 1 ? '' : 's'}`;
}

/** What is wrong with a new name, GOV.UK style, or null when it will do. */
function nameProblem(name: string, otherNames: string[]): string | null {
  const trimmed = name.trim();
  if (trimmed === '') return 'Enter a name for the scenario';
  if (trimmed.length > MAX_NAME_LENGTH) return `The name must be ${MAX_NAME_LENGTH} characters or fewer`;
  if (otherNames.includes(trimmed)) return `There is already a scenario called “${trimmed}”; choose another name`;
  return null;
}

/**
 * Every scenario with its £/hour, hours and findings; open, duplicate, rename or delete one, or start a new one.
 * While the plan is read-only a scenario can still be opened, which changes only which one is shown, and printed.
 */
export function ScenarioList() {
  const scenarios = usePlan((state) => state.workspace.scenarios);
  const activeId = usePlan((state) => state.workspace.activeId);
  const lastStepLabel = usePlan((state) => state.past.at(-1)?.label ?? null);
  const { createScenario } = useVerbs(scenarioVerbs);
  const undo = usePlan((state) => state.undo);
  const editable = useWorkspaceEditable();
  const [notice, setNotice] = useState<Notice | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  // A deletion the store refused (read-only) is not announced; its Undo takes it back only while it is still the last thing done.
  const deleted = notice?.kind === 'deleted' && !scenarios.some((entry) => entry.id === notice.id);
  const canUndoDeletion = deleted && editable && lastStepLabel === `delete ${notice.name}`;

  const newScenario = () => {
    setNotice(null);
    createScenario().catch((error: unknown) => {
      setNotice({ kind: 'not-created', problem: errorMessage(error) });
    });
  };

  const undoDeletion = () => {
    if (notice?.kind !== 'deleted') return;
    undo();
    setNotice({ ...notice, kind: 'restored' });
  };

  return (
    <section className="panel scenarios" aria-labelledby="scenarios-heading">
      <h2 id="scenarios-heading">Scenarios</h2>
      <p className="scenarios__intro">
        Each scenario is a whole plan for the year. The one open is named at the top of the page; the other views show
        it.
      </p>
      <div className="scenarios__notice" role="status" ref={noticeRef} tabIndex={-1}>
        {deleted && (
          <p>
            Deleted {notice.name}.{' '}
            {canUndoDeletion && (
              <button type="button" className="link-button" onClick={undoDeletion}>
                Undo <span className="visually-hidden">deleting {notice.name}</span>
              </button>
            )}
          </p>
        )}
        {notice?.kind === 'restored' && <p>Restored {notice.name}.</p>}
        {notice?.kind === 'agreed' && (
          <p>
            Marked {notice.name} agreed: a frozen copy of it is listed below it, and it stays open to work on.{' '}
            <a href="#/compare">Compare the working plan with the agreed one</a>.
          </p>
        )}
      </div>
      {notice?.kind === 'not-created' && (
        <div className="error-summary" role="alert">
          <h3>No new scenario was made</h3>
          <p>{notice.problem}</p>
          <p>Your scenarios have not changed. Try again when the planner can reach its server.</p>
        </div>
      )}
      <table className="scenarios__table">
        <caption className="visually-hidden">
          Every scenario with its cost per hour, allocated hours, findings, and what can be done with it
        </caption>
        <thead>
          <tr>
            <th scope="col">Scenario</th>
            <th scope="col" className="numeric">
              Cost per hour
            </th>
            <th scope="col" className="numeric">
              Allocated hours
            </th>
            <th scope="col">Findings</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {scenarios.map((entry) => (
            <ScenarioRow
              key={entry.id}
              id={entry.id}
              scenario={entry.scenario}
              open={entry.id === activeId}
              onlyOne={scenarios.length === 1}
              editable={editable}
              otherNames={scenarios.filter((other) => other.id !== entry.id).map((other) => other.scenario.name)}
              onDeleted={() => setNotice({ kind: 'deleted', id: entry.id, name: entry.scenario.name })}
              onAgreed={() => setNotice({ kind: 'agreed', name: entry.scenario.name })}
            />
          ))}
        </tbody>
      </table>
      {scenarios.length === 1 && editable && <p className="scenarios__hint">The last scenario cannot be deleted.</p>}
      <div className="scenarios__actions">
        {editable && (
          <button type="button" className="button" onClick={newScenario}>
            New scenario from the 2004/05 plan
          </button>
        )}
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          Print summary
        </button>
      </div>
      {editable && <CarryForward />}
    </section>
  );
}

interface ScenarioRowProps {
  id: string;
  scenario: Scenario;
  open: boolean;
  onlyOne: boolean;
  /** False while the store is read-only: the row can only be opened. */
  editable: boolean;
  otherNames: string[];
  onDeleted: () => void;
  onAgreed: () => void;
}

function ScenarioRow({ id, scenario, open, onlyOne, editable, otherNames, onDeleted, onAgreed }: ScenarioRowProps) {
  const report = reportFor(scenario);
  const { openScenario, duplicateScenario, renameScenario, deleteScenario, agreeScenario } = useVerbs(scenarioVerbs);
  const { agreed } = scenario;
  const [renaming, setRenaming] = useState<{ text: string; problem: string | null } | null>(null);
  const renameButton = useRef<HTMLButtonElement>(null);
  const renameInput = useRef<HTMLInputElement>(null);
  const returnFocus = useRef(false);
  const inputId = `rename-${id}`;
  const isRenaming = renaming !== null;

  // Focus goes to the field the user just asked for, and back to "Rename" when it closes. Not the
  // autofocus attribute: browsers honour it once per page, not on a field added later.
  useEffect(() => {
    if (isRenaming) renameInput.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      renameButton.current?.focus();
    }
  }, [isRenaming]);

  const stopRenaming = () => {
    returnFocus.current = true;
    setRenaming(null);
  };
  const save = (event: FormEvent) => {
    event.preventDefault();
    if (!renaming) return;
    const problem = nameProblem(renaming.text, otherNames);
    if (problem) {
      setRenaming({ ...renaming, problem });
      return;
    }
    renameScenario(id, renaming.text);
    stopRenaming();
  };
  const cancelOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    stopRenaming();
  };
  const remove = () => {
    deleteScenario(id);
    onDeleted();
  };

  return (
    <tr aria-current={open ? 'true' : undefined} className={open ? 'scenarios__row--open' : undefined}>
      <th scope="row">
        {renaming && editable ? (
          <form className={`field${renaming.problem ? ' field--error' : ''}`} onSubmit={save} noValidate>
            <label htmlFor={inputId} className="field__label">
              New name for {scenario.name}
            </label>
            {renaming.problem && (
              <p id={`${inputId}-error`} className="field__error">
                <span className="visually-hidden">Error: </span>
                {renaming.problem}
              </p>
            )}
            <input
              id={inputId}
              className="field__input"
              type="text"
              autoComplete="off"
              ref={renameInput}
              value={renaming.text}
              aria-invalid={renaming.problem ? true : undefined}
              aria-describedby={renaming.problem ? `${inputId}-error` : undefined}
              onChange={(event) => setRenaming({ text: event.target.value, problem: renaming.problem })}
              onKeyDown={cancelOnEscape}
            />
            <div className="scenarios__rename-actions">
              <button type="submit" className="button">
                Save name
              </button>
              <button type="button" className="button button--secondary" onClick={stopRenaming}>
                Cancel
              </button>
            </div>
          </form>
        ) : (
          <>
            <span className="scenarios__name">{scenario.name}</span>
            {open && <span className="tag tag--open">Open now</span>}
            {agreed && <span className="tag tag--agreed">Agreed {formatDay(agreed.on)}, frozen</span>}
          </>
        )}
      </th>
      <td className="numeric">
        {report.costPerHourGBP === null ? 'cannot be worked out' : formatPoundsAndPence(report.costPerHourGBP)}
      </td>
      <td className="numeric">
        {formatHours(report.hours.allocated, 1)} of {formatHours(report.hours.deployable, 1)}
      </td>
      <td>
        {countText(report.findings, 'error')}, {countText(report.findings, 'warning')}
      </td>
      <td>
        <div className="scenarios__row-actions">
          {!open && (
            <button type="button" className="button button--secondary" onClick={() => openScenario(id)}>
              Open <span className="visually-hidden">{scenario.name}</span>
            </button>
          )}
          {editable && (
            <>
              <button type="button" className="button button--secondary" onClick={() => duplicateScenario(id)}>
                Duplicate <span className="visually-hidden">{scenario.name}</span>
              </button>
              {!agreed && (
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => {
                    agreeScenario(id, today());
                    onAgreed();
                  }}
                >
                  Mark agreed <span className="visually-hidden">{scenario.name}</span>
                </button>
              )}
              {!renaming && !agreed && (
                <button
                  type="button"
                  className="button button--secondary"
                  ref={renameButton}
                  onClick={() => setRenaming({ text: scenario.name, problem: null })}
                >
                  Rename <span className="visually-hidden">{scenario.name}</span>
                </button>
              )}
              {!onlyOne && (
                <button type="button" className="button button--warning" onClick={remove}>
                  Delete <span className="visually-hidden">{scenario.name}</span>
                </button>
              )}
            </>
          )}
        </div>
      </td>
    </tr>
  );
}
