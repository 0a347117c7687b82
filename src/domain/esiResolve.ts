/**
 * The Resolve helper: moves that bring every ESI year within the hours its core line funds,
 * keeping families together where it can (§2.2: a family is inspected in one year so its
 * Areas can be compared). It only proposes; the user accepts some or all of them.
 */
import { areaCoreHours, familyCoreHours, isOverCoreHours, ROUNDING_TOLERANCE, yearsAllDone } from './esiCycle';
import { formatCount, formatHours } from './format';
import { monthName } from './months';
import type { FinancialYear, Scenario, YearMonth } from './types';

export type ProposalKind = 'rejoin-family' | 'whole-family' | 'split-family';

export interface EsiProposal {
  /** Stable within one resolution, for the screen's checkboxes. */
  id: string;
  kind: ProposalKind;
  familyId: string;
  from: FinancialYear;
  to: FinancialYear;
  /** One Area, or a family's Areas moving together. */
  moves: { areaId: string; year: FinancialYear }[];
  reason: string;
}

export interface EsiResolution {
  proposals: EsiProposal[];
  /** Years still over capacity after every proposal, because no year has room. */
  unresolved: FinancialYear[];
}

interface Placed {
  areaId: string;
  name: string;
  familyId: string;
  year: FinancialYear;
  hours: number;
  month: YearMonth | undefined;
}

/**
 * Proposes moves in three kinds, tried in this order for each year over capacity:
 * 1. an Area into the year that already holds more of its family (it rejoins them);
 * 2. whole families (every Area of the family in that year, none done) into a year with room;
 * 3. only then single Areas, splitting a family: the fewest, taken from the family that keeps
 *    most Areas together, Areas without a month first.
 * Done Areas never move, Areas scheduled twice are left for the user to sort out, and nothing
 * moves into a year before the planning year (it is over) or into a year without room, so no
 * year that was within capacity goes over. Greedy: it finds the fewest moves for plans like the
 * report's, not for every possible plan.
 */
export function proposeEsiMoves(scenario: Scenario): EsiResolution {
  const cycle = scenario.esi;
  const coreHours = scenario.lines
    .filter((line) => line.group === 'esi-core')
    .reduce((total, line) => total + line.hours, 0);
  const years = [...new Set(cycle.years)];
  const targets = years.includes(scenario.planningYear) ? years.filter((year) => year >= scenario.planningYear) : years;
  const familyHours = familyCoreHours(cycle);
  const areaById = new Map(cycle.areas.map((area) => [area.id, area]));
  const familyName = new Map(cycle.families.map((family) => [family.id, family.name]));

  const load = new Map<FinancialYear, number>(years.map((year) => [year, 0]));
  const timesScheduled = new Map<string, number>();
  for (const entry of cycle.schedule) timesScheduled.set(entry.areaId, (timesScheduled.get(entry.areaId) ?? 0) + 1);

  const movable: Placed[] = [];
  /** Areas of each family in each year, done or not: what "together" is measured against. */
  const familyIn = new Map<string, Map<FinancialYear, number>>();
  for (const entry of cycle.schedule) {
    const area = areaById.get(entry.areaId);
    if (!area || !load.has(entry.year)) continue;
    const hours = areaCoreHours(area, cycle, familyHours);
    load.set(entry.year, (load.get(entry.year) ?? 0) + hours);
    const counts = familyIn.get(area.familyId) ?? new Map<FinancialYear, number>();
    counts.set(entry.year, (counts.get(entry.year) ?? 0) + 1);
    familyIn.set(area.familyId, counts);
    if (!entry.inspected && timesScheduled.get(area.id) === 1) {
      movable.push({
        areaId: area.id,
        name: area.name,
        familyId: area.familyId,
        year: entry.year,
        hours,
        month: entry.month,
      });
    }
  }

  const loadOf = (year: FinancialYear) => load.get(year) ?? 0;
  // A year whose every ESI is done is a record, not a plan to fit, as the findings have it.
  const doneYears = yearsAllDone(cycle);
  const isOver = (year: FinancialYear) => !doneYears.has(year) && isOverCoreHours(loadOf(year), coreHours);
  const hasRoom = (year: FinancialYear, hours: number) => loadOf(year) + hours <= coreHours + ROUNDING_TOLERANCE;
  const countIn = (familyId: string, year: FinancialYear) => familyIn.get(familyId)?.get(year) ?? 0;
  const familyTotal = (familyId: string) =>
    [...(familyIn.get(familyId)?.values() ?? [])].reduce((sum, count) => sum + count, 0);
  const nameOfFamily = (familyId: string) => familyName.get(familyId) ?? familyId;

  const proposals: EsiProposal[] = [];
  const move = (areas: Placed[], to: FinancialYear, kind: ProposalKind, reason: string) => {
    const [first] = areas;
    if (!first) return;
    const from = first.year;
    for (const area of areas) {
      load.set(from, loadOf(from) - area.hours);
      load.set(to, loadOf(to) + area.hours);
      const counts = familyIn.get(area.familyId);
      counts?.set(from, (counts.get(from) ?? 0) - 1);
      counts?.set(to, (counts.get(to) ?? 0) + 1);
      area.year = to;
    }
    proposals.push({
      id: `proposal-${proposals.length + 1}`,
      kind,
      familyId: first.familyId,
      from,
      to,
      moves: areas.map((area) => ({ areaId: area.areaId, year: to })),
      reason,
    });
  };
  const shortBy = (year: FinancialYear) =>
    `${year} needs ${formatHours(loadOf(year))} core hours of the ${formatHours(coreHours)} funded`;
  const inYear = (year: FinancialYear) => movable.filter((area) => area.year === year);

  for (const year of years) {
    // 1. Areas that rejoin the rest of their family.
    while (isOver(year)) {
      const rejoin = inYear(year)
        .flatMap((area) =>
          targets
            .filter(
              (to) =>
                to !== year && countIn(area.familyId, to) > countIn(area.familyId, year) && hasRoom(to, area.hours),
            )
            .map((to) => ({ area, to })),
        )
        .sort(
          (a, b) => countIn(a.area.familyId, year) - countIn(b.area.familyId, year) || b.area.hours - a.area.hours,
        )[0];
      if (!rejoin) break;
      const { area, to } = rejoin;
      const others = countIn(area.familyId, to);
      move(
        [area],
        to,
        'rejoin-family',
        `${shortBy(year)}. ${area.name} joins the other ${formatCount(others, 'Area')} of the ${nameOfFamily(area.familyId)} family in ${to}, so the family is compared together (§2.2), and ${year} needs ${formatHours(area.hours)} hours fewer.`,
      );
    }
    if (!isOver(year)) continue;

    // 2. Whole families, all in this year: the smallest one that is enough, else the fewest that together are.
    const groups = familiesWhollyIn(
      inYear(year),
      (familyId) => countIn(familyId, year),
      (familyId) => familyTotal(familyId),
    );
    const others = targets.filter((to) => to !== year);
    const excess = loadOf(year) - coreHours;
    const roomiest = (hours: number) =>
      others.filter((to) => hasRoom(to, hours)).sort((a, b) => loadOf(a) - loadOf(b))[0];
    const enough = groups
      .filter((group) => group.hours >= excess - ROUNDING_TOLERANCE && roomiest(group.hours) !== undefined)
      .sort((a, b) => a.areas.length - b.areas.length)[0];
    const enoughTo = enough && roomiest(enough.hours);
    const chosen =
      enough && enoughTo
        ? [{ group: enough, to: enoughTo }]
        : fewestGroupsCovering(groups, excess, others, loadOf, coreHours);
    for (const { group, to } of chosen) {
      const before = shortBy(year);
      move(
        group.areas,
        to,
        'whole-family',
        `${before}. The whole ${nameOfFamily(group.familyId)} family (${group.areas.map((area) => area.name).join(', ')}) moves to ${to}, which has room for its ${formatHours(group.hours)} hours, so its Areas are still compared together (§2.2).`,
      );
    }
    if (!isOver(year)) continue;

    // 3. Single Areas, splitting a family: no whole family fits anywhere.
    while (isOver(year)) {
      const best = inYear(year)
        .flatMap((area) => targets.filter((to) => to !== year && hasRoom(to, area.hours)).map((to) => ({ area, to })))
        .sort(
          (a, b) =>
            Number(countIn(a.area.familyId, a.to) === 0) - Number(countIn(b.area.familyId, b.to) === 0) ||
            b.area.hours - a.area.hours ||
            Number(a.area.month !== undefined) - Number(b.area.month !== undefined) ||
            countIn(b.area.familyId, year) - countIn(a.area.familyId, year) ||
            loadOf(a.to) - loadOf(b.to),
        )[0];
      if (!best) break;
      const { area, to } = best;
      const before = shortBy(year);
      const stay = countIn(area.familyId, year) - 1;
      const month =
        area.month === undefined
          ? 'It has no month set yet.'
          : `Its month (${monthName(area.month)}) is dropped and needs setting again.`;
      move(
        [area],
        to,
        'split-family',
        `${before} and no whole family fits in the room left in other years, so one Area moves. ${area.name} goes to ${to}; the ${nameOfFamily(area.familyId)} family is split, with ${formatCount(stay, 'Area')} staying in ${year}. ${month}`,
      );
    }
  }
  return { proposals, unresolved: years.filter(isOver) };
}

interface FamilyGroup {
  familyId: string;
  areas: Placed[];
  hours: number;
}

/** The families whose every Area is in this year and can move (none done, none scheduled twice). */
function familiesWhollyIn(
  movableHere: Placed[],
  countHere: (familyId: string) => number,
  total: (familyId: string) => number,
): FamilyGroup[] {
  const byFamily = new Map<string, Placed[]>();
  for (const area of movableHere) byFamily.set(area.familyId, [...(byFamily.get(area.familyId) ?? []), area]);
  const groups: FamilyGroup[] = [];
  for (const [familyId, areas] of byFamily) {
    if (areas.length === countHere(familyId) && areas.length === total(familyId)) {
      groups.push({ familyId, areas, hours: areas.reduce((sum, area) => sum + area.hours, 0) });
    }
  }
  return groups;
}

/**
 * The fewest whole families that together free enough hours, each fitting a year with room,
 * largest first; none if even all of them together are not enough (then families stay whole
 * and single Areas move instead).
 */
function fewestGroupsCovering(
  groups: FamilyGroup[],
  excess: number,
  targets: FinancialYear[],
  loadOf: (year: FinancialYear) => number,
  coreHours: number,
): { group: FamilyGroup; to: FinancialYear }[] {
  const room = new Map(targets.map((year) => [year, coreHours - loadOf(year)]));
  const chosen: { group: FamilyGroup; to: FinancialYear }[] = [];
  let freed = 0;
  for (const group of [...groups].sort((a, b) => b.hours - a.hours)) {
    if (freed >= excess - ROUNDING_TOLERANCE) break;
    const to = targets.find((year) => (room.get(year) ?? 0) + ROUNDING_TOLERANCE >= group.hours);
    if (to === undefined) continue;
    room.set(to, (room.get(to) ?? 0) - group.hours);
    chosen.push({ group, to });
    freed += group.hours;
  }
  return freed >= excess - ROUNDING_TOLERANCE ? chosen : [];
}
