import { addWeeks, formatISO, isMonday, nextMonday } from 'date-fns';
import { findings } from './findings';
import { dayName, financialYearOfMonth } from './months';
import type { EsiCycle, EsiMonthReport, Finding, YearMonth } from './types';

/**
 * The report says only that the two fieldwork weeks are "about three or four weeks apart" (§2.5).
 * Where in the month they fall is the planner's assumption, stated wherever the weeks are shown.
 */
export const FIELDWORK_ASSUMPTION =
  'Assumption: the first fieldwork week starts on the first Monday of the month and the second four weeks later; the report says only that they are about three or four weeks apart (§2.5).';

/** The gap between the two fieldwork weeks, in weeks (the longer end of §2.5's "three or four"). */
const WEEKS_BETWEEN_FIELDWORK = 4;

export interface FieldworkWeeks {
  /** The Mondays starting each week, as "yyyy-MM-dd". */
  first: string;
  second: string;
  /** "5 April 2004" and "3 May 2004", for the screen. */
  firstLabel: string;
  secondLabel: string;
}

/** The two fieldwork weeks of an ESI starting in `month`, under the stated assumption. */
export function fieldworkWeeks(month: YearMonth): FieldworkWeeks {
  const start = new Date(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1);
  const first = isMonday(start) ? start : nextMonday(start);
  const second = addWeeks(first, WEEKS_BETWEEN_FIELDWORK);
  return {
    first: formatISO(first, { representation: 'date' }),
    second: formatISO(second, { representation: 'date' }),
    firstLabel: dayName(first),
    secondLabel: dayName(second),
  };
}

/**
 * The months in which ESIs start, in month order, and a finding for each month with more than
 * the cycle's limit. Only schedule entries with a month count; an Area not yet given a month
 * takes up no month.
 */
export function evaluateEsiMonths(cycle: EsiCycle): { months: EsiMonthReport[]; findings: Finding[] } {
  const byMonth = new Map<YearMonth, EsiMonthReport>();
  const nameById = new Map<string, string>();
  for (const entry of cycle.schedule) {
    if (entry.month === undefined) continue;
    let report = byMonth.get(entry.month);
    if (!report) {
      report = { month: entry.month, year: financialYearOfMonth(entry.month), scheduled: 0, areaIds: [] };
      byMonth.set(entry.month, report);
    }
    report.scheduled += 1;
    report.areaIds.push(entry.areaId);
  }
  const months = [...byMonth.values()].sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
  const limit = cycle.maxPerMonth.value;
  const found: Finding[] = [];
  const over = months.filter((report) => report.scheduled > limit);
  if (over.length > 0) {
    for (const area of cycle.areas) nameById.set(area.id, area.name);
    for (const report of over) {
      found.push(
        findings.esiMonthOverLimit(
          report.month,
          report.year,
          report.areaIds.map((id) => nameById.get(id) ?? id),
          limit,
        ),
      );
    }
  }
  return { months, findings: found };
}
