import { formatHours, formatNumber } from '../../domain/format';
import { previousFinancialYear } from '../../domain/months';
import { citeCarried } from '../../domain/sources';
import type { Source } from '../../domain/types';
import { usePlan, usePlanReport, useScenario } from '../../store/planContext';

function citation(source: Source): string {
  if (source.kind === 'carried') return citeCarried(source);
  return source.kind === 'report' ? source.ref : 'an assumption';
}

/** The programmes year by year, from the year before the plan to the year the YOT programme completes. */
export function ProgrammeTimeline() {
  const report = usePlanReport();
  const showTentative = usePlan((state) => state.showTentative);
  const yotDone = useScenario((scenario) => scenario.yot.doneBefore);
  const peopleDone = useScenario((scenario) => scenario.supportingPeople.doneBefore);
  const years = report.timeline.years;
  const yearBefore = previousFinancialYear(report.planningYear);
  const esiDone = years.find((year) => year.year === yearBefore)?.esiAreas ?? 0;

  return (
    <section className="panel capacity-timeline" aria-labelledby="capacity-timeline-heading">
      <h2 id="capacity-timeline-heading">Programmes year by year</h2>
      <p className="capacity-timeline__note">
        Work done before {report.planningYear} is the report’s totals, not a plan: {formatNumber(yotDone.value)} YOT
        inspections ({citation(yotDone.source)}), {formatNumber(peopleDone.value)} Supporting People inspections (
        {citation(peopleDone.source)}) and {formatNumber(esiDone)} ESIs (§2.2) in {yearBefore}. Hours are each
        programme’s inspections at this plan’s hours for one.
      </p>
      <div className="capacity-table-wrap" tabIndex={0} role="region" aria-labelledby="capacity-years-caption">
        <table className="capacity-table">
          <caption id="capacity-years-caption">
            Inspections and hours by financial year, {years[0]?.year ?? report.planningYear} to{' '}
            {years.at(-1)?.year ?? report.planningYear}
          </caption>
          <colgroup>
            <col />
          </colgroup>
          <colgroup span={3} />
          <colgroup span={showTentative ? 5 : 4} />
          <thead>
            <tr>
              <td />
              <th scope="colgroup" colSpan={3} className="capacity-table__group">
                Inspections
              </th>
              <th scope="colgroup" colSpan={showTentative ? 5 : 4} className="capacity-table__group">
                Hours
              </th>
            </tr>
            <tr>
              <th scope="col">Year</th>
              <th scope="col" className="numeric">
                ESI Areas
              </th>
              <th scope="col" className="numeric">
                YOT
              </th>
              <th scope="col" className="numeric">
                Supporting People
              </th>
              <th scope="col" className="numeric">
                ESI
              </th>
              <th scope="col" className="numeric">
                YOT
              </th>
              <th scope="col" className="numeric">
                Supporting People
              </th>
              <th scope="col" className="numeric">
                Joint, committed
              </th>
              {showTentative && (
                <th scope="col" className="numeric">
                  Joint, proposed
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {years.map((year) => (
              <tr
                key={year.year}
                className={year.year === report.planningYear ? 'capacity-timeline__planning-year' : undefined}
              >
                <th scope="row">
                  {year.year}
                  {year.year === yearBefore && <span className="capacity-timeline__tag">done</span>}
                  {year.year === report.planningYear && <span className="capacity-timeline__tag">this plan</span>}
                </th>
                <td className="numeric">
                  {year.esiAreas === null ? (
                    <>
                      <span aria-hidden="true">—</span>
                      <span className="visually-hidden">outside the cycle</span>
                    </>
                  ) : (
                    formatNumber(year.esiAreas)
                  )}
                </td>
                <td className="numeric">{formatNumber(year.yotInspections)}</td>
                <td className="numeric">{formatNumber(year.supportingPeopleInspections)}</td>
                <td className="numeric">{formatHours(year.esiHours)}</td>
                <td className="numeric">{formatHours(year.yotHours)}</td>
                <td className="numeric">{formatHours(year.supportingPeopleHours)}</td>
                <td className="numeric">{formatHours(year.jointFirmHours)}</td>
                {showTentative && <td className="numeric">{formatHours(year.jointTentativeHours)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="capacity-timeline__key">— in ESI Areas: the year is outside the three-year ESI cycle.</p>
    </section>
  );
}
