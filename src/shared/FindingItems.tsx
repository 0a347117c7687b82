import type { Finding, FindingCode, Severity } from '../domain/types';
import { usePlanReport } from '../store/planContext';

/** Each finding's severity in words, so it never rests on colour alone. */
export const severityWord: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Note' };

/** Findings in plain English, each with its severity, or a sentence saying there are none. */
export function FindingItems({ findings, none }: { findings: readonly Finding[]; none: string }) {
  if (findings.length === 0) return <p className="findings__none">{none}</p>;
  return (
    <ul className="findings">
      {findings.map((finding, index) => (
        <li
          key={`${finding.code}-${index}`}
          className={`finding finding--${finding.severity}`}
          data-code={finding.code}
        >
          <strong className="finding__severity">{severityWord[finding.severity]}</strong>
          <span>{finding.message}</span>
        </li>
      ))}
    </ul>
  );
}

/** The report's findings with the given codes, beside the figures they are about. */
export function FindingsAbout({ codes, none }: { codes: readonly FindingCode[]; none: string }) {
  const { findings } = usePlanReport();
  return <FindingItems findings={findings.filter((finding) => codes.includes(finding.code))} none={none} />;
}
