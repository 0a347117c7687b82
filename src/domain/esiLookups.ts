/**
 * Look-ups over an ESI cycle's Areas, families and schedule, which the board makes for every card
 * on every store change. Each card finds its own Area and schedule entry, so they are indexed once
 * per list (immer gives an edited list a new identity, and leaves unedited lists alone), not
 * searched once per card.
 */
import type { EsiCycle, EsiFamily, EsiScheduleEntry, ProbationArea } from './types';

const areaIndexes = new WeakMap<ProbationArea[], Map<string, ProbationArea>>();
const entryIndexes = new WeakMap<EsiScheduleEntry[], Map<string, EsiScheduleEntry>>();
const familyIndexes = new WeakMap<EsiFamily[], Map<string, { family: EsiFamily; position: number }>>();

export function areaOf(cycle: Pick<EsiCycle, 'areas'>, areaId: string): ProbationArea | undefined {
  let index = areaIndexes.get(cycle.areas);
  if (!index) {
    index = new Map(cycle.areas.map((area) => [area.id, area]));
    areaIndexes.set(cycle.areas, index);
  }
  return index.get(areaId);
}

/** The Area's schedule entry (the first, if the schedule wrongly lists it twice). */
export function scheduleEntryOf(cycle: EsiCycle, areaId: string): EsiScheduleEntry | undefined {
  let index = entryIndexes.get(cycle.schedule);
  if (!index) {
    index = new Map();
    for (const entry of cycle.schedule) if (!index.has(entry.areaId)) index.set(entry.areaId, entry);
    entryIndexes.set(cycle.schedule, index);
  }
  return index.get(areaId);
}

function familyIndex(families: EsiFamily[]) {
  let index = familyIndexes.get(families);
  if (!index) {
    index = new Map(families.map((family, position) => [family.id, { family, position }]));
    familyIndexes.set(families, index);
  }
  return index;
}

export function familyOf(cycle: Pick<EsiCycle, 'families'>, familyId: string): EsiFamily | undefined {
  return familyIndex(cycle.families).get(familyId)?.family;
}

/** A family's place in the cycle's list of families, which picks its colour on the board. */
export function familyPosition(cycle: Pick<EsiCycle, 'families'>, familyId: string): number {
  return familyIndex(cycle.families).get(familyId)?.position ?? -1;
}

const familyMembers = new WeakMap<ProbationArea[], Map<string, string[]>>();
const NO_MEMBERS: readonly string[] = [];

/** The ids of a family's Areas, in the list's order; the same array while the list of Areas is unchanged. */
export function familyAreaIds(cycle: Pick<EsiCycle, 'areas'>, familyId: string): readonly string[] {
  let members = familyMembers.get(cycle.areas);
  if (!members) {
    members = new Map();
    for (const area of cycle.areas) {
      const ids = members.get(area.familyId);
      if (ids) ids.push(area.id);
      else members.set(area.familyId, [area.id]);
    }
    familyMembers.set(cycle.areas, members);
  }
  return members.get(familyId) ?? NO_MEMBERS;
}

export interface FamilyGroup {
  familyId: string;
  areaIds: string[];
}

/** A year's Areas grouped by family, families in the cycle's order and Areas in schedule order. */
export function familyGroups(cycle: Pick<EsiCycle, 'areas' | 'families'>, areaIds: readonly string[]): FamilyGroup[] {
  const byFamily = new Map<string, string[]>();
  for (const areaId of areaIds) {
    const familyId = areaOf(cycle, areaId)?.familyId;
    if (familyId === undefined) continue;
    const members = byFamily.get(familyId);
    if (members) members.push(areaId);
    else byFamily.set(familyId, [areaId]);
  }
  return [...byFamily.entries()]
    .sort(([a], [b]) => familyPosition(cycle, a) - familyPosition(cycle, b))
    .map(([familyId, ids]) => ({ familyId, areaIds: ids }));
}

export interface FamilyTally {
  /** Areas of the family scheduled anywhere. */
  total: number;
  /** Of those, the ones not yet inspected, which can still move. */
  movable: number;
}

const familyTallies = new WeakMap<EsiScheduleEntry[], Map<string, FamilyTally>>();

/** How many Areas each family has, and how many can still move; worked out once per schedule. */
export function familyTally(cycle: Pick<EsiCycle, 'areas' | 'schedule'>, familyId: string): FamilyTally {
  let tallies = familyTallies.get(cycle.schedule);
  if (!tallies) {
    tallies = new Map();
    for (const entry of cycle.schedule) {
      const area = areaOf(cycle, entry.areaId);
      if (!area) continue;
      const tally = tallies.get(area.familyId) ?? { total: 0, movable: 0 };
      tally.total += 1;
      if (!entry.inspected) tally.movable += 1;
      tallies.set(area.familyId, tally);
    }
    familyTallies.set(cycle.schedule, tallies);
  }
  return tallies.get(familyId) ?? { total: 0, movable: 0 };
}
