/**
 * The decisions an edit of a scenario makes, for the shared workspace's decision log: the budget,
 * a line's hours, an Area's ESI year, a joint inspection committed or withdrawn, a draw on
 * contingency. Each is told from the scenario before and after the edit, in words and figures a
 * reader of the log needs no planner to follow.
 */
import { formatHours, formatPounds, formatPoundsAndPence } from './format';
import { JOINT_POOL_GROUP, JOINT_POOLS, jointPoolsAndContingency } from './jointInspections';
import { monthName } from './months';
import type { EsiScheduleEntry, JointInspection, JointPool, LineGroup, Scenario } from './types';

export type DecisionKind =
  | 'budget-changed'
  | 'line-changed'
  | 'esi-moved'
  | 'joint-committed'
  | 'joint-withdrawn'
  | 'contingency-drawn'
  | 'contingency-draw-removed';

/** Each kind as the log's filter names it, in the order the log lists a single edit's decisions. */
export const DECISION_KINDS: Record<DecisionKind, string> = {
  'budget-changed': 'Budget and hours',
  'line-changed': 'Line hours',
  'esi-moved': 'ESI moved to another year',
  'joint-committed': 'Joint inspection committed',
  'joint-withdrawn': 'Joint inspection withdrawn',
  'contingency-drawn': 'Contingency draw recorded',
  'contingency-draw-removed': 'Contingency draw removed',
};

export interface Decision {
  kind: DecisionKind;
  /** What was decided, naming the line, Area or inspection: "Moved the ESI of Norfolk". */
  label: string;
  /** The figures before and after, as the planner shows them: "2004/05", "£3,200,000". */
  before: string;
  after: string;
}

const POOL_NAMES: Record<JointPool, string> = { cjs: 'CJS', 'non-cjs': 'non-CJS' };

/** Every decision that turns `before` into `after`, budget first, then lines, ESI, joint work and contingency. */
export function decisionsBetween(before: Scenario, after: Scenario): Decision[] {
  if (before === after) return [];
  return [
    ...budgetDecisions(before, after),
    ...lineDecisions(before, after),
    ...esiDecisions(before, after),
    ...jointDecisions(before, after),
    ...contingencyDecisions(before, after),
  ];
}

function budgetDecisions(before: Scenario, after: Scenario): Decision[] {
  const figures = [
    ['budgetGBP', 'Changed the budget', formatPounds],
    ['deployableHours', 'Changed the deployable hours', (hours: number) => `${formatHours(hours)} hours`],
    ['ceilingGBPPerHour', 'Changed the £ per hour ceiling', formatPoundsAndPence],
  ] as const;
  return figures.flatMap(([field, label, format]): Decision[] => {
    const was = before[field].value;
    const now = after[field].value;
    return was === now ? [] : [{ kind: 'budget-changed', label, before: format(was), after: format(now) }];
  });
}

function lineDecisions(before: Scenario, after: Scenario): Decision[] {
  const hoursBefore = new Map(before.lines.map((line) => [line.id, line.hours]));
  return after.lines.flatMap((line): Decision[] => {
    const was = hoursBefore.get(line.id);
    if (was === undefined || was === line.hours) return [];
    return [
      {
        kind: 'line-changed',
        label: `Changed the hours of ${line.label}`,
        before: `${formatHours(was)} hours`,
        after: `${formatHours(line.hours)} hours`,
      },
    ];
  });
}

/** "2004/05 (April 2004)": the year an Area's ESI falls in, and its month once it has one. */
function placeText(entry: EsiScheduleEntry | undefined): string {
  if (!entry) return 'Not scheduled';
  return entry.month === undefined ? entry.year : `${entry.year} (${monthName(entry.month)})`;
}

/** Only a change of year is a decision: a month within the same year is the board's detail. */
function esiDecisions(before: Scenario, after: Scenario): Decision[] {
  if (before.esi.schedule === after.esi.schedule) return [];
  const entriesBefore = new Map(before.esi.schedule.map((entry) => [entry.areaId, entry]));
  const names = new Map(after.esi.areas.map((area) => [area.id, area.name]));
  return after.esi.schedule.flatMap((entry): Decision[] => {
    const was = entriesBefore.get(entry.areaId);
    if (was?.year === entry.year) return [];
    return [
      {
        kind: 'esi-moved',
        label: `Moved the ESI of ${names.get(entry.areaId) ?? entry.areaId}`,
        before: placeText(was),
        after: placeText(entry),
      },
    ];
  });
}

function hoursOfGroup(scenario: Scenario, group: LineGroup): number {
  return scenario.lines.reduce((sum, line) => (line.group === group ? sum + line.hours : sum), 0);
}

/** The joint pools' and contingency's hours left in `scenario`, as the joint work view shows them. */
function jointLeft(scenario: Scenario) {
  const poolHours = Object.fromEntries(
    JOINT_POOLS.map((pool) => [pool, hoursOfGroup(scenario, JOINT_POOL_GROUP[pool])]),
  ) as Record<JointPool, number>;
  const { pools, contingency } = jointPoolsAndContingency(
    scenario.jointInspections,
    scenario.contingencyDraws,
    poolHours,
    hoursOfGroup(scenario, 'contingency'),
  );
  return {
    pool: (pool: JointPool) => pools.find((candidate) => candidate.pool === pool)?.left ?? 0,
    contingency: contingency.left,
  };
}

/** "Committed, 1,500 hours; 2,500 hours left in the CJS pool", or "Not in the register; …". */
function commitmentText(inspection: JointInspection | undefined, pool: JointPool, poolLeft: number): string {
  const state = inspection
    ? `${inspection.status === 'committed' ? 'Committed' : 'Proposed'}, ${formatHours(inspection.hours)} hours`
    : 'Not in the register';
  return `${state}; ${formatHours(poolLeft)} hours left in the ${POOL_NAMES[pool]} pool`;
}

function jointDecisions(before: Scenario, after: Scenario): Decision[] {
  if (before.jointInspections === after.jointInspections) return [];
  const inspectionsAfter = new Map(after.jointInspections.map((inspection) => [inspection.id, inspection]));
  const inspectionsBefore = new Map(before.jointInspections.map((inspection) => [inspection.id, inspection]));
  const leftBefore = jointLeft(before);
  const leftAfter = jointLeft(after);
  const decision = (
    kind: 'joint-committed' | 'joint-withdrawn',
    label: string,
    was: JointInspection | undefined,
    now: JointInspection | undefined,
    pool: JointPool,
  ): Decision => ({
    kind,
    label,
    before: commitmentText(was, pool, leftBefore.pool(pool)),
    after: commitmentText(now, pool, leftAfter.pool(pool)),
  });
  const committed = after.jointInspections.flatMap((now) => {
    const was = inspectionsBefore.get(now.id);
    return now.status === 'committed' && was?.status !== 'committed'
      ? [decision('joint-committed', `Committed the joint inspection ${now.name}`, was, now, now.pool)]
      : [];
  });
  const withdrawn = before.jointInspections.flatMap((was) => {
    const now = inspectionsAfter.get(was.id);
    return was.status === 'committed' && now?.status !== 'committed'
      ? [decision('joint-withdrawn', `Withdrew the commitment to ${was.name}`, was, now, was.pool)]
      : [];
  });
  return [...committed, ...withdrawn];
}

/** Draws recorded and removed, each with contingency's hours left before and after it, as if made one at a time. */
function contingencyDecisions(before: Scenario, after: Scenario): Decision[] {
  if (before.contingencyDraws === after.contingencyDraws) return [];
  const idsBefore = new Set(before.contingencyDraws.map((draw) => draw.id));
  const idsAfter = new Set(after.contingencyDraws.map((draw) => draw.id));
  const removed = before.contingencyDraws.filter((draw) => !idsAfter.has(draw.id));
  const added = after.contingencyDraws.filter((draw) => !idsBefore.has(draw.id));
  // Counted back from what is left afterwards, so a line change in the same edit is already in it.
  let left = jointLeft(after).contingency + added.reduce((sum, draw) => sum + draw.hours, 0);
  left -= removed.reduce((sum, draw) => sum + draw.hours, 0);
  const leftText = (hours: number) => `${formatHours(hours)} hours of contingency left`;
  const decisions: Decision[] = [];
  for (const draw of removed) {
    decisions.push({
      kind: 'contingency-draw-removed',
      label: `Removed the contingency draw of ${formatHours(draw.hours)} hours: ${draw.reason}`,
      before: leftText(left),
      after: leftText(left + draw.hours),
    });
    left += draw.hours;
  }
  for (const draw of added) {
    decisions.push({
      kind: 'contingency-drawn',
      label: `Drew ${formatHours(draw.hours)} hours from contingency: ${draw.reason}`,
      before: leftText(left),
      after: leftText(left - draw.hours),
    });
    left -= draw.hours;
  }
  return decisions;
}
