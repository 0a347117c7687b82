import { ceilingStatus } from '../domain/findings';
import { formatPoundsAndPence } from '../domain/format';
import { useShallow } from 'zustand/react/shallow';
import { usePlan } from '../store/planContext';
import { activeReport } from '../store/reports';

/**
 * The live £ per hour against the value-for-money ceiling, in words as well as colour. It selects
 * only the figures it shows, so an edit that leaves them as they were (a drop on the ESI board) does
 * not draw it again.
 */
export function CostPerHour() {
  const {
    costPerHourGBP,
    ceilingGBPPerHour,
    state,
    text: status,
  } = usePlan(
    useShallow((plan) => {
      const report = activeReport(plan);
      return {
        costPerHourGBP: report.costPerHourGBP,
        ceilingGBPPerHour: report.ceilingGBPPerHour,
        ...ceilingStatus(report),
      };
    }),
  );

  return (
    <div className={`cost-per-hour cost-per-hour--${state}`} role="group" aria-labelledby="cost-per-hour-label">
      <span id="cost-per-hour-label" className="cost-per-hour__label">
        Cost per hour
      </span>
      <output className="cost-per-hour__value" aria-live="polite" data-testid="cost-per-hour">
        {costPerHourGBP === null ? '—' : formatPoundsAndPence(costPerHourGBP)}
      </output>
      <span className="cost-per-hour__ceiling">
        ceiling {formatPoundsAndPence(ceilingGBPPerHour)}: <strong>{status}</strong>
      </span>
    </div>
  );
}
