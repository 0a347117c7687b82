import { addToMonth, firstMonthOf, financialYearOfMonth, monthsBetween } from './months';
import type { FinancialYear, YearMonth, YotMonth, YotProgramme, YotYearReport } from './types';

/** A plan that has not finished in fifty years is reported as never finishing. */
const MONTHS_TO_PROJECT = 600;

/**
 * Spreads `rate` inspections per 12 months over months, rounding the running total
 * (not each month), so that 30 a year from September gives 18 by March (§5.8).
 */
function cumulativeAtRate(ratePer12Months: number, monthsElapsed: number): number {
  return Math.round((ratePer12Months * monthsElapsed) / 12);
}

/**
 * The month-by-month YOT plan from the start of the planning year until every team has been
 * inspected: the inspections before phase 2 spread evenly up to its start month, then phase 2
 * at its rate per 12 months.
 */
export function planYotMonths(programme: YotProgramme, planningYear: FinancialYear): { months: YotMonth[]; completionMonth: YearMonth | null } {
  const first = firstMonthOf(planningYear);
  const teams = programme.teams.value;
  let cumulative = programme.doneBefore.value;
  if (cumulative >= teams) return { months: [], completionMonth: addToMonth(first, -1) };

  const months: YotMonth[] = [];
  // Phase 2 month numbers count from this offset; worked out once rather than once a month.
  const phase2Offset = monthsBetween(first, programme.phase2Start.month);
  const monthsBeforePhase2 = Math.max(0, phase2Offset);
  const beforePhase2 = programme.beforePhase2.value;
  const rate = programme.ratePer12Months.value;

  for (let index = 0; index < MONTHS_TO_PROJECT; index += 1) {
    const month = addToMonth(first, index);
    let inspections: number;
    if (index < monthsBeforePhase2) {
      inspections = Math.round((beforePhase2 * (index + 1)) / monthsBeforePhase2) - Math.round((beforePhase2 * index) / monthsBeforePhase2);
    } else {
      const phase2Month = index - phase2Offset;
      inspections = cumulativeAtRate(rate, phase2Month + 1) - cumulativeAtRate(rate, phase2Month);
    }
    inspections = Math.min(inspections, teams - cumulative);
    cumulative += inspections;
    months.push({ month, inspections, cumulative });
    if (cumulative >= teams) return { months, completionMonth: month };
  }
  return { months, completionMonth: null };
}

/** Inspections and the hours they need in each financial year of the plan. */
export function yotYears(months: YotMonth[], hoursPerInspection: number): YotYearReport[] {
  const byYear = new Map<FinancialYear, YotYearReport>();
  for (const { month, inspections } of months) {
    const year = financialYearOfMonth(month);
    const report = byYear.get(year) ?? { year, inspections: 0, hoursNeeded: 0 };
    report.inspections += inspections;
    report.hoursNeeded = report.inspections * hoursPerInspection;
    byYear.set(year, report);
  }
  return [...byYear.values()];
}
