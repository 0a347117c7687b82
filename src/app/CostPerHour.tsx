import { formatPoundsAndPence } from '../domain/format';
import { usePlanReport } from '../store/planContext';

/** The live £ per hour against the value-for-money ceiling, in words as well as colour. */
export function CostPerHour() {
  const { costPerHourGBP, ceilingGBPPerHour, findings } = usePlanReport();
  const overCeiling = findings.some((finding) => finding.code === 'COST_PER_HOUR_OVER_CEILING');
  const nearCeiling = findings.some((finding) => finding.code === 'COST_PER_HOUR_NEAR_CEILING');
  const state = overCeiling ? 'over' : nearCeiling ? 'near' : 'within';
  const status = costPerHourGBP === null
    ? 'cannot be worked out without deployable hours'
    : overCeiling ? 'above the ceiling' : nearCeiling ? 'within 2% of the ceiling' : 'within the ceiling';

  return (
    <div className={`cost-per-hour cost-per-hour--${state}`} role="group" aria-labelledby="cost-per-hour-label">
      <span id="cost-per-hour-label" className="cost-per-hour__label">Cost per hour</span>
      <output className="cost-per-hour__value" aria-live="polite" data-testid="cost-per-hour">
        {costPerHourGBP === null ? '—' : formatPoundsAndPence(costPerHourGBP)}
      </output>
      <span className="cost-per-hour__ceiling">
        ceiling {formatPoundsAndPence(ceilingGBPPerHour)}: <strong>{status}</strong>
      </span>
    </div>
  );
}
