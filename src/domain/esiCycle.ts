import { findings } from './findings';
import { financialYearOfMonth } from './months';
import type { EsiCycle, EsiYearReport, Finding, FinancialYear, ProbationArea } from './types';

/**
 * Core hours divided by hours per ESI is a whole number in the report's own plan (8,750 ÷ 583⅓ = 15),
 * but not in floating point: the tolerance keeps 14.999999999999998 from rounding down to 14, and
 * 15 × 583⅓ from counting as over 8,750. Everything that weighs ESI hours against core hours uses it.
 */
export const ROUNDING_TOLERANCE = 1e-9;

/** True when the ESI hours needed are more than the core hours hold. */
export function isOverCoreHours(hoursNeeded: number, coreHours: number): boolean {
  return hoursNeeded > coreHours + ROUNDING_TOLERANCE;
}

/** How many ESIs the core hours fund: core hours ÷ hours per ESI, rounded down. */
export function esiCapacity(coreHours: number, coreHoursPerEsi: number): number {
  if (!(coreHoursPerEsi > 0) || !(coreHours > 0)) return 0;
  return Math.floor(coreHours / coreHoursPerEsi + ROUNDING_TOLERANCE);
}

/** Each family's own core hours per ESI, for the families that have one. */
export function familyCoreHours(cycle: EsiCycle): Map<string, number> {
  const hours = new Map<string, number>();
  for (const family of cycle.families) {
    if (family.coreHoursPerEsi) hours.set(family.id, family.coreHoursPerEsi.value);
  }
  return hours;
}

/**
 * The core hours one Area's ESI needs: its own override, else its family's, else the cycle's
 * standard. Callers walking many Areas pass the family figures in, worked out once.
 */
export function areaCoreHours(
  area: ProbationArea,
  cycle: EsiCycle,
  familyHours: Map<string, number> = familyCoreHours(cycle),
): number {
  return area.coreHoursPerEsi?.value ?? familyHours.get(area.familyId) ?? cycle.coreHoursPerEsi.value;
}

/** A year of the cycle as the schedule alone describes it. */
export type EsiYearTally = Pick<EsiYearReport, 'year' | 'scheduled' | 'areaIds' | 'hoursNeeded'>;

/**
 * What the schedule alone says, in one walk: each year's Areas and the core hours they need, and
 * the findings about the schedule itself (unknown or unscheduled Areas, split families…).
 * It does not depend on the core hours, so changing them needs no new walk.
 */
export function tallyEsiSchedule(cycle: EsiCycle): { years: EsiYearTally[]; findings: Finding[] } {
  const found: Finding[] = [];
  const areasById = new Map(cycle.areas.map((area) => [area.id, area]));
  const familyHours = familyCoreHours(cycle);
  const years = new Map<FinancialYear, EsiYearTally>(
    cycle.years.map((year) => [year, { year, scheduled: 0, areaIds: [], hoursNeeded: 0 }]),
  );
  const yearsByArea = new Map<string, FinancialYear[]>();
  const familyYears = new Map<string, Map<FinancialYear, number>>();

  for (const entry of cycle.schedule) {
    const area = areasById.get(entry.areaId);
    if (!area) {
      found.push(findings.esiUnknownArea(entry.areaId));
      continue;
    }
    const seen = yearsByArea.get(area.id);
    if (seen) seen.push(entry.year);
    else yearsByArea.set(area.id, [entry.year]);

    const tally = years.get(entry.year);
    if (!tally) {
      found.push(findings.esiYearOutsideCycle(area.id, area.name, entry.year, cycle.years));
    } else {
      tally.scheduled += 1;
      tally.areaIds.push(area.id);
      tally.hoursNeeded += areaCoreHours(area, cycle, familyHours);
      const counts = familyYears.get(area.familyId) ?? new Map<FinancialYear, number>();
      counts.set(entry.year, (counts.get(entry.year) ?? 0) + 1);
      familyYears.set(area.familyId, counts);
    }
    if (entry.month !== undefined && financialYearOfMonth(entry.month) !== entry.year) {
      found.push(findings.esiMonthOutsideYear(area.id, area.name, entry.month, entry.year));
    }
    if (entry.inspected && entry.inspected.year !== entry.year) {
      found.push(findings.esiDoneMoved(area.id, area.name, entry.inspected.year, entry.year));
    }
  }

  for (const area of cycle.areas) {
    const scheduledIn = yearsByArea.get(area.id);
    if (!scheduledIn) found.push(findings.esiAreaUnscheduled(area.id, area.name));
    else if (scheduledIn.length > 1) found.push(findings.esiAreaScheduledTwice(area.id, area.name, scheduledIn));
  }

  for (const family of cycle.families) {
    const counts = familyYears.get(family.id);
    if (counts && counts.size > 1) {
      const ordered = cycle.years
        .filter((year) => counts.has(year))
        .map((year): [FinancialYear, number] => [year, counts.get(year) ?? 0]);
      found.push(findings.esiFamilySplit(family.id, family.name, ordered));
    }
  }
  return { years: [...years.values()], findings: found };
}

/**
 * The years whose every ESI is done, as a plan started from an earlier year's has them: a record of
 * hours already spent, so nothing in it is a plan to fit.
 */
export function yearsAllDone(cycle: EsiCycle): Set<FinancialYear> {
  const done = new Set<FinancialYear>();
  const notDone = new Set<FinancialYear>();
  for (const entry of cycle.schedule) (entry.inspected ? done : notDone).add(entry.year);
  for (const year of notDone) done.delete(year);
  return done;
}

/**
 * Each year of the cycle against the ESIs its core hours fund, with a finding for each year
 * whose Areas need more hours than that, unless the year is all done (`doneYears`). The core hours
 * are the planning year's ESI core line, assumed to hold for every year of the cycle.
 */
export function esiYearsAgainstCapacity(
  years: EsiYearTally[],
  coreHours: number,
  coreHoursPerEsi: number,
  doneYears: ReadonlySet<FinancialYear> = new Set(),
): { years: EsiYearReport[]; findings: Finding[] } {
  const capacity = esiCapacity(coreHours, coreHoursPerEsi);
  // Properties named one by one: V8 spreads an object far more slowly, and this runs on every edit of the core hours.
  const reports = years.map(({ year, scheduled, areaIds, hoursNeeded }): EsiYearReport => ({
    year,
    scheduled,
    areaIds,
    hoursNeeded,
    capacity,
    coreHours,
  }));
  const over = reports.filter(
    (report) => !doneYears.has(report.year) && isOverCoreHours(report.hoursNeeded, coreHours),
  );
  return {
    years: reports,
    findings: over.map((report) =>
      findings.esiYearOverCapacity(report.year, report.scheduled, report.capacity, report.hoursNeeded, coreHours),
    ),
  };
}
