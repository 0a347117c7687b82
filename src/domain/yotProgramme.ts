import { addToMonth, firstMonthOf, financialYearOfMonth, monthsBetween } from './months';
import type { FinancialYear, YearMonth, YotMonth, YotMove, YotProgramme, YotYearReport } from './types';

/** A plan that has not finished in fifty years is reported as never finishing. */
const MONTHS_TO_PROJECT = 600;

/** A manual move that could not take all it asked for, because its month no longer holds that many. */
export interface ShortYotMove {
  move: YotMove;
  moved: number;
}

export interface YotPlan {
  months: YotMonth[];
  completionMonth: YearMonth | null;
  shortMoves: ShortYotMove[];
}

/**
 * Spreads `rate` inspections per 12 months over months, rounding the running total
 * (not each month), so that 30 a year from September gives 18 by March (§5.8).
 */
function cumulativeAtRate(ratePer12Months: number, monthsElapsed: number): number {
  return Math.round((ratePer12Months * monthsElapsed) / 12);
}

/**
 * Inspections in each month from the start of the planning year, as the rate gives them: those
 * before phase 2 spread evenly up to its start month, then phase 2 at its rate per 12 months,
 * stopping when every team is inspected.
 */
function inspectionsAtRate(programme: YotProgramme, first: YearMonth): number[] {
  const teams = programme.teams.value;
  let remaining = teams - programme.doneBefore.value;
  const counts: number[] = [];
  // Phase 2 month numbers count from this offset; worked out once rather than once a month.
  const phase2Offset = monthsBetween(first, programme.phase2Start.month);
  const monthsBeforePhase2 = Math.max(0, phase2Offset);
  const beforePhase2 = programme.beforePhase2.value;
  const rate = programme.ratePer12Months.value;

  for (let index = 0; index < MONTHS_TO_PROJECT && remaining > 0; index += 1) {
    let inspections: number;
    if (index < monthsBeforePhase2) {
      inspections =
        Math.round((beforePhase2 * (index + 1)) / monthsBeforePhase2) -
        Math.round((beforePhase2 * index) / monthsBeforePhase2);
    } else {
      const phase2Month = index - phase2Offset;
      inspections = cumulativeAtRate(rate, phase2Month + 1) - cumulativeAtRate(rate, phase2Month);
    }
    inspections = Math.min(inspections, remaining);
    remaining -= inspections;
    counts.push(inspections);
  }
  return counts;
}

/**
 * The month-by-month YOT plan from the start of the planning year until every team has been
 * inspected: the plan the rate gives, then the user's moves in the order they were made. A move
 * only carries inspections that are there, so the plan always totals the number of teams.
 */
export function planYotMonths(programme: YotProgramme, planningYear: FinancialYear): YotPlan {
  const first = firstMonthOf(planningYear);
  const teams = programme.teams.value;
  const doneBefore = programme.doneBefore.value;
  if (doneBefore >= teams) {
    return {
      months: [],
      completionMonth: addToMonth(first, -1),
      shortMoves: programme.moves.map((move) => ({ move, moved: 0 })),
    };
  }

  const counts = inspectionsAtRate(programme, first);
  const moved: number[] = counts.map(() => 0);
  const shortMoves: ShortYotMove[] = [];
  for (const move of programme.moves) {
    const from = monthsBetween(first, move.from);
    const to = monthsBetween(first, move.to);
    const inRange = from >= 0 && to >= 0 && to < MONTHS_TO_PROJECT;
    const carried = inRange ? Math.min(move.count, counts[from] ?? 0) : 0;
    if (carried < move.count) shortMoves.push({ move, moved: carried });
    if (carried === 0) continue;
    while (counts.length <= to) {
      counts.push(0);
      moved.push(0);
    }
    counts[from] = (counts[from] ?? 0) - carried;
    counts[to] = (counts[to] ?? 0) + carried;
    moved[from] = (moved[from] ?? 0) - carried;
    moved[to] = (moved[to] ?? 0) + carried;
  }

  // The plan runs to the month every team is inspected, or further if an inspection was moved out
  // of a later month, so that month still shows what was taken from it.
  let lastMoved = -1;
  moved.forEach((count, index) => {
    if (count !== 0) lastMoved = index;
  });
  const months: YotMonth[] = [];
  let cumulative = doneBefore;
  let completionMonth: YearMonth | null = null;
  for (let index = 0; index < counts.length && (completionMonth === null || index <= lastMoved); index += 1) {
    const inspections = counts[index] ?? 0;
    cumulative += inspections;
    const month = addToMonth(first, index);
    months.push({ month, inspections, cumulative, moved: moved[index] ?? 0 });
    if (completionMonth === null && cumulative >= teams) completionMonth = month;
  }
  return { months, completionMonth, shortMoves };
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
