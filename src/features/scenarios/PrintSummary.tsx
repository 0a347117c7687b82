import { memo, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { formatHours, formatPounds, formatPoundsAndPence, formatShare } from '../../domain/format';
import { monthName } from '../../domain/months';
import type { PlanReport } from '../../domain/types';
import { ceilingStatus } from '../../domain/findings';
import { severityWord } from '../../shared/FindingItems';
import { usePlanStore } from '../../store/planContext';
import { activeReport } from '../../store/planStore';
import './print.css';

const printedDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/** How long a change may wait for the browser to be idle before the summary takes it anyway. */
const IDLE_WAIT_MS = 500;

/**
 * The open scenario on one page for a board paper. Hidden on screen; the print stylesheet
 * shows it alone, so printing from any view gives the same summary.
 */
export function PrintSummary() {
  const store = usePlanStore();
  const [shown, setShown] = useState(() => ({ report: activeReport(store.getState()), printedOn: new Date() }));

  // Hidden on screen, it takes a change when the browser is next idle, rather than adding to the
  // render that must be painted before a drop or an edit is seen; and at once before printing.
  useEffect(() => {
    let idleRequest: number | null = null;
    const takeLatest = () => {
      if (idleRequest !== null) cancelIdleCallback(idleRequest);
      idleRequest = null;
      setShown((current) => ({ ...current, report: activeReport(store.getState()) }));
    };
    // Where the browser cannot tell when it is idle (as in tests), the summary takes it at once.
    const unsubscribe = store.subscribe(() => {
      if (typeof requestIdleCallback !== 'function') takeLatest();
      else idleRequest ??= requestIdleCallback(takeLatest, { timeout: IDLE_WAIT_MS });
    });
    const onBeforePrint = () => {
      flushSync(() => {
        takeLatest();
        setShown((current) => ({ ...current, printedOn: new Date() }));
      });
    };
    window.addEventListener('beforeprint', onBeforePrint);
    return () => {
      unsubscribe();
      if (idleRequest !== null) cancelIdleCallback(idleRequest);
      window.removeEventListener('beforeprint', onBeforePrint);
    };
  }, [store]);

  return <PrintedReport report={shown.report} printedOn={shown.printedOn} />;
}

const PrintedReport = memo(function PrintedReport({ report, printedOn }: { report: PlanReport; printedOn: Date }) {
  const ceiling = ceilingStatus(report).text;

  return (
    <article className="print-summary" aria-labelledby="print-summary-title">
      <header className="print-summary__header">
        <p className="print-summary__product">Inspection Hours Planner · summary for the management group</p>
        <h2 id="print-summary-title" className="print-summary__title">{report.scenarioName}</h2>
        <p>Financial year {report.planningYear} (April to March) · Printed {printedDate.format(printedOn)}</p>
      </header>

      <dl className="print-summary__figures">
        <div><dt>Total budget</dt><dd>{formatPounds(report.budgetGBP)}</dd></div>
        <div><dt>Deployable hours</dt><dd>{formatHours(report.hours.deployable, 1)}</dd></div>
        <div><dt>Allocated hours</dt><dd>{formatHours(report.hours.allocated, 1)}</dd></div>
        <div>
          <dt>Cost per hour</dt>
          <dd>
            <strong>{report.costPerHourGBP === null ? '—' : formatPoundsAndPence(report.costPerHourGBP)}</strong>
            {' '}against the {formatPoundsAndPence(report.ceilingGBPPerHour)} ceiling: {ceiling}
          </dd>
        </div>
      </dl>

      <div className="print-summary__columns">
        <table>
          <caption>Allocation of inspection hours</caption>
          <thead>
            <tr><th scope="col">Line</th><th scope="col" className="numeric">Hours</th><th scope="col" className="numeric">Share</th><th scope="col" className="numeric">Cost</th></tr>
          </thead>
          <tbody>
            {report.lines.map((line) => (
              <tr key={line.id}>
                <th scope="row">{line.label}</th>
                <td className="numeric">{formatHours(line.hours, 1)}</td>
                <td className="numeric">{formatShare(line.share)}</td>
                <td className="numeric">{formatPounds(line.costGBP)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Allocated</th>
              <td className="numeric">{formatHours(report.hours.allocated, 1)}</td>
              <td className="numeric">{formatShare(report.allocatedShare)}</td>
              <td className="numeric">{formatPounds(report.allocatedCostGBP)}</td>
            </tr>
          </tfoot>
        </table>

        <div>
          <table>
            <caption>ESI cycle: Areas each year</caption>
            <thead>
              <tr><th scope="col">Year</th><th scope="col" className="numeric">Areas</th><th scope="col" className="numeric">ESIs funded</th><th scope="col" className="numeric">Core hours needed</th></tr>
            </thead>
            <tbody>
              {report.esi.years.map((year) => (
                <tr key={year.year}>
                  <th scope="row">{year.year}</th>
                  <td className="numeric">{year.scheduled}</td>
                  <td className="numeric">{year.capacity}</td>
                  <td className="numeric">{formatHours(year.hoursNeeded)} of {formatHours(year.coreHours)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="print-summary__yot">
            All {report.yot.teams} YOTs inspected by <strong>{report.yot.completionMonth ? monthName(report.yot.completionMonth) : 'never, at this rate'}</strong>.
          </p>
        </div>
      </div>

      <h3>Findings</h3>
      {report.findings.length === 0 ? <p>The plan has no findings.</p> : (
        <ul className="print-summary__findings">
          {report.findings.map((finding, index) => (
            <li key={`${finding.code}-${index}`}><strong>{severityWord[finding.severity]}:</strong> {finding.message}</li>
          ))}
        </ul>
      )}
    </article>
  );
});
