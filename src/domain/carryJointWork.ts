/** Joint inspections as the next year's plan starts them: finished ones closed, unfinished ones shortened. */
import { formatCount, formatHours } from './format';
import { firstMonthOf, monthName, monthsBetween } from './months';
import type { FinancialYear, JointInspection } from './types';

export interface CarriedJointWork {
  inspections: JointInspection[];
  closed: string[];
  carried: string[];
  decisions: string[];
}

/**
 * An inspection that ended before the new year is closed: it stays in the plan it was planned in,
 * and out of the new year's pools. One still running keeps its months from April of the new year
 * and the share of its hours they hold (its hours fall evenly across its months). Contingency starts
 * full, so a commitment that a draw on it covered now has to fit its pool.
 */
export function carryJointWork(
  inspections: readonly JointInspection[],
  coveredByContingency: ReadonlySet<string>,
  planned: FinancialYear,
  next: FinancialYear,
): CarriedJointWork {
  const nextStart = firstMonthOf(next);
  const closed: string[] = [];
  const carried: string[] = [];
  const decisions: string[] = [];
  const kept: JointInspection[] = [];
  for (const inspection of inspections) {
    if (monthsBetween(inspection.endMonth, nextStart) > 0) {
      const ended = `ended ${monthName(inspection.endMonth)}`;
      // A proposal whose months have passed was never taken up: whether it still happens is the group's call.
      if (inspection.status === 'committed')
        closed.push(`${inspection.name} (${ended}) closed: it stays in the ${planned} plan.`);
      else
        decisions.push(
          `${inspection.name} was still only proposed when its months ${ended}; it stays in the ${planned} plan: propose it again for ${next} if it is still to happen.`,
        );
      continue;
    }
    const allMonths = monthsBetween(inspection.startMonth, inspection.endMonth) + 1;
    const startsBefore = monthsBetween(inspection.startMonth, nextStart) > 0;
    const startMonth = startsBefore ? nextStart : inspection.startMonth;
    const leftMonths = monthsBetween(startMonth, inspection.endMonth) + 1;
    const hours = startsBefore ? Math.round((inspection.hours * leftMonths) / allMonths) : inspection.hours;
    kept.push({ ...inspection, startMonth, hours });
    carried.push(
      startsBefore
        ? `${inspection.name}: ${formatHours(hours)} of its ${formatHours(inspection.hours)} hours, for its ${formatCount(leftMonths, 'month')} left.`
        : `${inspection.name}: ${formatHours(hours)} hours, as planned.`,
    );
    if (inspection.status === 'committed' && coveredByContingency.has(inspection.id))
      decisions.push(
        `${inspection.name} was partly covered by contingency; contingency starts full, so check its pool holds it.`,
      );
  }
  return { inspections: kept, closed, carried, decisions };
}
