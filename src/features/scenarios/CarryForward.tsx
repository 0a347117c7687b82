import { useEffect, useRef, useState, type RefObject } from 'react';
import { carryForward, type CarrySummary } from '../../domain/carryForward';
import { financialYearOf, financialYearStart } from '../../domain/months';
import type { Finding } from '../../domain/types';
import { usePlan, useVerbs } from '../../store/planContext';
import { reportFor } from '../../store/reports';
import { activeScenario } from '../../store/workspace';
import { scenarioVerbs } from '../../store/slices/scenarioVerbs';

type Step = { kind: 'idle' } | { kind: 'confirm'; errors: Finding[] } | { kind: 'done'; summary: CarrySummary };

/**
 * "Start the next year's plan from this one", for the open scenario. A plan with errors is carried
 * only once the user has seen them, since they carry too; afterwards the summary says what was
 * carried, what became done and what the group still has to decide.
 */
export function CarryForward() {
  const workspace = usePlan((state) => state.workspace);
  const { carryForwardScenario } = useVerbs(scenarioVerbs);
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const panel = useRef<HTMLDivElement>(null);
  const scenario = activeScenario(workspace);
  const next = financialYearOf(financialYearStart(scenario.planningYear) + 1);

  // The confirmation and the summary each replace the button that asked for them, so focus follows them.
  useEffect(() => {
    if (step.kind !== 'idle') panel.current?.focus();
  }, [step]);

  const carry = () => {
    const summary = carryForwardScenario(workspace.activeId, carryForward);
    setStep(summary ? { kind: 'done', summary } : { kind: 'idle' });
  };
  const start = () => {
    const errors = reportFor(scenario).findings.filter((finding) => finding.severity === 'error');
    if (errors.length > 0) setStep({ kind: 'confirm', errors });
    else carry();
  };

  return (
    <section className="carry-forward" aria-labelledby="carry-forward-heading">
      <h3 id="carry-forward-heading">Next year’s plan</h3>
      {/* Above the button, which now offers the year after: the summary is about the step just taken. */}
      {step.kind === 'done' && <CarrySummaryPanel summary={step.summary} panel={panel} />}
      {step.kind === 'confirm' ? (
        <div className="carry-forward__panel carry-forward__panel--warning" ref={panel} tabIndex={-1}>
          <h4>
            {scenario.name} still has {step.errors.length === 1 ? 'an error' : `${step.errors.length} errors`}
          </h4>
          <p>They will carry into the {next} plan. Start it anyway, or go back and resolve them first.</p>
          <ul>
            {step.errors.map((finding) => (
              <li key={`${finding.code}-${finding.message}`}>{finding.message}</li>
            ))}
          </ul>
          <div className="scenarios__actions">
            <button type="button" className="button" onClick={carry}>
              Start the {next} plan anyway
            </button>
            <button type="button" className="button button--secondary" onClick={() => setStep({ kind: 'idle' })}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <>
          <p className="scenarios__intro">
            A new scenario for {next} from the open one, {scenario.name}: its figures carried as a starting point, what
            it planned for {scenario.planningYear} taken as done. The {scenario.planningYear} plan stays as it is.
          </p>
          <button type="button" className="button" onClick={start}>
            Start the {next} plan from this one
          </button>
        </>
      )}
    </section>
  );
}

function CarrySummaryPanel({ summary, panel }: { summary: CarrySummary; panel: RefObject<HTMLDivElement | null> }) {
  const parts: [string, string[]][] = [
    ['What was carried', summary.carried],
    ['What is now done', summary.done],
    ['What needs a decision', summary.decisions],
  ];
  return (
    <div
      className="carry-forward__panel"
      ref={panel}
      tabIndex={-1}
      role="region"
      aria-labelledby="carry-summary-heading"
    >
      <h4 id="carry-summary-heading">
        The {summary.to} plan was started from the {summary.from} plan, and is open now
      </h4>
      {parts.map(([heading, lines]) => (
        <div key={heading}>
          <h5>{heading}</h5>
          <ul>
            {lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
