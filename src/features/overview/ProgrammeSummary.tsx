import { formatHours } from '../../domain/format';
import { monthName } from '../../domain/months';
import { SourceNote } from '../../shared/SourceNote';
import { usePlanReport, useScenario } from '../../store/planContext';
import type { Source } from '../../domain/types';

const coreHoursEachYear: Source = {
  kind: 'assumption',
  reasoning:
    "The report gives ESI core hours for 2004/05 only (§5.14), so every year of the cycle is measured against the planning year's ESI core line.",
};

/** The ESI cycle and the YOT programme at a glance: what the hours fund against what is scheduled. */
export function ProgrammeSummary() {
  const report = usePlanReport();
  const coreHoursPerEsi = useScenario((scenario) => scenario.esi.coreHoursPerEsi);
  const yotHoursPerInspection = useScenario((scenario) => scenario.yot.hoursPerInspection);
  const { esi, yot } = report;
  const yearsOverCapacity = new Set(
    report.findings.filter((finding) => finding.code === 'ESI_YEAR_OVER_CAPACITY').map((finding) => finding.where.year),
  );

  return (
    <section className="panel" aria-labelledby="programmes-heading">
      <h2 id="programmes-heading">Programmes</h2>
      <h3>ESI cycle</h3>
      <dl className="facts">
        <div>
          <dt>Core hours per ESI</dt>
          <dd>
            {formatHours(esi.coreHoursPerEsi, 1)} <SourceNote source={coreHoursPerEsi.source} />
          </dd>
        </div>
        <div>
          <dt>Core hours each year</dt>
          <dd>
            {formatHours(esi.years[0]?.coreHours ?? 0)} <SourceNote source={coreHoursEachYear} />
          </dd>
        </div>
      </dl>
      <table>
        <caption className="visually-hidden">
          Areas scheduled for ESI in each year against the ESIs the core hours fund
        </caption>
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
          {esi.years.map((year) => {
            const over = yearsOverCapacity.has(year.year);
            return (
              <tr key={year.year} className={over ? 'row--over' : undefined}>
                <th scope="row">{year.year}</th>
                <td className="numeric">
                  {year.scheduled}
                  {over && <span className="tag tag--error">over</span>}
                </td>
                <td className="numeric">{year.capacity}</td>
                <td className="numeric">
                  {formatHours(year.hoursNeeded)} of {formatHours(year.coreHours)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>

      <h3>YOT inspections</h3>
      <dl className="facts">
        <div>
          <dt>Hours per inspection</dt>
          <dd>
            {formatHours(yotHoursPerInspection.value, 1)} <SourceNote source={yotHoursPerInspection.source} />
          </dd>
        </div>
        <div>
          <dt>All {yot.teams} YOTs inspected by</dt>
          <dd>
            <strong>{yot.completionMonth ? monthName(yot.completionMonth) : 'never, at this rate'}</strong>
          </dd>
        </div>
      </dl>
      <table>
        <caption className="visually-hidden">YOT inspections and the hours they need in each financial year</caption>
        <thead>
          <tr>
            <th scope="col">Year</th>
            <th scope="col" className="numeric">
              Inspections
            </th>
            <th scope="col" className="numeric">
              Hours needed
            </th>
          </tr>
        </thead>
        <tbody>
          {yot.years.map((year) => (
            <tr key={year.year}>
              <th scope="row">{year.year}</th>
              <td className="numeric">{year.inspections}</td>
              <td className="numeric">{formatHours(year.hoursNeeded)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
