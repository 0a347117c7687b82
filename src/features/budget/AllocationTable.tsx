import { formatHours, formatPounds, formatShare } from '../../domain/format';
import { figurePath } from '../../domain/lastChange';
import { NumberField } from '../../shared/NumberField';
import { SourceNote } from '../../shared/SourceNote';
import { usePlan, usePlanReport, useScenario } from '../../store/planContext';

/** The allocation lines of §5.14: hours (editable), share of the deployable hours, cost, and source. */
export function AllocationTable() {
  const lines = useScenario((scenario) => scenario.lines);
  const setLineHours = usePlan((state) => state.setLineHours);
  const report = usePlanReport();

  return (
    <section className="panel" aria-labelledby="allocation-heading">
      <h2 id="allocation-heading">Allocation of inspection hours, {report.planningYear}</h2>
      <table className="allocation">
        <caption className="visually-hidden">
          Each line's hours, its share of the deployable hours, its cost at the current £ per hour, and where the figure
          comes from
        </caption>
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
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line, index) => {
            const lineReport = report.lines[index];
            return (
              <tr key={line.id}>
                <th scope="row">{line.label}</th>
                <td className="numeric">
                  <NumberField
                    field={`line:${line.id}`}
                    figureAt={figurePath('lines', line.id)}
                    id={`line-${line.id}`}
                    label={`Hours for ${line.label}`}
                    labelHidden
                    value={line.hours}
                    format={formatHours}
                    rule={{
                      label: `the hours for ${line.label}`,
                      minimum: 'zero',
                      maximum: 1e8,
                      example: formatHours(line.hours),
                    }}
                    onValid={(hours) => setLineHours(line.id, hours)}
                  />
                </td>
                <td className="numeric">{lineReport ? formatShare(lineReport.share) : ''}</td>
                <td className="numeric">{lineReport ? formatPounds(lineReport.costGBP) : ''}</td>
                <td>
                  <SourceNote source={line.source} />
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Allocated</th>
            <td className="numeric" data-testid="allocated-hours">
              {formatHours(report.hours.allocated)}
            </td>
            <td className="numeric">{formatShare(report.allocatedShare)}</td>
            <td className="numeric">{formatPounds(report.allocatedCostGBP)}</td>
            <td />
          </tr>
          <tr>
            <th scope="row">Unallocated</th>
            <td className="numeric">{formatHours(report.hours.unallocated)}</td>
            <td colSpan={3} />
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
