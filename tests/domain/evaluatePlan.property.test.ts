import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../../src/domain/evaluatePlan';
import { addToMonth, firstMonthOf, monthsBetween, monthsOf } from '../../src/domain/months';
import type { FinancialYear, JointInspection, PlanReport, Scenario, Severity } from '../../src/domain/types';
import { loadFixture } from '../support/fixture';

const fixture = loadFixture();
const cycleYears = fixture.esi.years;
const allAreaIds = fixture.esi.areas.map((area) => area.id);
/** The Areas whose ESI is still to come (the 2003/04 ones are done and stay put). */
const notDoneAreaIds = fixture.esi.schedule.filter((entry) => !entry.inspected).map((entry) => entry.areaId);
const runs = { numRuns: 200 };

const hours = fc.oneof(fc.integer({ min: 0, max: 50000 }), fc.double({ min: 0, max: 50000, noNaN: true }));
const positive = (max: number) => fc.oneof(fc.integer({ min: 1, max }), fc.double({ min: 1e-3, max, noNaN: true }));

const yotFigures = fc.integer({ min: 1, max: 400 }).chain((teams) =>
  fc.record({
    teams: fc.constant(teams),
    doneBefore: fc.integer({ min: 0, max: teams }),
    beforePhase2: fc.integer({ min: 0, max: 40 }),
    rate: fc.oneof(fc.integer({ min: 0, max: 60 }), fc.double({ min: 0, max: 60, noNaN: true })),
    hoursPerInspection: fc.double({ min: 0, max: 2000, noNaN: true }),
    phase2Offset: fc.integer({ min: -24, max: 36 }),
  }),
);

const jointInspection = fc.record({
  pool: fc.constantFrom('cjs' as const, 'non-cjs' as const),
  hours,
  status: fc.constantFrom('proposed' as const, 'committed' as const),
});

/** A valid scenario: the fixture with its figures varied and its not-done Areas placed in random years. */
const validScenario = fc
  .record({
    lineHours: fc.array(hours, { minLength: fixture.lines.length, maxLength: fixture.lines.length }),
    budget: fc.oneof(fc.integer({ min: 0, max: 10_000_000 }), fc.double({ min: 0, max: 1e8, noNaN: true })),
    deployable: positive(100000),
    ceiling: positive(500),
    coreHoursPerEsi: positive(5000),
    placements: fc.array(
      fc.record({
        year: fc.constantFrom(...cycleYears),
        month: fc.option(fc.integer({ min: 0, max: 11 }), { nil: undefined }),
      }),
      {
        minLength: notDoneAreaIds.length,
        maxLength: notDoneAreaIds.length,
      },
    ),
    yot: yotFigures,
    supportingPeopleInspections: fc.integer({ min: 0, max: 100 }),
    supportingPeopleHours: fc.double({ min: 0, max: 200, noNaN: true }),
    joint: fc.array(jointInspection, { maxLength: 6 }),
  })
  .map((figures): Scenario => {
    const scenario = loadFixture();
    scenario.lines.forEach((line, index) => {
      line.hours = figures.lineHours[index] ?? 0;
    });
    scenario.budgetGBP.value = figures.budget;
    scenario.deployableHours.value = figures.deployable;
    scenario.ceilingGBPPerHour.value = figures.ceiling;
    scenario.esi.coreHoursPerEsi.value = figures.coreHoursPerEsi;
    notDoneAreaIds.forEach((areaId, index) => {
      const entry = scenario.esi.schedule.find((candidate) => candidate.areaId === areaId);
      const placement = figures.placements[index];
      if (!entry || !placement) return;
      entry.year = placement.year;
      if (placement.month === undefined) delete entry.month;
      else entry.month = monthsOf(placement.year)[placement.month];
    });
    const yot = scenario.yot;
    yot.teams.value = figures.yot.teams;
    yot.doneBefore.value = figures.yot.doneBefore;
    yot.beforePhase2.value = figures.yot.beforePhase2;
    yot.ratePer12Months.value = figures.yot.rate;
    yot.hoursPerInspection.value = figures.yot.hoursPerInspection;
    yot.phase2Start.month = addToMonth(firstMonthOf(scenario.planningYear), figures.yot.phase2Offset);
    scenario.supportingPeople.inspectionsPerYear.value = figures.supportingPeopleInspections;
    scenario.supportingPeople.hoursPerInspection.value = figures.supportingPeopleHours;
    scenario.jointInspections = figures.joint.map((inspection, index): JointInspection => ({
      id: `joint-${index}`,
      name: `Joint ${index}`,
      partners: [],
      startMonth: '2004-06',
      endMonth: '2004-11',
      source: { kind: 'assumption', reasoning: 'generated' },
      ...inspection,
    }));
    return scenario;
  });

/** |actual − expected| within a relative tolerance (absolute near zero). */
function expectClose(actual: number, expected: number, relative = 1e-9): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(relative * Math.max(1, Math.abs(actual), Math.abs(expected)));
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function expectSortedAndWellFormed(report: PlanReport): void {
  const ranks = report.findings.map((finding) => severityRank[finding.severity]);
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  for (const finding of report.findings) {
    expect(finding.message.trim()).not.toBe('');
    expect(Object.keys(finding.where).length).toBeGreaterThan(0);
  }
}

const has = (report: PlanReport, code: string) => report.findings.some((finding) => finding.code === code);

describe('evaluatePlan properties over valid scenarios', () => {
  it('allocates the sum of the lines and leaves deployable − allocated unallocated', () => {
    fc.assert(
      fc.property(validScenario, (scenario) => {
        const report = evaluatePlan(scenario);
        const sum = scenario.lines.reduce((total, line) => total + line.hours, 0);
        expect(report.hours.deployable).toBe(scenario.deployableHours.value);
        expectClose(report.hours.allocated, sum);
        expectClose(report.hours.unallocated, scenario.deployableHours.value - sum);
        expectClose(
          report.groups.reduce((total, group) => total + group.hours, 0),
          sum,
        );
        expect(has(report, 'HOURS_OVER_DEPLOYABLE')).toBe(report.hours.allocated > report.hours.deployable);
        expect(has(report, 'HOURS_UNALLOCATED')).toBe(report.hours.allocated < report.hours.deployable);
      }),
      runs,
    );
  });

  it('prices an hour at budget ÷ deployable and the lines at allocated × £/hour', () => {
    fc.assert(
      fc.property(validScenario, (scenario) => {
        const report = evaluatePlan(scenario);
        const costPerHour = report.costPerHourGBP;
        expect(costPerHour).not.toBeNull();
        if (costPerHour === null) return;
        expectClose(costPerHour * scenario.deployableHours.value, scenario.budgetGBP.value);
        expectClose(
          report.lines.reduce((total, line) => total + line.costGBP, 0),
          report.hours.allocated * costPerHour,
        );
        expectClose(
          report.groups.reduce((total, group) => total + group.costGBP, 0),
          report.hours.allocated * costPerHour,
        );
        const ceiling = scenario.ceilingGBPPerHour.value;
        expect(has(report, 'COST_PER_HOUR_OVER_CEILING')).toBe(costPerHour > ceiling);
        expect(has(report, 'COST_PER_HOUR_NEAR_CEILING')).toBe(costPerHour <= ceiling && costPerHour >= ceiling * 0.98);
      }),
      runs,
    );
  });

  it('never throws and always sorts its findings errors, warnings, info', () => {
    fc.assert(
      fc.property(validScenario, (scenario) => {
        const report = evaluatePlan(scenario);
        expectSortedAndWellFormed(report);
        expect(has(report, 'FIGURE_INVALID')).toBe(false);
      }),
      runs,
    );
  });

  it('never loses or duplicates an Area however the not-done Areas are moved among the cycle years', () => {
    const move = fc.record({ area: fc.constantFrom(...notDoneAreaIds), year: fc.constantFrom(...cycleYears) });
    fc.assert(
      fc.property(fc.array(move, { maxLength: 60 }), (moves) => {
        const scenario = loadFixture();
        const yearOf = new Map<string, FinancialYear>(scenario.esi.schedule.map((entry) => [entry.areaId, entry.year]));
        for (const { area, year } of moves) {
          const index = scenario.esi.schedule.findIndex((entry) => entry.areaId === area);
          const [entry] = scenario.esi.schedule.splice(index, 1);
          if (!entry) throw new Error(`${area} is missing from the schedule`);
          scenario.esi.schedule.push({ areaId: area, year, source: entry.source });
          yearOf.set(area, year);
        }
        const report = evaluatePlan(scenario);

        expect(report.esi.years.map((year) => year.year)).toEqual(cycleYears);
        expect(report.esi.years.reduce((total, year) => total + year.scheduled, 0)).toBe(42);
        const placed = report.esi.years.flatMap((year) => year.areaIds);
        expect([...placed].sort()).toEqual([...allAreaIds].sort());
        for (const year of report.esi.years) {
          expect(year.areaIds).toHaveLength(year.scheduled);
          expect(year.areaIds.every((areaId) => yearOf.get(areaId) === year.year)).toBe(true);
          const overCapacity = report.findings.some(
            (finding) => finding.code === 'ESI_YEAR_OVER_CAPACITY' && finding.where.year === year.year,
          );
          expect(overCapacity).toBe(year.scheduled > 15);
        }
        for (const code of [
          'ESI_AREA_UNSCHEDULED',
          'ESI_AREA_SCHEDULED_TWICE',
          'ESI_UNKNOWN_AREA',
          'ESI_YEAR_OUTSIDE_CYCLE',
          'ESI_DONE_MOVED',
        ]) {
          expect(has(report, code)).toBe(false);
        }
        const splitFamilies = report.findings
          .filter((finding) => finding.code === 'ESI_FAMILY_SPLIT')
          .map((finding) => finding.where.familyId);
        const expectedSplits = scenario.esi.families
          .filter(
            (family) =>
              new Set(
                scenario.esi.areas.filter((area) => area.familyId === family.id).map((area) => yearOf.get(area.id)),
              ).size > 1,
          )
          .map((family) => family.id);
        expect(splitFamilies).toEqual(expectedSplits);
      }),
      runs,
    );
  });

  it('plans YOT months that reach the teams with those done before, and no phase-2 inspection before phase 2', () => {
    fc.assert(
      fc.property(validScenario, (scenario) => {
        const { yot } = evaluatePlan(scenario);
        const programme = scenario.yot;
        const first = firstMonthOf(scenario.planningYear);
        expect(
          yot.months.every((month, index) => monthsBetween(first, month.month) === index && month.inspections >= 0),
        ).toBe(true);
        const planned = yot.months.reduce((total, month) => total + month.inspections, 0);
        if (yot.completionMonth !== null) {
          expect(programme.doneBefore.value + planned).toBe(programme.teams.value);
          expect(yot.months.at(-1)?.month ?? addToMonth(first, -1)).toBe(yot.completionMonth);
        } else {
          expect(programme.doneBefore.value + planned).toBeLessThan(programme.teams.value);
        }

        const phase2Start = programme.phase2Start.month;
        const beforePhase2 = yot.months.filter((month) => monthsBetween(month.month, phase2Start) > 0);
        const doneBeforePhase2 = beforePhase2.reduce((total, month) => total + month.inspections, 0);
        const remaining = programme.teams.value - programme.doneBefore.value;
        if (monthsBetween(first, phase2Start) > 0) {
          expect(doneBeforePhase2).toBe(Math.min(programme.beforePhase2.value, remaining));
        } else {
          expect(beforePhase2).toEqual([]);
        }

        const rate = programme.ratePer12Months.value;
        if (Number.isInteger(rate)) {
          const phase2 = yot.months.filter((month) => monthsBetween(phase2Start, month.month) >= 0);
          const runningTotals = [0];
          for (const month of phase2) runningTotals.push((runningTotals.at(-1) ?? 0) + month.inspections);
          const windows = runningTotals.slice(12, -1).map((total, index) => total - (runningTotals[index] ?? 0));
          expect(windows.every((inWindow) => inWindow === rate)).toBe(true);
        }
      }),
      runs,
    );
  });
});

describe('evaluatePlan properties over invalid figures', () => {
  const anyNumber = fc.oneof(
    fc.double(),
    fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -1, 0),
  );

  it('never throws on negative or non-finite figures, and reports them as FIGURE_INVALID', () => {
    fc.assert(
      fc.property(
        fc.array(anyNumber, { minLength: fixture.lines.length, maxLength: fixture.lines.length }),
        anyNumber,
        anyNumber,
        anyNumber,
        anyNumber,
        anyNumber,
        (lineHours, budget, deployable, yotRate, yotTeams, peopleHours) => {
          const scenario = loadFixture();
          scenario.lines.forEach((line, index) => {
            line.hours = lineHours[index] ?? 0;
          });
          scenario.budgetGBP.value = budget;
          scenario.deployableHours.value = deployable;
          scenario.yot.ratePer12Months.value = yotRate;
          scenario.yot.teams.value = yotTeams;
          scenario.supportingPeople.hoursPerInspection.value = peopleHours;
          const report = evaluatePlan(scenario);
          expectSortedAndWellFormed(report);
          const invalid = (value: number) => !Number.isFinite(value) || value < 0;
          const expected =
            [...lineHours, budget, yotRate, yotTeams, peopleHours].some(invalid) ||
            invalid(deployable) ||
            deployable === 0;
          expect(has(report, 'FIGURE_INVALID')).toBe(expected);
        },
      ),
      runs,
    );
  });
});
