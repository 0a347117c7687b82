import { useMemo, useState } from 'react';
import { compareScenarios, MINUS, type ComparedRow, type ScenarioComparison } from '../../domain/compareScenarios';
import type { Scenario } from '../../domain/types';
import { usePlan } from '../../store/planContext';
import { reportFor } from '../../store/reports';
import './scenarios.css';

/**
 * Scenarios chosen by ticking, side by side; the first chosen is the baseline the others are
 * measured against. Where the open plan has been agreed, it opens measured against its latest
 * agreed copy.
 */
export function CompareScenarios() {
  const scenarios = usePlan((state) => state.workspace.scenarios);
  const activeId = usePlan((state) => state.workspace.activeId);
  const agreedId = latestAgreedCopy(scenarios, activeId);
  const [chosenIds, setChosenIds] = useState<string[]>(() => (agreedId === null ? [] : [agreedId, activeId]));
  const chosen = useMemo(
    () => chosenIds.flatMap((id) => scenarios.filter((entry) => entry.id === id)),
    [chosenIds, scenarios],
  );
  const comparison = useMemo(
    () => (chosen.length >= 2 ? compareScenarios(chosen.map((entry) => reportFor(entry.scenario))) : null),
    [chosen],
  );
  const baselineId = chosen[0]?.id;

  const toggle = (id: string, checked: boolean) =>
    setChosenIds((ids) =>
      checked ? [...ids.filter((other) => other !== id), id] : ids.filter((other) => other !== id),
    );

  return (
    <section className="panel compare" aria-labelledby="compare-heading">
      <h2 id="compare-heading">Compare scenarios</h2>
      {agreedId !== null && (
        <p>
          <button type="button" className="button button--secondary" onClick={() => setChosenIds([agreedId, activeId])}>
            Compare the open plan with its agreed copy
          </button>
        </p>
      )}
      <fieldset className="compare__choice" aria-describedby="compare-hint">
        <legend>Scenarios to compare</legend>
        <p id="compare-hint" className="field__hint">
          Choose two or more. Differences are measured against the first one you choose, the baseline.
        </p>
        <ul>
          {scenarios.map((entry) => (
            <li key={entry.id}>
              <input
                type="checkbox"
                id={`compare-${entry.id}`}
                checked={chosenIds.includes(entry.id)}
                onChange={(event) => toggle(entry.id, event.target.checked)}
              />
              <label htmlFor={`compare-${entry.id}`}>
                {entry.scenario.name}
                {entry.id === baselineId && <span className="tag tag--baseline">baseline</span>}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      {scenarios.length < 2 ? (
        <p className="compare__empty">
          There is only one scenario, so there is nothing to compare it with yet. In <a href="#/scenarios">Scenarios</a>
          , duplicate it or start one from the 2004/05 plan, change the new one, and compare the two here.
        </p>
      ) : comparison === null ? (
        <p className="compare__empty">Choose at least two scenarios to see them side by side.</p>
      ) : (
        <Comparison comparison={comparison} />
      )}
    </section>
  );
}

/** The agreed copy of the plan with this id taken most recently, or null if it has none. */
function latestAgreedCopy(scenarios: readonly { id: string; scenario: Scenario }[], planId: string): string | null {
  let latest: { id: string; on: string } | null = null;
  for (const { id, scenario } of scenarios) {
    const { agreed } = scenario;
    // Of copies taken on one day, the first listed is the latest: each goes just below its plan.
    if (agreed?.fromScenarioId === planId && (latest === null || agreed.on > latest.on)) latest = { id, on: agreed.on };
  }
  return latest?.id ?? null;
}

function Comparison({ comparison }: { comparison: ScenarioComparison }) {
  const baseline = comparison.names[0] ?? '';
  return (
    <>
      <h3 id="what-changed-heading">What changed</h3>
      <div className="compare__changes" aria-labelledby="what-changed-heading" role="region">
        {comparison.changes.map((change, index) => (
          <div key={index}>
            <h4>
              {change.name} against {baseline}
            </h4>
            {change.phrases.length === 0 ? (
              <p>No differences.</p>
            ) : (
              <ul>
                {change.phrases.map((phrase) => (
                  <li key={phrase}>{phrase}</li>
                ))}
              </ul>
            )}
          </div>
        ))}
      </div>
      <div className="compare__tables">
        <CompareTable caption="Totals, £ per hour and findings" names={comparison.names} rows={comparison.totals} />
        <CompareTable caption="Hours by line" names={comparison.names} rows={comparison.lineHours} />
        <CompareTable
          caption="Share of the deployable hours by line"
          names={comparison.names}
          rows={comparison.lineShares}
        />
        <CompareTable caption="Cost by line" names={comparison.names} rows={comparison.lineCosts} />
        <CompareTable caption="ESI: Areas scheduled each year" names={comparison.names} rows={comparison.esiYears} />
      </div>
    </>
  );
}

/** The arrow beside a difference: a shape, so that the change does not rest on colour. */
function markerOf(difference: string): string {
  if (difference.startsWith('+')) return '▲';
  if (difference.startsWith(MINUS)) return '▼';
  return '◆';
}

function CompareTable({ caption, names, rows }: { caption: string; names: string[]; rows: ComparedRow[] }) {
  return (
    <div className="compare__table-wrap">
      <table className="compare__table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <td />
            {names.map((name, index) => (
              <th key={index} scope="col" className="numeric">
                {name}
                {index === 0 && <span className="compare__baseline"> (baseline)</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className={row.changed ? 'compare__row--changed' : undefined}>
              <th scope="row">{row.label}</th>
              {row.cells.map((cell, index) => (
                <td key={index} className={`numeric${cell.difference ? ' compare__cell--changed' : ''}`}>
                  {cell.difference ? (
                    <>
                      <strong>{cell.text}</strong>
                      <span className="compare__difference">
                        <span aria-hidden="true">{markerOf(cell.difference)} </span>
                        <span className="visually-hidden">changed: </span>
                        {cell.difference}
                      </span>
                    </>
                  ) : (
                    cell.text
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
