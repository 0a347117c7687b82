import { formatHours, formatNumber, formatNumberToTenths } from '../../domain/format';
import { monthName } from '../../domain/months';
import { NumberField } from '../../shared/NumberField';
import { SourceNote } from '../../shared/SourceNote';
import { usePlanReport, useScenario, useVerbs } from '../../store/planContext';
import { FindingsAbout } from '../../shared/FindingItems';
import { supportingPeopleVerdict } from './jointWork';
import { supportingPeopleVerbs } from '../../store/slices/supportingPeopleVerbs';

/** Supporting People (§4.27–4.28): the five-year cycle of joint inspections led by the Audit Commission, against its 1,800-hour line. */
export function SupportingPeoplePanel() {
  const people = useScenario((scenario) => scenario.supportingPeople);
  const report = usePlanReport();
  const { setSupportingPeopleFigure: setFigure } = useVerbs(supportingPeopleVerbs);
  const { lineHours, hoursNeeded, years, completionYear } = report.supportingPeople;
  const verdict = supportingPeopleVerdict(hoursNeeded, lineHours);

  return (
    <section className="panel supporting-people" aria-labelledby="supporting-people-heading">
      <h2 id="supporting-people-heading">Supporting People</h2>
      <p className="joint-work__intro">
        Led by the Audit Commission’s Housing Inspectorate, with the Social Services Inspectorate and HMI Probation:
        every administering authority is inspected once in the cycle, and every Probation Area takes part at some point
        (§4.27–4.28).
      </p>
      <dl className="facts">
        <div>
          <dt>Cycle</dt>
          <dd>
            {formatNumber(people.cycleYears.value)} years from {monthName(people.cycleStart.month)} to{' '}
            {monthName(report.supportingPeople.cycleEndMonth)} <SourceNote source={people.cycleStart.source} />
          </dd>
        </div>
        <div>
          <dt>Administering authorities</dt>
          <dd>
            {formatNumber(people.authorities.value)} <SourceNote source={people.authorities.source} />
          </dd>
        </div>
        <div>
          <dt>Probation Areas</dt>
          <dd>
            All 42 inspected at some point <span className="source">Report §4.28</span>
          </dd>
        </div>
        <div>
          <dt>Joined by March 2004</dt>
          <dd>
            {formatNumber(people.doneBefore.value)} <SourceNote source={people.doneBefore.source} />
          </dd>
        </div>
      </dl>
      <div className="supporting-people__fields">
        <NumberField
          field="supportingPeople.inspectionsPerYear"
          figureAt="supportingPeople/inspectionsPerYear"
          id="supporting-people-per-year"
          label="Inspections a year"
          hint={<SourceNote source={people.inspectionsPerYear.source} />}
          value={people.inspectionsPerYear.value}
          format={formatNumberToTenths}
          rule={{
            label: 'the Supporting People inspections a year',
            minimum: 'zero',
            maximum: 1000,
            example: '30',
            whole: true,
          }}
          onValid={(value) => setFigure('inspectionsPerYear', value)}
        />
        <NumberField
          field="supportingPeople.hoursPerInspection"
          figureAt="supportingPeople/hoursPerInspection"
          id="supporting-people-hours"
          label="Hours per inspection"
          hint={<SourceNote source={people.hoursPerInspection.source} />}
          suffix="hours"
          value={people.hoursPerInspection.value}
          format={formatNumberToTenths}
          rule={{ label: 'the hours per Supporting People inspection', minimum: 'zero', maximum: 1e5, example: '60' }}
          onValid={(value) => setFigure('hoursPerInspection', value)}
        />
      </div>
      <p
        className={`supporting-people__verdict${verdict.over ? ' joint-work__over' : ''}`}
        data-testid="supporting-people-verdict"
      >
        {report.planningYear} needs <strong>{formatHours(hoursNeeded)} hours</strong> against the{' '}
        {formatHours(lineHours)}-hour line (§5.14): <strong>{verdict.text}</strong>.
      </p>
      <table className="supporting-people__years">
        <caption>
          The cycle year by year
          {completionYear === null
            ? ': at this number a year it never finishes'
            : `: all ${formatNumber(people.authorities.value)} inspected by ${completionYear}`}
        </caption>
        <thead>
          <tr>
            <th scope="col">Year</th>
            <th scope="col" className="numeric">
              Inspections
            </th>
            <th scope="col" className="numeric">
              Hours
            </th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {years.map((year) => (
            <tr
              key={year.year}
              className={year.year === report.planningYear ? 'supporting-people__planning' : undefined}
            >
              <th scope="row">{year.year}</th>
              <td className="numeric">{formatNumber(year.inspections)}</td>
              <td className="numeric">{formatHours(year.hoursNeeded)}</td>
              <td>{year.done ? 'Done' : year.year === report.planningYear ? 'Planning year' : 'Planned'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>Findings about Supporting People</h3>
      <FindingsAbout
        codes={['SUPPORTING_PEOPLE_OVER_LINE', 'SUPPORTING_PEOPLE_CYCLE_LATE']}
        none="The planning year is within its line and the cycle finishes in time."
      />
    </section>
  );
}
