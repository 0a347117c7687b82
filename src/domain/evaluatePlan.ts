import { capacityMonths, hoursOverCapacity, monthDemand, timelineYears } from './capacity';
import { esiYearsAgainstCapacity, tallyEsiSchedule, type EsiYearTally } from './esiCycle';
import { evaluateEsiMonths } from './esiMonths';
import { findings } from './findings';
import { jointPoolsAndContingency } from './jointInspections';
import { addToMonth, monthsBetween } from './months';
import { planSupportingPeople, supportingPeopleLate, type SupportingPeoplePlan } from './supportingPeople';
import type {
  CapacityMonth, EsiCycle, EsiMonthReport, Finding, FinancialYear, GroupReport, JointInspection, LineGroup, MonthlyProfile, PlanReport,
  Scenario, SupportingPeople, TimelineYear, YearMonth, YotMonth, YotProgramme, YotYearReport,
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

/** "Within 2% of the ceiling" (issue 2): the warning band below the £/hour ceiling. */
const NEAR_CEILING_FRACTION = 0.98;

/** The five-year span of the YOT programme (§5.4). */
const YOT_PROGRAMME_MONTHS = 60;

/** What the ESI cycle alone gives a report: it reads only `scenario.esi`, not the core hours. */
interface EsiSection {
  invalid: Finding[];
  years: EsiYearTally[];
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

/**
 * The parts of an evaluation that walk the plan (Areas, months) or word findings, each a function
 * of only what it reads, so that an evaluator for a sequence of edits can skip those whose inputs
 * did not change.
 */
interface Sections {
  esi: (cycle: EsiCycle) => EsiSection;
  esiCapacity: typeof esiYearsAgainstCapacity;
  yot: (programme: YotProgramme, planningYear: FinancialYear) => YotSection;
  supportingPeople: (people: SupportingPeople, planningYear: FinancialYear) => SupportingPeopleSection;
  capacity: typeof evaluateCapacitySection;
  timeline: typeof evaluateTimeline;
  intentions: (yotShare: number, esiCoreShare: number) => Finding[];
}

function evaluateEsiSection(cycle: EsiCycle): EsiSection {
  const schedule = tallyEsiSchedule(cycle);
  const months = evaluateEsiMonths(cycle);
  return { invalid: invalidEsiFigures(cycle), years: schedule.years, months: months.months, findings: [...schedule.findings, ...months.findings] };
}

function evaluateYotSection(programme: YotProgramme, planningYear: FinancialYear): YotSection {
  const plan = planYotMonths(programme, planningYear);
  const deadline = addToMonth(programme.programmeStart.month, YOT_PROGRAMME_MONTHS);
  const late = plan.completionMonth === null || monthsBetween(deadline, plan.completionMonth) > 0;
  const found = plan.shortMoves.map(({ move, moved }) => findings.yotMoveShort(move, moved));
  if (late) found.push(findings.yotCompletionLate(plan.completionMonth, programme.teams.value, deadline, programme.programmeStart.month));
  return { months: plan.months, completionMonth: plan.completionMonth, deadlineMonth: deadline, years: yotYears(plan.months, programme.hoursPerInspection.value), findings: found };
}

function evaluateSupportingPeopleSection(people: SupportingPeople, planningYear: FinancialYear): SupportingPeopleSection {
  const plan = planSupportingPeople(people, planningYear);
  const late = supportingPeopleLate(plan);
  return { ...plan, findings: late ? [findings.supportingPeopleCycleLate(plan.completionYear, people.authorities.value, plan.cycleEndMonth)] : [] };
}

/** The monthly capacity of the planning year, and a finding for each month whose work, tentative included, exceeds it. */
function evaluateCapacitySection(
  planningYear: FinancialYear, deployableHours: number, profile: MonthlyProfile, esi: EsiCycle, yot: YotSection, yotHoursPerInspection: number,
  supportingPeopleHours: number, jointInspections: JointInspection[], otherLinesHours: number,
): CapacitySection {
  const months = capacityMonths({ planningYear, deployableHours, profile, esi, yotMonths: yot.months, yotHoursPerInspection, supportingPeopleHours, jointInspections, otherLinesHours });
  const found: Finding[] = [];
  for (const month of months) {
    if (hoursOverCapacity(month, true) > 0) found.push(findings.monthOverCapacity(month.month, monthDemand(month, true), month.jointTentative, month.available));
  }
  return { months, findings: found };
}

function evaluateTimeline(
  planningYear: FinancialYear, esi: EsiCycle, yot: YotSection, yotProgramme: YotProgramme, supportingPeople: SupportingPeopleSection, jointInspections: JointInspection[],
): TimelineYear[] {
  return timelineYears({
    planningYear, esi, yotMonths: yot.months, yotDoneBefore: yotProgramme.doneBefore.value, yotHoursPerInspection: yotProgramme.hoursPerInspection.value,
    supportingPeopleYears: supportingPeople.years, jointInspections,
  });
}

/** The stated intentions of §1.29 beside the actual shares. */
function intentionFindings(yotShare: number, esiCoreShare: number): Finding[] {
  return [findings.intentionYotShare(yotShare), findings.intentionEsiCoreShare(esiCoreShare)];
}

const everySectionAfresh: Sections = {
  esi: evaluateEsiSection,
  esiCapacity: esiYearsAgainstCapacity,
  yot: evaluateYotSection,
  supportingPeople: evaluateSupportingPeopleSection,
  capacity: evaluateCapacitySection,
  timeline: evaluateTimeline,
  intentions: intentionFindings,
};

/** Evaluates a scenario into its report: every total, the £/hour, the ESI and YOT load, and the findings. */
export function evaluatePlan(scenario: Scenario): PlanReport {
  return assembleReport(scenario, everySectionAfresh);
}

/**
 * An evaluator for a sequence of edits, like the store's: it reuses a section's last result while
 * the parts of the scenario it reads are the very same objects. The store makes every edit a new
 * scenario through immer, sharing what did not change, so a budget edit skips the walk of the
 * ESI schedule as a spreadsheet skips cells that do not depend on the budget. Give it only
 * scenarios that are never changed in place.
 */
export function createPlanEvaluator(): (scenario: Scenario) => PlanReport {
  const sections: Sections = {
    esi: rememberLast(evaluateEsiSection),
    esiCapacity: rememberLast(esiYearsAgainstCapacity),
    yot: rememberLast(evaluateYotSection),
    supportingPeople: rememberLast(evaluateSupportingPeopleSection),
    capacity: rememberLast(evaluateCapacitySection),
    timeline: rememberLast(evaluateTimeline),
    intentions: rememberLast(intentionFindings),
  };
  return (scenario) => assembleReport(scenario, sections);
}

function rememberLast<A extends unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | null = null;
  return (...args) => {
    if (last?.args.every((arg, index) => Object.is(arg, args[index]))) return last.result;
    const result = compute(...args);
    last = { args, result };
    return result;
  };
}

function assembleReport(scenario: Scenario, sections: Sections): PlanReport {
  const found: Finding[] = [];
  const deployable = scenario.deployableHours.value;
  const budget = scenario.budgetGBP.value;
  const ceiling = scenario.ceilingGBPPerHour.value;
  const costPerHour = deployable > 0 ? budget / deployable : null;
  const share = (hours: number) => (deployable > 0 ? hours / deployable : 0);
  const cost = (hours: number) => (costPerHour === null ? 0 : hours * costPerHour);

  let allocated = 0;
  const groupHours = new Map<LineGroup, number>();
  const lines = scenario.lines.map((line) => {
    allocated += line.hours;
    groupHours.set(line.group, (groupHours.get(line.group) ?? 0) + line.hours);
    return { id: line.id, label: line.label, group: line.group, hours: line.hours, share: share(line.hours), costGBP: cost(line.hours) };
  });
  const hoursIn = (group: LineGroup) => groupHours.get(group) ?? 0;
  const groups: GroupReport[] = (Object.keys(groupLabels) as LineGroup[])
    .filter((group) => groupHours.has(group))
    .map((group) => ({ group, label: groupLabels[group], hours: hoursIn(group), share: share(hoursIn(group)), costGBP: cost(hoursIn(group)) }));

  if (allocated > deployable) found.push(findings.hoursOverDeployable(allocated, deployable));
  else if (allocated < deployable) found.push(findings.hoursUnallocated(allocated, deployable));

  if (costPerHour !== null && ceiling > 0) {
    if (costPerHour > ceiling) found.push(findings.costOverCeiling(costPerHour, ceiling));
    else if (costPerHour >= ceiling * NEAR_CEILING_FRACTION) found.push(findings.costNearCeiling(costPerHour, ceiling));
  }

  const esi = sections.esi(scenario.esi);
  const esiYears = sections.esiCapacity(esi.years, hoursIn('esi-core'), scenario.esi.coreHoursPerEsi.value);
  found.push(...esi.findings, ...esiYears.findings);

  const yot = scenario.yot;
  const yotLine = hoursIn('yot');
  const yotPlan = sections.yot(yot, scenario.planningYear);
  const yotPlanningYear = yotPlan.years.find((report) => report.year === scenario.planningYear);
  if (yotPlanningYear && yotPlanningYear.hoursNeeded > yotLine) {
    found.push(findings.yotHoursOverLine(yotPlanningYear.year, yotPlanningYear.inspections, yotPlanningYear.hoursNeeded, yotLine));
  }
  found.push(...yotPlan.findings);

  const supportingPeopleLine = hoursIn('supporting-people');
  const people = sections.supportingPeople(scenario.supportingPeople, scenario.planningYear);
  const supportingPeopleNeeded = people.years.find((year) => year.year === scenario.planningYear)?.hoursNeeded ?? 0;
  if (supportingPeopleNeeded > supportingPeopleLine) found.push(findings.supportingPeopleOverLine(supportingPeopleNeeded, supportingPeopleLine));
  found.push(...people.findings);

  const joint = jointPoolsAndContingency(scenario.jointInspections, scenario.contingencyDraws, { cjs: hoursIn('joint-cjs'), 'non-cjs': hoursIn('joint-non-cjs') }, hoursIn('contingency'));
  for (const pool of joint.pools) {
    const fromLine = pool.committed - pool.fromContingency;
    if (fromLine > pool.available) found.push(findings.jointCommittedOverPool(pool.pool, fromLine, pool.available));
  }
  if (joint.contingency.drawn > joint.contingency.lineHours) found.push(findings.contingencyOverdrawn(joint.contingency.drawn, joint.contingency.lineHours));

  const otherLinesHours = UNSCHEDULED_GROUPS.reduce((total, group) => total + hoursIn(group), 0);
  const capacity = sections.capacity(
    scenario.planningYear, deployable, scenario.monthlyProfile, scenario.esi, yotPlan, yot.hoursPerInspection.value, supportingPeopleNeeded, scenario.jointInspections, otherLinesHours,
  );
  found.push(...capacity.findings);
  const timeline = sections.timeline(scenario.planningYear, scenario.esi, yotPlan, yot, people, scenario.jointInspections);

  if (deployable > 0) {
    found.push(...sections.intentions(share(yotLine), share(hoursIn('esi-core'))));
  }

  return {
    scenarioName: scenario.name,
    planningYear: scenario.planningYear,
    hours: { deployable, allocated, unallocated: deployable - allocated },
    allocatedShare: share(allocated),
    allocatedCostGBP: cost(allocated),
    budgetGBP: budget,
    costPerHourGBP: costPerHour,
    ceilingGBPPerHour: ceiling,
    lines,
    groups,
    esi: { coreHoursPerEsi: scenario.esi.coreHoursPerEsi.value, years: esiYears.years, months: esi.months },
    yot: { teams: yot.teams.value, lineHours: yotLine, completionMonth: yotPlan.completionMonth, deadlineMonth: yotPlan.deadlineMonth, years: yotPlan.years, months: yotPlan.months },
    supportingPeople: { lineHours: supportingPeopleLine, hoursNeeded: supportingPeopleNeeded, years: people.years, completionYear: people.completionYear },
    joint,
    capacity: { months: capacity.months },
    timeline: { years: timeline },
    findings: sortFindings([...invalidFigures(scenario), ...esi.invalid, ...found]),
  };
}

const severityOrder = { error: 0, warning: 1, info: 2 } as const;

/** Errors, then warnings, then information; the sort is stable, so each keeps its order within its severity. */
function sortFindings(list: Finding[]): Finding[] {
  return list.sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity]);
}

/** A figure is valid when finite and not negative, and above zero where it must be. */
function isValidFigure(value: number, mustBePositive = false): boolean {
  return Number.isFinite(value) && (mustBePositive ? value > 0 : value >= 0);
}

type FigureCheck = (label: string, value: number, where: Finding['where'], mustBePositive?: boolean) => void;

/** A check of figures that collects a finding for each negative or non-finite one, or zero where it must be above zero. */
function figureChecker(): { found: Finding[]; check: FigureCheck } {
  const found: Finding[] = [];
  const check: FigureCheck = (label, value, where, mustBePositive = false) => {
    if (!isValidFigure(value, mustBePositive)) found.push(findings.figureInvalid(label, value, mustBePositive ? 'a number above zero' : 'zero or more', where));
  };
  return { found, check };
}

/** The ESI cycle's figures that are negative, non-finite, or zero where they must be above zero. */
function invalidEsiFigures(cycle: EsiCycle): Finding[] {
  const { found, check } = figureChecker();
  check('Core hours per ESI', cycle.coreHoursPerEsi.value, { field: 'esi.coreHoursPerEsi' }, true);
  check('Thematic hours per ESI', cycle.thematicHoursPerEsi.value, { field: 'esi.thematicHoursPerEsi' });
  check('ESIs allowed to start in one month', cycle.maxPerMonth.value, { field: 'esi.maxPerMonth' }, true);
  for (const family of cycle.families) {
    if (family.coreHoursPerEsi && !isValidFigure(family.coreHoursPerEsi.value, true)) check(`Core hours for each ESI of the ${family.name} family`, family.coreHoursPerEsi.value, { familyId: family.id }, true);
  }
  for (const area of cycle.areas) {
    if (area.coreHoursPerEsi && !isValidFigure(area.coreHoursPerEsi.value, true)) check(`Core hours for ${area.name}'s ESI`, area.coreHoursPerEsi.value, { areaId: area.id }, true);
  }
  return found;
}

/** The other figures of a scenario that are negative, non-finite, or zero where they must be above zero. */
function invalidFigures(scenario: Scenario): Finding[] {
  const { found, check } = figureChecker();
  check('The budget', scenario.budgetGBP.value, { field: 'budgetGBP' });
  check('The deployable hours', scenario.deployableHours.value, { field: 'deployableHours' }, true);
  check('The £/hour ceiling', scenario.ceilingGBPPerHour.value, { field: 'ceilingGBPPerHour' }, true);
  // Each label is worded only for a figure that is wrong: these loops run on every evaluation.
  for (const line of scenario.lines) {
    if (!isValidFigure(line.hours)) check(`${line.label} hours`, line.hours, { lineId: line.id });
  }
  const yot = scenario.yot;
  check('The number of YOTs', yot.teams.value, { field: 'yot.teams' });
  check('YOT inspections done before the year', yot.doneBefore.value, { field: 'yot.doneBefore' });
  check('YOT inspections before phase 2', yot.beforePhase2.value, { field: 'yot.beforePhase2' });
  check('The YOT inspection rate', yot.ratePer12Months.value, { field: 'yot.ratePer12Months' });
  check('Hours per YOT inspection', yot.hoursPerInspection.value, { field: 'yot.hoursPerInspection' });
  const people = scenario.supportingPeople;
  check('Supporting People inspections per year', people.inspectionsPerYear.value, { field: 'supportingPeople.inspectionsPerYear' });
  check('Hours per Supporting People inspection', people.hoursPerInspection.value, { field: 'supportingPeople.hoursPerInspection' });
  check('Supporting People inspections before the year', people.doneBefore.value, { field: 'supportingPeople.doneBefore' });
  for (const inspection of scenario.jointInspections) {
    if (!isValidFigure(inspection.hours)) check(`${inspection.name} hours`, inspection.hours, { pool: inspection.pool });
  }
  for (const draw of scenario.contingencyDraws) {
    if (!isValidFigure(draw.hours)) check(`The contingency draw "${draw.reason}"`, draw.hours, { field: 'contingency' });
  }
  if (!scenario.monthlyProfile.weights.every((weight) => isValidFigure(weight)) || !scenario.monthlyProfile.weights.some((weight) => weight > 0)) {
    found.push(findings.monthlyProfileInvalid());
  }
  return found;
}
