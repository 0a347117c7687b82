import { ceilingStatus } from '../domain/findings';
import { formatPoundsAndPence } from '../domain/format';
import { usePlanReport } from '../store/planContext';

/** The live £ per hour against the value-for-money ceiling, in words as well as colour. */
export function CostPerHour() {
  const report = usePlanReport();
  const { costPerHourGBP, ceilingGBPPerHour } = report;
  const { state, text: status } = ceilingStatus(report);

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
