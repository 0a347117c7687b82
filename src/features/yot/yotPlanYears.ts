/**
 * The YOT plan as the screen lays it out: the report's months grouped by financial year, each
 * year filled out to March so that a later month can take a moved inspection, with the year's
 * totals against the YOT line. Pure, and computed once per report (see `useYotLayout`).
 */
import { financialYearOfMonth, lastMonthOf, monthsBetween, monthsOf } from '../../domain/months';
import type { FinancialYear, PlanReport, YearMonth } from '../../domain/types';

export interface PlanMonth {
  month: YearMonth;
  inspections: number;
  /** YOTs inspected by the end of the month, counting those done before the plan; null after completion. */
  cumulative: number | null;
  moved: number;
}

export interface PlanYear {
  year: FinancialYear;
  months: PlanMonth[];
  inspections: number;
  hoursNeeded: number;
  /** The part of the year from the start of phase 2, when phase 2 starts after its April. */
  phase2: { from: YearMonth; to: YearMonth; inspections: number } | null;
}

export interface YotLayout {
  years: PlanYear[];
  /** Every month shown, in order: where an inspection can be moved to. */
  months: YearMonth[];
  /** Inspections in the plan, and with those done before it: the number of YOTs when the plan is whole. */
  planned: number;
  total: number;
  /** Months after the five-year mark the plan completes (negative when early), or null when it never completes. */
  monthsLate: number | null;
}

export function yotLayout(yot: PlanReport['yot'], phase2Start: YearMonth, doneBefore: number): YotLayout {
  const years = planYears(yot, phase2Start);
  const planned = yot.months.reduce((sum, month) => sum + month.inspections, 0);
  return {
    years,
    months: years.flatMap((year) => year.months.map((month) => month.month)),
    planned,
    total: doneBefore + planned,
    monthsLate: yot.completionMonth === null ? null : monthsBetween(yot.deadlineMonth, yot.completionMonth),
  };
}

function planYears(yot: PlanReport['yot'], phase2Start: YearMonth): PlanYear[] {
  const byMonth = new Map(yot.months.map((month) => [month.month, month]));
  const years = [...new Set(yot.months.map((month) => financialYearOfMonth(month.month)))];
  return years.map((year) => {
    const months = monthsOf(year).map((month): PlanMonth => {
      const planned = byMonth.get(month);
      return planned
        ? { month, inspections: planned.inspections, cumulative: planned.cumulative, moved: planned.moved }
        : { month, inspections: 0, cumulative: null, moved: 0 };
    });
    const totals = yot.years.find((candidate) => candidate.year === year);
    const phase2Here = financialYearOfMonth(phase2Start) === year && phase2Start !== months[0]?.month;
    const phase2 = phase2Here
      ? {
          from: phase2Start,
          to: lastMonthOf(year),
          inspections: months
            .filter((month) => month.month >= phase2Start)
            .reduce((sum, month) => sum + month.inspections, 0),
        }
      : null;
    return { year, months, inspections: totals?.inspections ?? 0, hoursNeeded: totals?.hoursNeeded ?? 0, phase2 };
  });
}
