import { evaluateEsiCycle } from './esiCycle';
import { evaluateEsiMonths } from './esiMonths';
import { findings } from './findings';
import { addToMonth, monthsBetween } from './months';
import type { Finding, GroupReport, JointPool, JointPoolReport, LineGroup, PlanReport, Scenario } from './types';
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

const poolGroups: Record<JointPool, LineGroup> = { cjs: 'joint-cjs', 'non-cjs': 'joint-non-cjs' };

/** "Within 2% of the ceiling" (issue 2): the warning band below the £/hour ceiling. */
const NEAR_CEILING_FRACTION = 0.98;

/** The five-year span of the YOT programme (§5.4). */
const YOT_PROGRAMME_MONTHS = 60;

/** Evaluates a scenario into its report: every total, the £/hour, the ESI and YOT load, and the findings. */
export function evaluatePlan(scenario: Scenario): PlanReport {
  const found: Finding[] = [...invalidFigures(scenario)];
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

  const esi = evaluateEsiCycle(scenario.esi, hoursIn('esi-core'));
  found.push(...esi.findings);
  const esiMonths = evaluateEsiMonths(scenario.esi);
  found.push(...esiMonths.findings);

  const yot = scenario.yot;
  const yotLine = hoursIn('yot');
  const yotPlan = planYotMonths(yot, scenario.planningYear);
  const yotByYear = yotYears(yotPlan.months, yot.hoursPerInspection.value);
  const yotPlanningYear = yotByYear.find((report) => report.year === scenario.planningYear);
  if (yotPlanningYear && yotPlanningYear.hoursNeeded > yotLine) {
    found.push(findings.yotHoursOverLine(yotPlanningYear.year, yotPlanningYear.inspections, yotPlanningYear.hoursNeeded, yotLine));
  }
  const yotDeadline = addToMonth(yot.programmeStart.month, YOT_PROGRAMME_MONTHS);
  if (yotPlan.completionMonth === null || monthsBetween(yotDeadline, yotPlan.completionMonth) > 0) {
    found.push(findings.yotCompletionLate(yotPlan.completionMonth, yot.teams.value, yotDeadline, yot.programmeStart.month));
  }

  const supportingPeopleLine = hoursIn('supporting-people');
  const supportingPeopleNeeded = scenario.supportingPeople.inspectionsPerYear.value * scenario.supportingPeople.hoursPerInspection.value;
  if (supportingPeopleNeeded > supportingPeopleLine) found.push(findings.supportingPeopleOverLine(supportingPeopleNeeded, supportingPeopleLine));

  const pools = (['cjs', 'non-cjs'] as const).map((pool): JointPoolReport => {
    const inPool = scenario.jointInspections.filter((inspection) => inspection.pool === pool);
    const sum = (status: 'proposed' | 'committed') => inPool.filter((inspection) => inspection.status === status).reduce((total, inspection) => total + inspection.hours, 0);
    return { pool, available: hoursIn(poolGroups[pool]), committed: sum('committed'), proposed: sum('proposed') };
  });
  for (const pool of pools) {
    if (pool.committed > pool.available) found.push(findings.jointCommittedOverPool(pool.pool, pool.committed, pool.available));
  }

  if (deployable > 0) {
    found.push(findings.intentionYotShare(share(yotLine)), findings.intentionEsiCoreShare(share(hoursIn('esi-core'))));
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
    esi: { coreHoursPerEsi: scenario.esi.coreHoursPerEsi.value, years: esi.years, months: esiMonths.months },
    yot: { teams: yot.teams.value, lineHours: yotLine, completionMonth: yotPlan.completionMonth, years: yotByYear, months: yotPlan.months },
    supportingPeople: { lineHours: supportingPeopleLine, hoursNeeded: supportingPeopleNeeded },
    joint: { pools },
    findings: sortFindings(found),
  };
}

const severityOrder = { error: 0, warning: 1, info: 2 } as const;

function sortFindings(list: Finding[]): Finding[] {
  return list.map((finding, index) => ({ finding, index }))
    .sort((a, b) => severityOrder[a.finding.severity] - severityOrder[b.finding.severity] || a.index - b.index)
    .map(({ finding }) => finding);
}

/** Negative or non-finite figures, and the few that must be more than zero. */
function invalidFigures(scenario: Scenario): Finding[] {
  const found: Finding[] = [];
  const check = (label: string, value: number, where: Finding['where'], mustBePositive = false) => {
    if (!Number.isFinite(value) || value < 0) found.push(findings.figureInvalid(label, value, mustBePositive ? 'a number above zero' : 'zero or more', where));
    else if (mustBePositive && value === 0) found.push(findings.figureInvalid(label, value, 'a number above zero', where));
  };
  check('The budget', scenario.budgetGBP.value, { field: 'budgetGBP' });
  check('The deployable hours', scenario.deployableHours.value, { field: 'deployableHours' }, true);
  check('The £/hour ceiling', scenario.ceilingGBPPerHour.value, { field: 'ceilingGBPPerHour' }, true);
  for (const line of scenario.lines) check(`${line.label} hours`, line.hours, { lineId: line.id });
  check('Core hours per ESI', scenario.esi.coreHoursPerEsi.value, { field: 'esi.coreHoursPerEsi' }, true);
  check('Thematic hours per ESI', scenario.esi.thematicHoursPerEsi.value, { field: 'esi.thematicHoursPerEsi' });
  check('ESIs allowed to start in one month', scenario.esi.maxPerMonth.value, { field: 'esi.maxPerMonth' }, true);
  for (const family of scenario.esi.families) {
    if (family.coreHoursPerEsi) check(`Core hours for each ESI of the ${family.name} family`, family.coreHoursPerEsi.value, { familyId: family.id }, true);
  }
  for (const area of scenario.esi.areas) {
    if (area.coreHoursPerEsi) check(`Core hours for ${area.name}'s ESI`, area.coreHoursPerEsi.value, { areaId: area.id }, true);
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
  for (const inspection of scenario.jointInspections) check(`${inspection.name} hours`, inspection.hours, { pool: inspection.pool });
  return found;
}
