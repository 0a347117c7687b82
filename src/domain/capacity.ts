import { areaCoreHours, familyCoreHours, type EsiYearTally } from './esiCycle';
import {
  addToMonth,
  financialYearOf,
  financialYearOfMonth,
  financialYearStart,
  firstMonthOf,
  monthsBetween,
  monthsOf,
  previousFinancialYear,
} from './months';
import type {
  CapacityMonth,
  EsiCycle,
  FinancialYear,
  JointInspection,
  MonthlyProfile,
  SupportingPeopleYear,
  TimelineYear,
  YearMonth,
  YotMonth,
  YotYearReport,
} from './types';

/** The ESI hours, core and thematic, each Area's inspection needs. */
function esiHoursByArea(cycle: EsiCycle): Map<string, number> {
  const familyHours = familyCoreHours(cycle);
  const hours = new Map<string, number>();
  const thematic = cycle.thematicHoursPerEsi.value;
  for (const area of cycle.areas) hours.set(area.id, areaCoreHours(area, cycle, familyHours) + thematic);
  return hours;
}

/** Spreads a joint inspection's hours evenly over its months; yields each month and its share. */
function jointMonths(inspection: JointInspection): { month: YearMonth; hours: number }[] {
  const span = monthsBetween(inspection.startMonth, inspection.endMonth) + 1;
  if (span <= 0) return [{ month: inspection.startMonth, hours: inspection.hours }];
  return Array.from({ length: span }, (_, index) => ({
    month: addToMonth(inspection.startMonth, index),
    hours: inspection.hours / span,
  }));
}

export interface CapacityInputs {
  planningYear: FinancialYear;
  deployableHours: number;
  profile: MonthlyProfile;
  /** ESI hours in each month of the planning year, April first, from `esiHoursByMonth`. */
  esiMonthHours: readonly number[];
  yotMonths: readonly YotMonth[];
  yotHoursPerInspection: number;
  /** Supporting People hours in the planning year, spread evenly: the report gives no months. */
  supportingPeopleHours: number;
  jointInspections: readonly JointInspection[];
  otherLinesHours: number;
}

/**
 * The ESI hours in each month of the planning year, April first. An ESI placed in a month puts half
 * its hours there and half in the next, where its second fieldwork week falls (§2.5); one not yet
 * placed is spread evenly over its year. It reads only the cycle, so edits elsewhere reuse it.
 */
export function esiHoursByMonth(cycle: EsiCycle, planningYear: FinancialYear): number[] {
  const first = firstMonthOf(planningYear);
  const hours = Array.from({ length: 12 }, () => 0);
  const add = (month: YearMonth, amount: number) => {
    const index = monthsBetween(first, month);
    if (index >= 0 && index < 12) hours[index] = (hours[index] ?? 0) + amount;
  };
  const hoursByArea = esiHoursByArea(cycle);
  let unplacedHours = 0;
  for (const entry of cycle.schedule) {
    if (entry.year !== planningYear) continue;
    const areaHours = hoursByArea.get(entry.areaId) ?? 0;
    if (entry.month === undefined) {
      unplacedHours += areaHours;
      continue;
    }
    add(entry.month, areaHours / 2);
    add(addToMonth(entry.month, 1), areaHours / 2);
  }
  return hours.map((monthHours) => monthHours + unplacedHours / 12);
}

/**
 * Hours demanded in each month of the planning year against the hours available in it. The
 * deployable hours, and the lines no programme schedules by month, follow the monthly profile.
 */
export function capacityMonths(inputs: CapacityInputs): CapacityMonth[] {
  const months = monthsOf(inputs.planningYear);
  const first = months[0] as YearMonth;
  const weights = inputs.profile.weights;
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
  const shareOf = (index: number) => (totalWeight > 0 ? (weights[index] ?? 0) / totalWeight : 0);
  const report: CapacityMonth[] = months.map((month, index) => ({
    month,
    available: inputs.deployableHours * shareOf(index),
    esi: inputs.esiMonthHours[index] ?? 0,
    yot: 0,
    supportingPeople: inputs.supportingPeopleHours / 12,
    jointFirm: 0,
    jointTentative: 0,
    otherLines: inputs.otherLinesHours * shareOf(index),
  }));
  const at = (month: YearMonth) => report[monthsBetween(first, month)];

  for (const { month, inspections } of inputs.yotMonths) {
    const target = at(month);
    if (target) target.yot = inspections * inputs.yotHoursPerInspection;
  }
  for (const inspection of inputs.jointInspections) {
    for (const { month, hours } of jointMonths(inspection)) {
      const target = at(month);
      if (!target) continue;
      if (inspection.status === 'committed') target.jointFirm += hours;
      else target.jointTentative += hours;
    }
  }
  return report;
}

/** The hours a month demands, with or without tentative work. */
export function monthDemand(month: CapacityMonth, includeTentative: boolean): number {
  return (
    month.esi +
    month.yot +
    month.supportingPeople +
    month.jointFirm +
    month.otherLines +
    (includeTentative ? month.jointTentative : 0)
  );
}

/** A hair over is rounding in the spreading of hours, not a month anyone would call full. */
const OVER_CAPACITY_TOLERANCE_HOURS = 0.5;

/** The hours by which a month's work exceeds the hours available in it, or 0 when it fits. */
export function hoursOverCapacity(month: CapacityMonth, includeTentative: boolean): number {
  const over = monthDemand(month, includeTentative) - month.available;
  return over > OVER_CAPACITY_TOLERANCE_HOURS ? over : 0;
}

export interface TimelineInputs {
  planningYear: FinancialYear;
  /** The ESI schedule's years as the ESI section tallied them, core hours included. */
  esiYears: readonly EsiYearTally[];
  esiThematicHoursPerEsi: number;
  /** The YOT plan's years as the YOT section totalled them. */
  yotYears: readonly YotYearReport[];
  yotDoneBefore: number;
  yotHoursPerInspection: number;
  supportingPeopleYears: readonly SupportingPeopleYear[];
  jointInspections: readonly JointInspection[];
}

function emptyYear(year: FinancialYear): TimelineYear {
  return {
    year,
    esiAreas: null,
    esiHours: 0,
    yotInspections: 0,
    yotHours: 0,
    supportingPeopleInspections: 0,
    supportingPeopleHours: 0,
    jointFirmHours: 0,
    jointTentativeHours: 0,
  };
}

/** A plan that never finishes would make an endless table; this many years is more than any plan runs. */
const TIMELINE_MAX_YEARS = 20;

/**
 * The programmes year by year, from the first year any of them has work to the last. Work done
 * before the planning year is kept in the year before it, as the report gives only its totals.
 */
export function timelineYears(inputs: TimelineInputs): TimelineYear[] {
  const rows = new Map<FinancialYear, TimelineYear>();
  const row = (year: FinancialYear): TimelineYear => {
    let existing = rows.get(year);
    if (!existing) {
      existing = emptyYear(year);
      rows.set(year, existing);
    }
    return existing;
  };

  for (const year of inputs.esiYears) {
    const target = row(year.year);
    target.esiAreas = year.scheduled;
    target.esiHours = year.hoursNeeded + year.scheduled * inputs.esiThematicHoursPerEsi;
  }

  if (inputs.yotDoneBefore > 0) {
    const target = row(previousFinancialYear(inputs.planningYear));
    target.yotInspections += inputs.yotDoneBefore;
    target.yotHours += inputs.yotDoneBefore * inputs.yotHoursPerInspection;
  }
  for (const year of inputs.yotYears) {
    if (year.inspections === 0) continue;
    const target = row(year.year);
    target.yotInspections += year.inspections;
    target.yotHours += year.hoursNeeded;
  }

  for (const year of inputs.supportingPeopleYears) {
    const target = row(year.year);
    target.supportingPeopleInspections = year.inspections;
    target.supportingPeopleHours = year.hoursNeeded;
  }
  for (const inspection of inputs.jointInspections) {
    for (const { month, hours } of jointMonths(inspection)) {
      const target = row(financialYearOfMonth(month));
      if (inspection.status === 'committed') target.jointFirmHours += hours;
      else target.jointTentativeHours += hours;
    }
  }

  const years = [...rows.values()].sort((a, b) => financialYearStart(a.year) - financialYearStart(b.year));
  const firstStart = financialYearStart(years[0]?.year ?? inputs.planningYear);
  return fillGaps(years, firstStart).slice(0, TIMELINE_MAX_YEARS);
}

/** Adds empty rows for years with no work between the first and the last, so the table reads as a continuous span. */
function fillGaps(years: TimelineYear[], firstStart: number): TimelineYear[] {
  const lastStart = financialYearStart(years.at(-1)?.year ?? financialYearOf(firstStart));
  const byStart = new Map(years.map((year) => [financialYearStart(year.year), year]));
  const filled: TimelineYear[] = [];
  for (let start = firstStart; start <= lastStart; start += 1) {
    filled.push(byStart.get(start) ?? emptyYear(financialYearOf(start)));
  }
  return filled;
}
