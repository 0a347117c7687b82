import { formatHours, formatNumber } from '../../domain/format';
import { monthName } from '../../domain/months';
import { NumberField } from '../../shared/NumberField';
import { SourceNote } from '../../shared/SourceNote';
import { usePlanReport, useScenario, useVerbs } from '../../store/planContext';
import { capacityProfileVerbs } from '../../store/slices/capacityProfileVerbs';

const weightText = (weight: number) => formatNumber(weight, 2);

/** The monthly profile of the deployable hours: a weight per month, April first, and the hours each month then has. */
export function MonthlyProfile() {
  const profile = useScenario((scenario) => scenario.monthlyProfile);
  const deployable = useScenario((scenario) => scenario.deployableHours.value);
  const { setMonthWeight } = useVerbs(capacityProfileVerbs);
  const months = usePlanReport().capacity.months;
  const noHoursAnywhere = months.every((month) => month.available === 0);

  return (
    <section className="panel capacity-profile" aria-labelledby="capacity-profile-heading">
      <h2 id="capacity-profile-heading">Monthly profile of the deployable hours</h2>
      <p className="capacity-profile__intro">
        A month’s hours available are the {formatHours(deployable)} deployable hours × its weight ÷ the sum of the
        twelve weights. 1 is a normal month; set August to 0.5 for the holidays.
      </p>
      <p className="capacity-profile__source">
        Where the profile comes from: <SourceNote source={profile.source} />
      </p>
      {noHoursAnywhere && (
        <p className="capacity-profile__warning">
          <strong>Every weight is 0, so no month has any hours available.</strong> Give at least one month a weight
          above 0.
        </p>
      )}
      <table className="capacity-profile__table">
        <caption className="visually-hidden">Each month’s weight in the profile and the hours available in it</caption>
        <thead>
          <tr>
            <th scope="col">Month</th>
            <th scope="col" className="numeric">
              Weight
            </th>
            <th scope="col" className="numeric">
              Hours available
            </th>
          </tr>
        </thead>
        <tbody>
          {months.map((month, index) => {
            const name = monthName(month.month);
            return (
              <tr key={month.month}>
                <th scope="row">{name}</th>
                <td className="numeric">
                  <NumberField
                    field={`profile:${index}`}
                    id={`profile-${index}`}
                    label={`Weight for ${name}`}
                    labelHidden
                    value={profile.weights[index] ?? 0}
                    format={weightText}
                    rule={{ label: `the weight for ${name}`, minimum: 'zero', maximum: 12, example: '0.5' }}
                    onValid={(weight) => setMonthWeight(index, weight)}
                  />
                </td>
                <td className="numeric">{formatHours(month.available)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
