import { useState, useSyncExternalStore } from 'react';
import { DECISION_KINDS, type DecisionKind } from '../../domain/decisions';
import { formatCount } from '../../domain/format';
import { exportFileName } from '../../domain/scenarioExport';
import { useScenario } from '../../store/planContext';
import type { LoggedDecision } from '../../sync/decisionLogDocument';
import type { Readable } from '../../sync/readable';
import { downloadText } from '../../shared/downloadFile';
import { formatSharedDate } from '../../shared/sharedTime';
import { decisionLogCsv } from './decisionLogCsv';
import './decisions.css';

const EVERYONE = '';
const EVERY_KIND = '';
const KINDS = Object.entries(DECISION_KINDS) as [DecisionKind, string][];

/**
 * The open scenario's decision log, newest first, as the server recorded it: who decided what,
 * when, and the figures before and after; filtered by person and by kind, and downloaded as CSV.
 */
export function DecisionLog({ log }: { log: Readable<LoggedDecision[]> }) {
  const entries = useSyncExternalStore(log.subscribe, log.get);
  const scenarioName = useScenario((scenario) => scenario.name);
  const [person, setPerson] = useState(EVERYONE);
  const [kind, setKind] = useState(EVERY_KIND);
  const people = [...new Set(entries.map((entry) => entry.by))].sort((first, second) =>
    first.localeCompare(second, 'en-GB'),
  );
  const shown = entries
    .filter((entry) => (person === EVERYONE || entry.by === person) && (kind === EVERY_KIND || entry.kind === kind))
    .reverse();
  const filtered = person !== EVERYONE || kind !== EVERY_KIND;

  return (
    <section className="panel decision-log" aria-labelledby="decision-log-heading">
      <h2 id="decision-log-heading">Decisions</h2>
      <p className="decision-log__intro">
        Every decision taken on this scenario in the shared workspace: joint inspections committed and withdrawn,
        contingency draws, ESI Areas moved to another year, and changes to the budget, the hours and the lines. The
        server records each one as it accepts the change; no one can edit the log.
      </p>
      <div className="decision-log__controls">
        <FilterSelect
          id="decision-log-person"
          label="Person"
          value={person}
          onChange={setPerson}
          options={[[EVERYONE, 'Everyone'], ...people.map((name): [string, string] => [name, name])]}
        />
        <FilterSelect
          id="decision-log-kind"
          label="Kind of decision"
          value={kind}
          onChange={setKind}
          options={[[EVERY_KIND, 'Every kind'], ...KINDS]}
        />
        <button
          type="button"
          className="button button--secondary"
          disabled={shown.length === 0}
          aria-describedby="decision-log-download-hint"
          onClick={() =>
            downloadText(
              decisionLogCsv(shown),
              exportFileName(scenarioName, '-decisions.csv'),
              'text/csv;charset=utf-8',
            )
          }
        >
          Download the decision log (CSV)
        </button>
        <p id="decision-log-download-hint" className="decision-log__hint">
          The file holds the decisions listed below{filtered ? ', as filtered' : ''}.
        </p>
      </div>
      <p className="decision-log__count" role="status">
        {entries.length === 0
          ? 'No decisions have been recorded on this scenario yet.'
          : filtered
            ? `${formatCount(shown.length, 'decision')} of ${formatCount(entries.length, 'decision')} shown.`
            : `${formatCount(entries.length, 'decision')}.`}
      </p>
      {shown.length > 0 && (
        <table className="decision-log__table">
          <caption>Decisions on {scenarioName}, the newest first</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">Decision</th>
              <th scope="col">Before</th>
              <th scope="col">After</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((entry, index) => (
              <tr key={`${entry.at} ${index}`}>
                <td>
                  <time dateTime={entry.at}>{formatSharedDate(entry.at)}</time>
                </td>
                <td>{entry.by}</td>
                <td>
                  {entry.label}
                  <span className="decision-log__kind">{DECISION_KINDS[entry.kind]}</span>
                </td>
                <td>{entry.before}</td>
                <td>{entry.after}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** One of the log's filters: a labelled choice of values, each shown by its name. */
function FilterSelect({
  id,
  label,
  value,
  onChange,
  options,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly (readonly [string, string])[];
}) {
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <select id={id} className="field__select" value={value} onChange={(event) => onChange(event.target.value)}>
        {options.map(([optionValue, name]) => (
          <option key={optionValue} value={optionValue}>
            {name}
          </option>
        ))}
      </select>
    </div>
  );
}
