import { findings } from './findings';
import { financialYearOfMonth } from './months';
import type { EsiCycle, EsiYearReport, Finding, FinancialYear, ProbationArea } from './types';

/**
 * Core hours divided by hours per ESI is a whole number in the report's own plan (8,750 ÷ 583⅓ = 15),
 * but not in floating point: the tolerance keeps 14.999999999999998 from rounding down to 14.
 */
const ROUNDING_TOLERANCE = 1e-9;

/** How many ESIs the core hours fund: core hours ÷ hours per ESI, rounded down. */
export function esiCapacity(coreHours: number, coreHoursPerEsi: number): number {
  if (!(coreHoursPerEsi > 0) || !(coreHours > 0)) return 0;
  return Math.floor(coreHours / coreHoursPerEsi + ROUNDING_TOLERANCE);
}

/** The core hours one Area's ESI needs: its own override, or the cycle's standard. */
export function areaCoreHours(area: ProbationArea, cycle: EsiCycle): number {
  return area.coreHoursPerEsi?.value ?? cycle.coreHoursPerEsi.value;
}

/**
 * Each year of the cycle with its Areas, the ESIs its core hours fund and the hours needed,
 * plus the findings about the schedule. The core hours are the planning year's ESI core line,
 * assumed to hold for every year of the cycle.
 */
export function evaluateEsiCycle(cycle: EsiCycle, coreHours: number): { years: EsiYearReport[]; findings: Finding[] } {
  const found: Finding[] = [];
  const areasById = new Map(cycle.areas.map((area) => [area.id, area]));
  const cycleYears = new Set(cycle.years);
  const capacity = esiCapacity(coreHours, cycle.coreHoursPerEsi.value);

  const years = new Map<FinancialYear, EsiYearReport>(
    cycle.years.map((year) => [year, { year, scheduled: 0, areaIds: [], capacity, hoursNeeded: 0, coreHours }]),
  );
  const yearsByArea = new Map<string, FinancialYear[]>();

  for (const entry of cycle.schedule) {
    const area = areasById.get(entry.areaId);
    if (!area) {
      found.push(findings.esiUnknownArea(entry.areaId));
      continue;
    }
    const seen = yearsByArea.get(area.id);
    if (seen) seen.push(entry.year);
    else yearsByArea.set(area.id, [entry.year]);

    const yearReport = years.get(entry.year);
    if (!yearReport) {
      found.push(findings.esiYearOutsideCycle(area.id, area.name, entry.year, cycle.years));
    } else {
      yearReport.scheduled += 1;
      yearReport.areaIds.push(area.id);
      yearReport.hoursNeeded += areaCoreHours(area, cycle);
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

  for (const report of years.values()) {
    if (report.hoursNeeded > coreHours + ROUNDING_TOLERANCE) {
      found.push(findings.esiYearOverCapacity(report.year, report.scheduled, report.capacity, report.hoursNeeded, coreHours));
    }
  }

  found.push(...familySplits(cycle, areasById, cycleYears));
  return { years: [...years.values()], findings: found };
}

function familySplits(cycle: EsiCycle, areasById: Map<string, ProbationArea>, cycleYears: Set<FinancialYear>): Finding[] {
  const countsByFamily = new Map<string, Map<FinancialYear, number>>();
  for (const entry of cycle.schedule) {
    const area = areasById.get(entry.areaId);
    if (!area || !cycleYears.has(entry.year)) continue;
    let counts = countsByFamily.get(area.familyId);
    if (!counts) {
      counts = new Map();
      countsByFamily.set(area.familyId, counts);
    }
    counts.set(entry.year, (counts.get(entry.year) ?? 0) + 1);
  }
  const split: Finding[] = [];
  for (const family of cycle.families) {
    const counts = countsByFamily.get(family.id);
    if (counts && counts.size > 1) {
      const ordered = cycle.years.filter((year) => counts.has(year)).map((year): [FinancialYear, number] => [year, counts.get(year) ?? 0]);
      split.push(findings.esiFamilySplit(family.id, family.name, ordered));
    }
  }
  return split;
}
