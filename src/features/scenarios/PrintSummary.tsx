import { memo, useDeferredValue, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { formatHours, formatPounds, formatPoundsAndPence, formatShare } from '../../domain/format';
import { monthName } from '../../domain/months';
import type { PlanReport } from '../../domain/types';
import { ceilingStatus } from '../../domain/findings';
import { severityWord } from '../../shared/FindingItems';
import { usePlanReport } from '../../store/planContext';
import './print.css';

const printedDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/**
 * The open scenario on one page for a board paper. Hidden on screen; the print stylesheet
 * shows it alone, so printing from any view gives the same summary.
 */
export function PrintSummary() {
  const report = usePlanReport();
  // Hidden on screen, it takes an edit in a render of its own after the one that shows the edit,
  // rather than adding to the render that must be painted before a drop or an edit is seen.
  const deferredReport = useDeferredValue(report);
  const [printing, setPrinting] = useState<{ on: Date } | null>(null);
  const [openedOn] = useState(() => new Date());

  // About to print, it shows the latest report at once, dated the day it is printed.
  useEffect(() => {
    const onBeforePrint = () => flushSync(() => setPrinting({ on: new Date() }));
    const onAfterPrint = () => setPrinting(null);
    window.addEventListener('beforeprint', onBeforePrint);
    window.addEventListener('afterprint', onAfterPrint);
    return () => {
      window.removeEventListener('beforeprint', onBeforePrint);
      window.removeEventListener('afterprint', onAfterPrint);
    };
  }, []);

  return <PrintedReport report={printing ? report : deferredReport} printedOn={printing?.on ?? openedOn} />;
}

const PrintedReport = memo(function PrintedReport({ report, printedOn }: { report: PlanReport; printedOn: Date }) {
  const ceiling = ceilingStatus(report).text;

  return (
    <article className="print-summary" aria-labelledby="print-summary-title">
      <header className="print-summary__header">
        <p className="print-summary__product">Inspection Hours Planner · summary for the management group</p>
        <h2 id="print-summary-title" className="print-summary__title">
          {report.scenarioName}
        </h2>
        <p>
          Financial year {report.planningYear} (April to March) · Printed {printedDate.format(printedOn)}
        </p>
      </header>

      <dl className="print-summary__figures">
        <div>
          <dt>Total budget</dt>
          <dd>{formatPounds(report.budgetGBP)}</dd>
        </div>
        <div>
          <dt>Deployable hours</dt>
          <dd>{formatHours(report.hours.deployable, 1)}</dd>
        </div>
        <div>
          <dt>Allocated hours</dt>
          <dd>{formatHours(report.hours.allocated, 1)}</dd>
        </div>
        <div>
          <dt>Cost per hour</dt>
          <dd>
            <strong>{report.costPerHourGBP === null ? '—' : formatPoundsAndPence(report.costPerHourGBP)}</strong>{' '}
            against the {formatPoundsAndPence(report.ceilingGBPPerHour)} ceiling: {ceiling}
          </dd>
        </div>
      </dl>

      <div className="print-summary__columns">
        <table>
          <caption>Allocation of inspection hours</caption>
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col" className="numeric">
                Hours
              </th>
              <th scope="col" className="numeric">
                Share
              </th>
              <th scope="col" className="numeric">
                Cost
              </th>
            </tr>
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
              <tr>
                <th scope="col">Year</th>
                <th scope="col" className="numeric">
                  Areas
                </th>
                <th scope="col" className="numeric">
                  ESIs funded
                </th>
                <th scope="col" className="numeric">
                  Core hours needed
                </th>
              </tr>
            </thead>
            <tbody>
              {report.esi.years.map((year) => (
                <tr key={year.year}>
                  <th scope="row">{year.year}</th>
                  <td className="numeric">{year.scheduled}</td>
                  <td className="numeric">{year.capacity}</td>
                  <td className="numeric">
                    {formatHours(year.hoursNeeded)} of {formatHours(year.coreHours)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="print-summary__yot">
            All {report.yot.teams} YOTs inspected by{' '}
            <strong>
              {report.yot.completionMonth ? monthName(report.yot.completionMonth) : 'never, at this rate'}
            </strong>
            .
          </p>
        </div>
      </div>

      <h3>Findings</h3>
      {report.findings.length === 0 ? (
        <p>The plan has no findings.</p>
      ) : (
        <ul className="print-summary__findings">
          {report.findings.map((finding, index) => (
            <li key={`${finding.code}-${index}`}>
              <strong>{severityWord[finding.severity]}:</strong> {finding.message}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
});
