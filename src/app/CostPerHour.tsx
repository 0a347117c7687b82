import { ceilingStatus } from '../domain/findings';
import { formatPoundsAndPence } from '../domain/format';
import { usePlan } from '../store/planContext';
import { activeReport } from '../store/planStore';

/**
 * The live £ per hour against the value-for-money ceiling, in words as well as colour. It takes
 * each figure on its own, so an edit that leaves them as they were (a drop on the ESI board) does
 * not draw it again.
 */
export function CostPerHour() {
  const costPerHourGBP = usePlan((plan) => activeReport(plan).costPerHourGBP);
  const ceilingGBPPerHour = usePlan((plan) => activeReport(plan).ceilingGBPPerHour);
  const state = usePlan((plan) => ceilingStatus(activeReport(plan)).state);
  const status = usePlan((plan) => ceilingStatus(activeReport(plan)).text);

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
