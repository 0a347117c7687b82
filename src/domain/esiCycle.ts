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
export function areaCoreHours(area: ProbationArea, cycle: EsiCycle, familyHours: Map<string, number> = familyCoreHours(cycle)): number {
  return area.coreHoursPerEsi?.value ?? familyHours.get(area.familyId) ?? cycle.coreHoursPerEsi.value;
}

interface AreaIndex {
  ids: string[];
  positionById: Map<string, number>;
}

/**
 * Area indexes by Areas list. Most edits (a budget, a line, an Area moved to another year) leave
 * the list itself alone, and at thousands of Areas building the index is most of an evaluation
 * (a Map past 4,096 entries is a fresh large allocation every time). Held weakly, so a list that
 * is gone takes its index with it.
 */
const areaIndexes = new WeakMap<ProbationArea[], AreaIndex>();

/**
 * Each Area's id to its position in the list; a repeated id resolves to its last Area, as a Map
 * built from the list would. A kept index is used only if the ids are still the ones it was
 * built from, so a list changed in place gets a fresh one.
 */
function indexAreas(areas: ProbationArea[]): Map<string, number> {
  const kept = areaIndexes.get(areas);
  if (kept && idsUnchanged(areas, kept.ids)) return kept.positionById;
  const ids = areas.map((area) => area.id);
  const positionById = new Map<string, number>();
  ids.forEach((id, position) => positionById.set(id, position));
  areaIndexes.set(areas, { ids, positionById });
  return positionById;
}

function idsUnchanged(areas: ProbationArea[], ids: string[]): boolean {
  if (areas.length !== ids.length) return false;
  for (let position = 0; position < areas.length; position += 1) {
    if (areas[position]?.id !== ids[position]) return false;
  }
  return true;
}

/** A year of the cycle being tallied, with its position among the cycle's distinct years. */
interface YearTally {
  report: EsiYearReport;
  slot: number;
}

/**
 * Each year of the cycle with its Areas, the ESIs its core hours fund and the hours needed,
 * plus the findings about the schedule. The core hours are the planning year's ESI core line,
 * assumed to hold for every year of the cycle.
 *
 * It runs on every edit, so the schedule is walked once and Areas are tallied by position
 * against one index from id to position: at the benchmark's 4,200 Areas each further Map and
 * per-Area array was a visible share of the time.
 */
export function evaluateEsiCycle(cycle: EsiCycle, coreHours: number): { years: EsiYearReport[]; findings: Finding[] } {
  const found: Finding[] = [];
  const { areas } = cycle;
  const areaIndex = indexAreas(areas);
  const capacity = esiCapacity(coreHours, cycle.coreHoursPerEsi.value);
  const familyHours = familyCoreHours(cycle);

  const tallies = new Map<FinancialYear, YearTally>();
  for (const year of cycle.years) {
    if (!tallies.has(year)) tallies.set(year, { report: { year, scheduled: 0, areaIds: [], capacity, hoursNeeded: 0, coreHours }, slot: tallies.size });
  }
  const timesScheduled = new Array<number>(areas.length).fill(0);
  let anyScheduledTwice = false;
  const familyCounts = new Map<string, number[]>();
  const idsAreUnique = areaIndex.size === areas.length;

  cycle.schedule.forEach((entry, position) => {
    // The schedule usually lists the Areas in their own order; with unique ids that Area is the
    // one the index would find, without the hash lookup that is most of the walk at scale.
    const index = idsAreUnique && areas[position]?.id === entry.areaId ? position : areaIndex.get(entry.areaId);
    const area = index === undefined ? undefined : areas[index];
    if (index === undefined || !area) {
      found.push(findings.esiUnknownArea(entry.areaId));
      return;
    }
    const times = (timesScheduled[index] ?? 0) + 1;
    timesScheduled[index] = times;
    if (times > 1) anyScheduledTwice = true;

    const tally = tallies.get(entry.year);
    if (!tally) {
      found.push(findings.esiYearOutsideCycle(area.id, area.name, entry.year, cycle.years));
    } else {
      tally.report.scheduled += 1;
      tally.report.areaIds.push(area.id);
      tally.report.hoursNeeded += areaCoreHours(area, cycle, familyHours);
      let counts = familyCounts.get(area.familyId);
      if (!counts) {
        counts = new Array<number>(tallies.size).fill(0);
        familyCounts.set(area.familyId, counts);
      }
      counts[tally.slot] = (counts[tally.slot] ?? 0) + 1;
    }
    if (entry.month !== undefined && financialYearOfMonth(entry.month) !== entry.year) {
      found.push(findings.esiMonthOutsideYear(area.id, area.name, entry.month, entry.year));
    }
    if (entry.inspected && entry.inspected.year !== entry.year) {
      found.push(findings.esiDoneMoved(area.id, area.name, entry.inspected.year, entry.year));
    }
  });

  const yearsOfRepeated = anyScheduledTwice ? yearsOfAreasScheduledTwice(cycle, areaIndex, timesScheduled) : new Map<number, FinancialYear[]>();
  areas.forEach((area, position) => {
    const index = idsAreUnique ? position : (areaIndex.get(area.id) ?? position);
    const times = timesScheduled[index] ?? 0;
    if (times === 0) found.push(findings.esiAreaUnscheduled(area.id, area.name));
    else if (times > 1) found.push(findings.esiAreaScheduledTwice(area.id, area.name, yearsOfRepeated.get(index) ?? []));
  });

  const years = [...tallies.values()].map((tally) => tally.report);
  for (const report of years) {
    if (report.hoursNeeded > coreHours + ROUNDING_TOLERANCE) {
      found.push(findings.esiYearOverCapacity(report.year, report.scheduled, report.capacity, report.hoursNeeded, coreHours));
    }
  }

  found.push(...familySplits(cycle, tallies, familyCounts));
  return { years, findings: found };
}

/** The years, in schedule order, of each Area scheduled more than once: rare, so a second walk only then. */
function yearsOfAreasScheduledTwice(cycle: EsiCycle, areaIndex: Map<string, number>, timesScheduled: number[]): Map<number, FinancialYear[]> {
  const yearsByIndex = new Map<number, FinancialYear[]>();
  for (const entry of cycle.schedule) {
    const index = areaIndex.get(entry.areaId);
    if (index === undefined || (timesScheduled[index] ?? 0) < 2) continue;
    const seen = yearsByIndex.get(index);
    if (seen) seen.push(entry.year);
    else yearsByIndex.set(index, [entry.year]);
  }
  return yearsByIndex;
}

function familySplits(cycle: EsiCycle, tallies: Map<FinancialYear, YearTally>, familyCounts: Map<string, number[]>): Finding[] {
  const countIn = (counts: number[], year: FinancialYear) => {
    const slot = tallies.get(year)?.slot;
    return slot === undefined ? 0 : (counts[slot] ?? 0);
  };
  const split: Finding[] = [];
  for (const family of cycle.families) {
    const counts = familyCounts.get(family.id);
    if (counts && counts.filter((count) => count > 0).length > 1) {
      const ordered = cycle.years.filter((year) => countIn(counts, year) > 0).map((year): [FinancialYear, number] => [year, countIn(counts, year)]);
      split.push(findings.esiFamilySplit(family.id, family.name, ordered));
    }
  }
  return split;
}
