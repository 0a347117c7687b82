import { formatCount, formatHours, formatNumber } from '../../domain/format';
import { firstMonthOf, monthName } from '../../domain/months';
import { SourceNote } from '../../shared/SourceNote';
import { usePlanReport, useScenario } from '../../store/planContext';
import { useYotLayout } from './useYotLayout';

/** When every YOT is inspected against the five years of §5.4, and the hours each year needs against the YOT line. */
export function YotSummary() {
  const { yot: report } = usePlanReport();
  const teams = useScenario((scenario) => scenario.yot.teams);
  const doneBefore = useScenario((scenario) => scenario.yot.doneBefore);
  const programmeStart = useScenario((scenario) => scenario.yot.programmeStart.month);
  const planningYear = useScenario((scenario) => scenario.planningYear);
  const { monthsLate } = useYotLayout();
  const late = monthsLate === null || monthsLate > 0;
  const fiveYears = `five years from ${monthName(programmeStart)}`;

  return (
    <section className="panel yot-summary" aria-labelledby="yot-summary-heading">
      <h2 id="yot-summary-heading">YOT inspection programme</h2>
      <p className="yot-summary__headline" data-testid="yot-completion">
        {report.completionMonth === null ? (
          'At this rate not every YOT is inspected within fifty years'
        ) : (
          <>
            Every YOT inspected by <strong>{monthName(report.completionMonth)}</strong>
          </>
        )}
      </p>
      <p
        className={`yot-summary__verdict yot-summary__verdict--${late ? 'late' : 'on-time'}`}
        data-testid="yot-verdict"
      >
        <strong>{late ? 'Late' : 'On time'}:</strong>{' '}
        {monthsLate === null &&
          `the programme should finish by ${monthName(report.deadlineMonth)}, ${fiveYears} (§5.4).`}
        {monthsLate !== null &&
          monthsLate > 0 &&
          `${formatCount(monthsLate, 'month')} after ${monthName(report.deadlineMonth)}, ${fiveYears} (§5.4).`}
        {monthsLate !== null &&
          monthsLate <= 0 &&
          `${monthsLate === 0 ? 'in' : `${formatCount(-monthsLate, 'month')} before`} ${monthName(report.deadlineMonth)}, ${fiveYears} (§5.4).`}
      </p>
      <dl className="facts yot-summary__facts">
        <div>
          <dt>YOTs to inspect</dt>
          <dd>
            {formatNumber(teams.value)} <SourceNote source={teams.source} />
          </dd>
        </div>
        <div>
          <dt>Inspected before {monthName(firstMonthOf(planningYear))}</dt>
          <dd>
            {formatNumber(doneBefore.value)} <SourceNote source={doneBefore.source} />
          </dd>
        </div>
      </dl>
      <table className="yot-summary__hours">
        <caption>
          YOT hours needed each financial year, against the {formatHours(report.lineHours)}-hour YOT line (§5.14)
        </caption>
        <thead>
          <tr>
            <th scope="col">Year</th>
            <th scope="col" className="numeric">
              Inspections
            </th>
            <th scope="col" className="numeric">
              Hours needed
            </th>
            <th scope="col">Against the line</th>
          </tr>
        </thead>
        <tbody>
          {report.years.map(({ year, inspections, hoursNeeded }) => {
            const over = hoursNeeded > report.lineHours;
            return (
              <tr key={year} className={over ? 'row--over' : undefined}>
                <th scope="row">{year}</th>
                <td className="numeric">{formatNumber(inspections)}</td>
                <td className="numeric">{formatHours(hoursNeeded)}</td>
                <td>
                  {over ? (
                    <>
                      <strong className="yot-summary__over">Over</strong> by{' '}
                      {formatHours(hoursNeeded - report.lineHours)} hours
                    </>
                  ) : (
                    <>
                      Within
                      {hoursNeeded === report.lineHours
                        ? ': all of the line'
                        : `, ${formatHours(report.lineHours - hoursNeeded)} hours to spare`}
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="yot-summary__note">
        The report gives the line for {planningYear} only; later years are set against the same hours.
      </p>
    </section>
  );
}
