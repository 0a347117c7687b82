import type { Finding, Severity } from '../../domain/types';
import { FindingItems } from '../../shared/FindingItems';
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
      <FindingItems findings={findings} none="The plan has no findings." />
    </section>
  );
}
