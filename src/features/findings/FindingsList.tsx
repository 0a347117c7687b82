import type { Finding, Severity } from '../../domain/types';
import { usePlanReport } from '../../store/planContext';

const severityLabel: Record<Severity, { one: string; many: string }> = {
  error: { one: 'error', many: 'errors' },
  warning: { one: 'warning', many: 'warnings' },
  info: { one: 'note', many: 'notes' },
};

function countText(findings: Finding[], severity: Severity): string {
  const count = findings.filter((finding) => finding.severity === severity).length;
  return `${count} ${count === 1 ? severityLabel[severity].one : severityLabel[severity].many}`;
}

/** Every finding about the plan, errors first, each in plain English with its severity in words. */
export function FindingsList() {
  const { findings } = usePlanReport();
  return (
    <section className="panel" aria-labelledby="findings-heading">
      <h2 id="findings-heading">Findings</h2>
      <p className="findings__summary" aria-live="polite">
        {countText(findings, 'error')}, {countText(findings, 'warning')}, {countText(findings, 'info')}
      </p>
      {findings.length === 0 ? (
        <p>The plan has no findings.</p>
      ) : (
        <ul className="findings">
          {findings.map((finding, index) => (
            <li key={`${finding.code}-${index}`} className={`finding finding--${finding.severity}`} data-code={finding.code}>
              <strong className="finding__severity">{capitalised(severityLabel[finding.severity].one)}</strong>
              <span>{finding.message}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
