/**
 * "Start the next year's plan from this one": a new scenario a year on, carrying every figure as a
 * starting point and taking what the plan had in the year just planned as done. Pure: the store adds
 * the scenario, the screen shows the summary.
 */
import { carryEsiCycle } from './carryEsiCycle';
import { carryJointWork } from './carryJointWork';
import { carryYotProgramme } from './carryYotProgramme';
import { formatCount } from './format';
import { financialYearOf, financialYearStart } from './months';
import { planSupportingPeople } from './supportingPeople';
import type { Figure, FinancialYear, Scenario, Source } from './types';

export interface CarrySummary {
  from: FinancialYear;
  to: FinancialYear;
  /** What was carried as a starting point for the group to revise. */
  carried: string[];
  /** What the plan had in the year just planned, now done. */
  done: string[];
  /** What the new plan cannot settle by itself. */
  decisions: string[];
}

/**
 * The source of a figure taken unchanged from the `from` plan: the figure is that year's, not the
 * report's for the new one. It keeps the figure's first origin rather than nesting, so a figure
 * carried year after year names only the latest plan.
 */
export const carriedFrom = (from: FinancialYear, source: Source): Source => ({
  kind: 'carried',
  from,
  was: source.kind === 'carried' ? source.was : source,
});

const carriedFigure = (figure: Figure, planned: FinancialYear): Figure => ({
  value: figure.value,
  source: carriedFrom(planned, figure.source),
});

export function carryForward(scenario: Scenario): { scenario: Scenario; summary: CarrySummary } {
  const planned = scenario.planningYear;
  const next = financialYearOf(financialYearStart(planned) + 1);
  const esi = carryEsiCycle(scenario.esi, planned, next);
  const yot = carryYotProgramme(scenario.yot, planned, next);
  const covered = new Set(scenario.contingencyDraws.flatMap((draw) => draw.jointInspectionId ?? []));
  const joint = carryJointWork(scenario.jointInspections, covered, planned, next);

  const people = scenario.supportingPeople;
  const peopleInPlanned =
    planSupportingPeople(people, planned).years.find((year) => year.year === planned && !year.done)?.inspections ?? 0;
  const peopleDone = people.doneBefore.value + peopleInPlanned;

  // Next year's plan is a working plan, even when carried from an agreed one's frozen copy.
  const { agreed: _agreed, ...working } = scenario;
  const carriedScenario: Scenario = {
    ...working,
    name: `${next} plan (carried from ${planned})`,
    planningYear: next,
    budgetGBP: carriedFigure(scenario.budgetGBP, planned),
    deployableHours: carriedFigure(scenario.deployableHours, planned),
    ceilingGBPPerHour: carriedFigure(scenario.ceilingGBPPerHour, planned),
    lines: scenario.lines.map((line) => ({ ...line, source: carriedFrom(planned, line.source) })),
    esi: esi.cycle,
    yot: yot.programme,
    supportingPeople: {
      ...people,
      doneBefore: {
        value: peopleDone,
        source: {
          kind: 'assumption',
          reasoning: `Carried from the ${planned} plan: ${people.doneBefore.value} done before it and ${peopleInPlanned} planned in it, taken as done.`,
        },
      },
    },
    jointInspections: joint.inspections,
    contingencyDraws: [],
  };

  const drawn = scenario.contingencyDraws.length;
  return {
    scenario: carriedScenario,
    summary: {
      from: planned,
      to: next,
      carried: [
        `The budget, deployable hours, £/hour ceiling and all ${formatCount(scenario.lines.length, 'line')}, as a starting point marked "carried from the ${planned} plan".`,
        ...joint.carried.map((line) => `Joint inspection ${line}`),
        `Contingency starts full${drawn > 0 ? `: the ${formatCount(drawn, 'draw')} on it stay in the ${planned} plan` : ''}.`,
      ],
      done: [
        ...esi.done,
        ...yot.done,
        `${formatCount(peopleInPlanned, 'Supporting People inspection')} planned in ${planned} marked done: ${peopleDone} of ${people.authorities.value} authorities.`,
        ...joint.closed.map((line) => `Joint inspection ${line}`),
      ],
      decisions: [
        `The figures are ${planned}'s: set ${next}'s budget, deployable hours and lines when they are known.`,
        ...esi.decisions,
        ...yot.decisions,
        ...joint.decisions,
      ],
    },
  };
}
