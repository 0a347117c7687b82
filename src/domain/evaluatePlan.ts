import {
  capacityMonths,
  esiHoursByMonth,
  hoursOverCapacity,
  monthDemand,
  timelineYears,
  type CapacityInputs,
} from './capacity';
import { esiYearsAgainstCapacity, tallyEsiSchedule, yearsAllDone, type EsiYearTally } from './esiCycle';
import { evaluateEsiMonths } from './esiMonths';
import { findings } from './findings';
import { JOINT_POOL_GROUP, jointPoolsAndContingency } from './jointInspections';
import { addToMonth, monthsBetween } from './months';
import { planSupportingPeople, supportingPeopleLate, type SupportingPeoplePlan } from './supportingPeople';
import type {
  CapacityMonth,
  ContingencyDraw,
  EsiCycle,
  EsiMonthReport,
  Finding,
  FinancialYear,
  GroupReport,
  JointInspection,
  LineGroup,
  LineReport,
  MonthlyProfile,
  PlanReport,
  Scenario,
  SupportingPeople,
  YearMonth,
  YotMonth,
  YotProgramme,
  YotYearReport,
} from './types';
import { planYotMonths, yotYears } from './yotProgramme';

/** Display names of the line groups, in the order of the report's table (§5.14). */
export const groupLabels: Record<LineGroup, string> = {
  yot: 'YOT inspections',
  'esi-core': 'ESI core',
  'esi-thematic': 'ESI thematic',
  thematic: 'Single-agency thematic',
  'joint-cjs': 'CJS joint',
  'joint-non-cjs': 'Non-CJS joint',
  'supporting-people': 'Supporting People',
  other: 'Other',
  contingency: 'Contingency',
};

/** The lines whose hours no programme schedules month by month: the capacity chart spreads them by the profile. */
const UNSCHEDULED_GROUPS: readonly LineGroup[] = ['thematic', 'other', 'contingency'];

/** "Within 2% of the ceiling": the warning band below the £/hour ceiling, an assumption of the planner (the report gives no band). */
const NEAR_CEILING_FRACTION = 0.98;

/** The five-year span of the YOT programme (§5.4). */
const YOT_PROGRAMME_MONTHS = 60;

/** What the ESI cycle alone gives a report: it reads only `scenario.esi`, not the core hours. */
interface EsiSection {
  invalid: Finding[];
  years: EsiYearTally[];
  /** Years whose every ESI is done: their hours are spent, so they are not held to the core hours. */
  doneYears: ReadonlySet<FinancialYear>;
  months: EsiMonthReport[];
  findings: Finding[];
}

/** The YOT programme's share of a report: it reads only `scenario.yot` and the planning year. */
interface YotSection {
  months: YotMonth[];
  completionMonth: YearMonth | null;
  deadlineMonth: YearMonth;
  years: YotYearReport[];
  findings: Finding[];
}

interface SupportingPeopleSection extends SupportingPeoplePlan {
  findings: Finding[];
}

interface CapacitySection {
  months: CapacityMonth[];
  findings: Finding[];
}

function evaluateEsiSection({ cycle }: { cycle: EsiCycle }): EsiSection {
  const schedule = tallyEsiSchedule(cycle);
  const months = evaluateEsiMonths(cycle);
  return {
    invalid: invalidEsiFigures(cycle),
    years: schedule.years,
    doneYears: yearsAllDone(cycle),
    months: months.months,
    findings: [...schedule.findings, ...months.findings],
  };
}

function esiAgainstCapacity({
  years,
  coreHours,
  coreHoursPerEsi,
  doneYears,
}: {
  years: EsiYearTally[];
  coreHours: number;
  coreHoursPerEsi: number;
  doneYears: ReadonlySet<FinancialYear>;
}) {
  return esiYearsAgainstCapacity(years, coreHours, coreHoursPerEsi, doneYears);
}

function esiMonthHours({ cycle, planningYear }: { cycle: EsiCycle; planningYear: FinancialYear }): number[] {
  return esiHoursByMonth(cycle, planningYear);
}

function evaluateYotSection({
  programme,
  planningYear,
}: {
  programme: YotProgramme;
  planningYear: FinancialYear;
}): YotSection {
  const plan = planYotMonths(programme, planningYear);
  const deadline = addToMonth(programme.programmeStart.month, YOT_PROGRAMME_MONTHS);
  const late = plan.completionMonth === null || monthsBetween(deadline, plan.completionMonth) > 0;
  const found = plan.shortMoves.map(({ move, moved }) => findings.yotMoveShort(move, moved));
  if (late)
    found.push(
      findings.yotCompletionLate(plan.completionMonth, programme.teams.value, deadline, programme.programmeStart.month),
    );
  return {
    months: plan.months,
    completionMonth: plan.completionMonth,
    deadlineMonth: deadline,
    years: yotYears(plan.months, programme.hoursPerInspection.value),
    findings: found,
  };
}

/**
 * A finding for each year of the YOT plan that needs more hours than the YOT line holds. The report
 * gives the line for the planning year only, so later years are held against the same hours.
 */
function yotYearsAgainstLine({
  years,
  lineHours,
  planningYear,
}: {
  years: YotYearReport[];
  lineHours: number;
  planningYear: FinancialYear;
}): Finding[] {
  const found: Finding[] = [];
  for (const year of years) {
    if (year.hoursNeeded > lineHours)
      found.push(findings.yotHoursOverLine(year.year, year.inspections, year.hoursNeeded, lineHours, planningYear));
  }
  return found;
}

function evaluateSupportingPeopleSection({
  people,
  planningYear,
}: {
  people: SupportingPeople;
  planningYear: FinancialYear;
}): SupportingPeopleSection {
  const plan = planSupportingPeople(people, planningYear);
  const late = supportingPeopleLate(plan);
  return {
    ...plan,
    findings: late
      ? [findings.supportingPeopleCycleLate(plan.completionYear, people.authorities.value, plan.cycleEndMonth)]
      : [],
  };
}

interface JointInputs {
  jointInspections: JointInspection[];
  draws: ContingencyDraw[];
  cjsHours: number;
  nonCjsHours: number;
  contingencyHours: number;
}

/** The joint pools and contingency, with a finding for a pool or contingency committed beyond its line. */
function evaluateJointSection({
  jointInspections,
  draws,
  cjsHours,
  nonCjsHours,
  contingencyHours,
}: JointInputs): ReturnType<typeof jointPoolsAndContingency> & { findings: Finding[] } {
  const joint = jointPoolsAndContingency(
    jointInspections,
    draws,
    { cjs: cjsHours, 'non-cjs': nonCjsHours },
    contingencyHours,
  );
  const found: Finding[] = [];
  for (const pool of joint.pools) {
    const fromLine = pool.committed - pool.fromContingency;
    if (fromLine > pool.available) found.push(findings.jointCommittedOverPool(pool.pool, fromLine, pool.available));
  }
  if (joint.contingency.drawn > joint.contingency.lineHours)
    found.push(findings.contingencyOverdrawn(joint.contingency.drawn, joint.contingency.lineHours));
  return { ...joint, findings: found };
}

/** The monthly capacity of the planning year, and a finding for each month whose work, tentative included, exceeds it. */
function evaluateCapacitySection(inputs: CapacityInputs): CapacitySection {
  const months = capacityMonths(inputs);
  const found: Finding[] = [];
  for (const month of months) {
    if (hoursOverCapacity(month, true) > 0)
      found.push(
        findings.monthOverCapacity(month.month, monthDemand(month, true), month.jointTentative, month.available),
      );
  }
  return { months, findings: found };
}

/** The stated intentions of §1.29 beside the actual shares. */
function intentionFindings({ yotShare, esiCoreShare }: { yotShare: number; esiCoreShare: number }): Finding[] {
  return [findings.intentionYotShare(yotShare), findings.intentionEsiCoreShare(esiCoreShare)];
}

/**
 * The parts of an evaluation that walk the plan (Areas, months) or word findings. Each takes one
 * object naming everything it reads, so that an evaluator for a sequence of edits can skip a
 * section whose inputs are the same as last time. Declared once: `evaluatePlan` runs these afresh,
 * `createPlanEvaluator` wraps each to remember its last inputs. Why there are sections at all, with
 * the measurements: docs/performance.md, "Evaluating a plan".
 */
const planSections = {
  esi: evaluateEsiSection,
  esiCapacity: esiAgainstCapacity,
  yot: evaluateYotSection,
  yotAgainstLine: yotYearsAgainstLine,
  supportingPeople: evaluateSupportingPeopleSection,
  joint: evaluateJointSection,
  esiMonthHours,
  capacity: evaluateCapacitySection,
  timeline: timelineYears,
  intentions: intentionFindings,
  invalidProgrammeFigures,
};

type Sections = typeof planSections;

/** Evaluates a scenario into its report: every total, the £/hour, the ESI and YOT load, and the findings. */
export function evaluatePlan(scenario: Scenario): PlanReport {
  return assembleReport(scenario, planSections);
}

/**
 * An evaluator for a sequence of edits, like the store's: it reuses a section's last result while
 * the parts of the scenario it reads are the very same objects. The store makes every edit a new
 * scenario through immer, sharing what did not change, so a budget edit skips the walk of the
 * ESI schedule as a spreadsheet skips cells that do not depend on the budget. Give it only
 * scenarios that are never changed in place.
 */
export function createPlanEvaluator(): (scenario: Scenario) => PlanReport {
  const sections = rememberingEach(planSections);
  return (scenario) => assembleReport(scenario, sections);
}

/** The table with each section wrapped to remember its last inputs and result. */
function rememberingEach<Table extends Record<string, (inputs: never) => unknown>>(table: Table): Table {
  const remembering: Record<string, (inputs: never) => unknown> = {};
  for (const [name, compute] of Object.entries(table)) remembering[name] = rememberLast(compute);
  return remembering as Table;
}

/** A section that returns its last result while every input is the same (`Object.is`) as last time. */
function rememberLast<Inputs extends object, Result>(compute: (inputs: Inputs) => Result): (inputs: Inputs) => Result {
  let last: { inputs: Inputs; result: Result } | null = null;
  return (inputs) => {
    if (last !== null && sameInputs(last.inputs, inputs)) return last.result;
    const result = compute(inputs);
    last = { inputs, result };
    return result;
  };
}

function sameInputs<Inputs extends object>(previous: Inputs, next: Inputs): boolean {
  for (const name in next) {
    if (!Object.is(previous[name], next[name])) return false;
  }
  return true;
}

/** The order of the report's table (§5.14), in which the groups are reported. */
const GROUP_ORDER = Object.keys(groupLabels) as LineGroup[];

/**
 * Puts the report together from the scenario and its sections. It runs on every edit, so it makes
 * no closures and words no message for a figure that is fine: the sections do the walking and the
 * wording, and are reused while their inputs are unchanged.
 */
function assembleReport(scenario: Scenario, sections: Sections): PlanReport {
  const found: Finding[] = [];
  const invalid: Finding[] = [];
  const deployable = scenario.deployableHours.value;
  const budget = scenario.budgetGBP.value;
  const ceiling = scenario.ceilingGBPPerHour.value;
  const costPerHour = deployable > 0 ? budget / deployable : null;
  // Multipliers rather than closures for a share of the deployable hours and the cost of hours.
  const sharePerHour = deployable > 0 ? 1 / deployable : 0;
  const costPerHourOrZero = costPerHour ?? 0;
  checkFigure(invalid, 'The budget', budget, 'budgetGBP', false);
  checkFigure(invalid, 'The deployable hours', deployable, 'deployableHours', true);
  checkFigure(invalid, 'The £/hour ceiling', ceiling, 'ceilingGBPPerHour', true);

  let allocated = 0;
  const groupHours: Partial<Record<LineGroup, number>> = {};
  const lines: LineReport[] = [];
  for (const line of scenario.lines) {
    allocated += line.hours;
    groupHours[line.group] = (groupHours[line.group] ?? 0) + line.hours;
    lines.push({
      id: line.id,
      label: line.label,
      group: line.group,
      hours: line.hours,
      share: line.hours * sharePerHour,
      costGBP: line.hours * costPerHourOrZero,
    });
    if (!isValidFigure(line.hours))
      invalid.push(findings.figureInvalid(`${line.label} hours`, line.hours, 'zero or more', { lineId: line.id }));
  }
  const groups: GroupReport[] = [];
  for (const group of GROUP_ORDER) {
    const hours = groupHours[group];
    if (hours !== undefined)
      groups.push({
        group,
        label: groupLabels[group],
        hours,
        share: hours * sharePerHour,
        costGBP: hours * costPerHourOrZero,
      });
  }
  const esiCoreLine = groupHours['esi-core'] ?? 0;
  const yotLine = groupHours.yot ?? 0;
  const supportingPeopleLine = groupHours['supporting-people'] ?? 0;

  if (allocated > deployable) found.push(findings.hoursOverDeployable(allocated, deployable));
  else if (allocated < deployable) found.push(findings.hoursUnallocated(allocated, deployable));

  if (costPerHour !== null && ceiling > 0) {
    if (costPerHour > ceiling) found.push(findings.costOverCeiling(costPerHour, ceiling));
    else if (costPerHour >= ceiling * NEAR_CEILING_FRACTION) found.push(findings.costNearCeiling(costPerHour, ceiling));
  }

  const planningYear = scenario.planningYear;
  const esi = sections.esi({ cycle: scenario.esi });
  const esiYears = sections.esiCapacity({
    years: esi.years,
    coreHours: esiCoreLine,
    coreHoursPerEsi: scenario.esi.coreHoursPerEsi.value,
    doneYears: esi.doneYears,
  });
  found.push(...esi.findings, ...esiYears.findings);

  const yot = scenario.yot;
  const yotPlan = sections.yot({ programme: yot, planningYear });
  found.push(
    ...sections.yotAgainstLine({ years: yotPlan.years, lineHours: yotLine, planningYear }),
    ...yotPlan.findings,
  );

  const people = sections.supportingPeople({ people: scenario.supportingPeople, planningYear });
  const supportingPeopleNeeded = people.years.find((year) => year.year === planningYear)?.hoursNeeded ?? 0;
  if (supportingPeopleNeeded > supportingPeopleLine)
    found.push(findings.supportingPeopleOverLine(supportingPeopleNeeded, supportingPeopleLine));
  found.push(...people.findings);

  const joint = sections.joint({
    jointInspections: scenario.jointInspections,
    draws: scenario.contingencyDraws,
    cjsHours: groupHours[JOINT_POOL_GROUP.cjs] ?? 0,
    nonCjsHours: groupHours[JOINT_POOL_GROUP['non-cjs']] ?? 0,
    contingencyHours: groupHours.contingency ?? 0,
  });
  found.push(...joint.findings);

  let otherLinesHours = 0;
  for (const group of UNSCHEDULED_GROUPS) otherLinesHours += groupHours[group] ?? 0;
  const capacity = sections.capacity({
    planningYear,
    deployableHours: deployable,
    profile: scenario.monthlyProfile,
    esiMonthHours: sections.esiMonthHours({ cycle: scenario.esi, planningYear }),
    yotMonths: yotPlan.months,
    yotHoursPerInspection: yot.hoursPerInspection.value,
    supportingPeopleHours: supportingPeopleNeeded,
    jointInspections: scenario.jointInspections,
    otherLinesHours,
  });
  found.push(...capacity.findings);
  const timeline = sections.timeline({
    planningYear,
    esiYears: esi.years,
    esiThematicHoursPerEsi: scenario.esi.thematicHoursPerEsi.value,
    yotYears: yotPlan.years,
    yotDoneBefore: yot.doneBefore.value,
    yotHoursPerInspection: yot.hoursPerInspection.value,
    supportingPeopleYears: people.years,
    jointInspections: scenario.jointInspections,
  });

  if (deployable > 0)
    found.push(...sections.intentions({ yotShare: yotLine * sharePerHour, esiCoreShare: esiCoreLine * sharePerHour }));

  const programmeInvalid = sections.invalidProgrammeFigures({
    yot,
    people: scenario.supportingPeople,
    jointInspections: scenario.jointInspections,
    draws: scenario.contingencyDraws,
    profile: scenario.monthlyProfile,
  });
  return {
    scenarioName: scenario.name,
    planningYear,
    hours: { deployable, allocated, unallocated: deployable - allocated },
    allocatedShare: allocated * sharePerHour,
    allocatedCostGBP: allocated * costPerHourOrZero,
    budgetGBP: budget,
    costPerHourGBP: costPerHour,
    ceilingGBPPerHour: ceiling,
    lines,
    groups,
    esi: { coreHoursPerEsi: scenario.esi.coreHoursPerEsi.value, years: esiYears.years, months: esi.months },
    yot: {
      teams: yot.teams.value,
      lineHours: yotLine,
      completionMonth: yotPlan.completionMonth,
      deadlineMonth: yotPlan.deadlineMonth,
      years: yotPlan.years,
      months: yotPlan.months,
    },
    supportingPeople: {
      lineHours: supportingPeopleLine,
      hoursNeeded: supportingPeopleNeeded,
      years: people.years,
      completionYear: people.completionYear,
      cycleEndMonth: people.cycleEndMonth,
    },
    joint: { pools: joint.pools, contingency: joint.contingency },
    capacity: { months: capacity.months },
    timeline: { years: timeline },
    findings: bySeverity([invalid, programmeInvalid, esi.invalid, found]),
  };
}

/** Errors, then warnings, then information, each keeping the order in which the lists hold them. */
function bySeverity(lists: readonly Finding[][]): Finding[] {
  const errors: Finding[] = [];
  const warnings: Finding[] = [];
  const information: Finding[] = [];
  for (const list of lists) {
    for (const finding of list) {
      if (finding.severity === 'error') errors.push(finding);
      else if (finding.severity === 'warning') warnings.push(finding);
      else information.push(finding);
    }
  }
  return errors.concat(warnings, information);
}

/** A figure is valid when finite and not negative, and above zero where it must be. */
function isValidFigure(value: number, mustBePositive = false): boolean {
  return Number.isFinite(value) && (mustBePositive ? value > 0 : value >= 0);
}

/** Adds a finding to `found` when a figure is negative or non-finite, or zero where it must be above zero. */
function checkFigure(found: Finding[], label: string, value: number, field: string, mustBePositive: boolean): void {
  if (!isValidFigure(value, mustBePositive))
    found.push(
      findings.figureInvalid(label, value, mustBePositive ? 'a number above zero' : 'zero or more', { field }),
    );
}

/** The ESI cycle's figures that are negative, non-finite, or zero where they must be above zero. */
function invalidEsiFigures(cycle: EsiCycle): Finding[] {
  const found: Finding[] = [];
  checkFigure(found, 'Core hours per ESI', cycle.coreHoursPerEsi.value, 'esi.coreHoursPerEsi', true);
  checkFigure(found, 'Thematic hours per ESI', cycle.thematicHoursPerEsi.value, 'esi.thematicHoursPerEsi', false);
  checkFigure(found, 'ESIs allowed to start in one month', cycle.maxPerMonth.value, 'esi.maxPerMonth', true);
  for (const family of cycle.families) {
    if (family.coreHoursPerEsi && !isValidFigure(family.coreHoursPerEsi.value, true)) {
      found.push(
        findings.figureInvalid(
          `Core hours for each ESI of the ${family.name} family`,
          family.coreHoursPerEsi.value,
          'a number above zero',
          { familyId: family.id },
        ),
      );
    }
  }
  for (const area of cycle.areas) {
    if (area.coreHoursPerEsi && !isValidFigure(area.coreHoursPerEsi.value, true)) {
      found.push(
        findings.figureInvalid(`Core hours for ${area.name}'s ESI`, area.coreHoursPerEsi.value, 'a number above zero', {
          areaId: area.id,
        }),
      );
    }
  }
  return found;
}

/** The YOT, Supporting People, joint, contingency and profile figures that are negative or non-finite. */
function invalidProgrammeFigures({
  yot,
  people,
  jointInspections,
  draws,
  profile,
}: {
  yot: YotProgramme;
  people: SupportingPeople;
  jointInspections: JointInspection[];
  draws: ContingencyDraw[];
  profile: MonthlyProfile;
}): Finding[] {
  const found: Finding[] = [];
  checkFigure(found, 'The number of YOTs', yot.teams.value, 'yot.teams', false);
  checkFigure(found, 'YOT inspections done before the year', yot.doneBefore.value, 'yot.doneBefore', false);
  checkFigure(found, 'YOT inspections before phase 2', yot.beforePhase2.value, 'yot.beforePhase2', false);
  checkFigure(found, 'The YOT inspection rate', yot.ratePer12Months.value, 'yot.ratePer12Months', false);
  checkFigure(found, 'Hours per YOT inspection', yot.hoursPerInspection.value, 'yot.hoursPerInspection', false);
  checkFigure(
    found,
    'Supporting People inspections per year',
    people.inspectionsPerYear.value,
    'supportingPeople.inspectionsPerYear',
    false,
  );
  checkFigure(
    found,
    'Hours per Supporting People inspection',
    people.hoursPerInspection.value,
    'supportingPeople.hoursPerInspection',
    false,
  );
  checkFigure(
    found,
    'Supporting People inspections before the year',
    people.doneBefore.value,
    'supportingPeople.doneBefore',
    false,
  );
  for (const inspection of jointInspections) {
    if (!isValidFigure(inspection.hours))
      found.push(
        findings.figureInvalid(`${inspection.name} hours`, inspection.hours, 'zero or more', { pool: inspection.pool }),
      );
  }
  for (const draw of draws)
    checkFigure(found, `The contingency draw "${draw.reason}"`, draw.hours, 'contingency', false);
  if (!profile.weights.every((weight) => isValidFigure(weight)) || !profile.weights.some((weight) => weight > 0))
    found.push(findings.monthlyProfileInvalid());
  return found;
}
