import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { monthDemand } from '../../src/domain/capacity';
import { evaluatePlan } from '../../src/domain/evaluatePlan';
import { checkCommitment } from '../../src/domain/jointInspections';
import { addToMonth, monthsBetween } from '../../src/domain/months';
import type { JointInspection, Scenario } from '../../src/domain/types';
import { planYotMonths } from '../../src/domain/yotProgramme';
import { loadFixture } from '../support/fixture';

function evaluateWith(edit: (scenario: Scenario) => void) {
  const scenario = loadFixture();
  edit(scenario);
  return evaluatePlan(scenario);
}

function jointInspection(overrides: Partial<JointInspection>): JointInspection {
  return {
    id: 'health', name: 'Health', pool: 'non-cjs', partners: ['Healthcare Commission'], hours: 300, status: 'proposed',
    startMonth: '2004-10', endMonth: '2004-12', source: { kind: 'assumption', reasoning: 'test' }, ...overrides,
  };
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

describe('the YOT plan with manual moves', () => {
  it('moves one inspection from October to November 2004, marking both months and keeping 155', () => {
    const yot = loadFixture().yot;
    const before = planYotMonths(yot, '2004/05');
    yot.moves = [{ from: '2004-10', to: '2004-11', count: 1 }];
    const after = planYotMonths(yot, '2004/05');
    const month = (plan: typeof after, key: string) => plan.months.find((candidate) => candidate.month === key);
    expect(month(after, '2004-10')).toMatchObject({ inspections: (month(before, '2004-10')?.inspections ?? 0) - 1, moved: -1 });
    expect(month(after, '2004-11')).toMatchObject({ inspections: (month(before, '2004-11')?.inspections ?? 0) + 1, moved: 1 });
    expect(after.months.at(-1)?.cumulative).toBe(155);
    expect(after.completionMonth).toBe('2008-12');
    expect(after.shortMoves).toEqual([]);
  });

  it('brings completion forward when the last inspection is moved earlier, and later when moved past it', () => {
    const yot = loadFixture().yot;
    yot.moves = [{ from: '2008-12', to: '2008-06', count: 1 }];
    expect(planYotMonths(yot, '2004/05').completionMonth).toBe('2008-11');
    yot.moves = [{ from: '2008-12', to: '2009-05', count: 1 }];
    const later = planYotMonths(yot, '2004/05');
    expect(later.completionMonth).toBe('2009-05');
    expect(later.months.at(-1)).toMatchObject({ month: '2009-05', inspections: 1, cumulative: 155, moved: 1 });
  });

  it('carries only what a month holds, and says so in a warning', () => {
    const report = evaluateWith((scenario) => {
      scenario.yot.moves = [{ from: '2004-04', to: '2004-06', count: 5 }];
    });
    expect(report.yot.months[0]).toMatchObject({ month: '2004-04', inspections: 0, moved: -2 });
    expect(report.yot.months.at(-1)?.cumulative).toBe(155);
    const short = report.findings.filter((finding) => finding.code === 'YOT_MOVE_SHORT');
    expect(short.map((finding) => finding.message)).toEqual([
      'A manual move of 5 YOT inspections from April 2004 to June 2004 moved 2: at the present rate April 2004 no longer holds 5.',
    ]);
  });

  it('always totals the teams and never schedules before the start, whatever the moves (property)', () => {
    const month = fc.integer({ min: 0, max: 70 }).map((offset) => addToMonth('2004-04', offset));
    fc.assert(
      fc.property(fc.array(fc.record({ from: month, to: month, count: fc.integer({ min: 1, max: 6 }) }), { maxLength: 12 }), fc.integer({ min: 6, max: 60 }), (moves, rate) => {
        const yot = loadFixture().yot;
        yot.moves = moves;
        yot.ratePer12Months.value = rate;
        const plan = planYotMonths(yot, '2004/05');
        expect(sum(plan.months.map((entry) => entry.inspections))).toBe(155 - 16);
        expect(sum(plan.months.map((entry) => entry.moved))).toBe(0);
        for (const entry of plan.months) {
          expect(entry.inspections).toBeGreaterThanOrEqual(0);
          expect(monthsBetween('2004-04', entry.month)).toBeGreaterThanOrEqual(0);
        }
        const lastWithInspections = plan.months.filter((entry) => entry.inspections > 0).at(-1);
        expect(plan.completionMonth).toBe(lastWithInspections?.month);
      }),
      { numRuns: 300 },
    );
  });
});

describe('Supporting People over the five-year cycle (§4.27–4.28)', () => {
  it('keeps the 29 joined by March 2004 as done, then 30 a year until all 150 are inspected in 2008/09', () => {
    const report = evaluatePlan(loadFixture());
    expect(report.supportingPeople.years.map(({ year, inspections, done }) => [year, inspections, done])).toEqual([
      ['2003/04', 29, true], ['2004/05', 30, false], ['2005/06', 30, false], ['2006/07', 30, false], ['2007/08', 30, false], ['2008/09', 1, false],
    ]);
    expect(report.supportingPeople.completionYear).toBe('2008/09');
    expect(report.supportingPeople.cycleEndMonth).toBe('2008-08');
    expect(report.findings.map((finding) => finding.code)).not.toContain('SUPPORTING_PEOPLE_CYCLE_LATE');
  });

  it('warns when the yearly number does not finish the cycle by August 2008', () => {
    const report = evaluateWith((scenario) => { scenario.supportingPeople.inspectionsPerYear.value = 20; });
    expect(report.supportingPeople.completionYear).toBe('2010/11');
    expect(report.findings.find((finding) => finding.code === 'SUPPORTING_PEOPLE_CYCLE_LATE')?.message).toBe(
      'Inspecting all 150 administering authorities finishes in 2010/11, after the five-year cycle ends in August 2008 (§4.28).',
    );
  });
});

describe('joint pools, contingency and the check before committing', () => {
  it('fits Resettlement (1,500 h) in the 4,000-hour CJS pool, leaving 2,500', () => {
    const report = evaluatePlan(loadFixture());
    expect(checkCommitment(report, { pool: 'cjs', hours: 1500 })).toEqual({ outcome: 'fits', hours: 1500, poolLeft: 4000, poolLeftAfter: 2500 });
  });

  it('takes what the 500-hour non-CJS pool cannot hold from contingency: 800 h is 500 + 300, leaving 1,700', () => {
    const report = evaluatePlan(loadFixture());
    expect(checkCommitment(report, { pool: 'non-cjs', hours: 800 })).toEqual({
      outcome: 'needs-contingency', hours: 800, poolLeft: 500, fromPool: 500, fromContingency: 300, contingencyLeft: 2000, contingencyLeftAfter: 1700,
    });
  });

  it('refuses what even contingency cannot hold, with the shortfall', () => {
    const report = evaluatePlan(loadFixture());
    expect(checkCommitment(report, { pool: 'non-cjs', hours: 3000 })).toEqual({ outcome: 'refused', hours: 3000, poolLeft: 500, contingencyLeft: 2000, shortBy: 500 });
  });

  it('counts a commitment covered by contingency against the pool only for its own part', () => {
    const report = evaluateWith((scenario) => {
      scenario.jointInspections.push(jointInspection({ hours: 800, status: 'committed' }));
      scenario.contingencyDraws.push({ id: 'cover', date: '2004-06-01', reason: 'Health: 300 hours', hours: 300, jointInspectionId: 'health' });
    });
    expect(report.joint.pools[1]).toEqual({ pool: 'non-cjs', available: 500, committed: 800, fromContingency: 300, proposed: 0, left: 0 });
    expect(report.joint.contingency).toEqual({ lineHours: 2000, drawn: 300, left: 1700 });
    expect(report.findings.map((finding) => finding.code)).not.toContain('JOINT_COMMITTED_OVER_POOL');
  });

  it('errs when draws take more than the 2,000-hour contingency line', () => {
    const report = evaluateWith((scenario) => {
      scenario.contingencyDraws.push({ id: 'inquiry', date: '2004-07-05', reason: 'An inquiry', hours: 2100 });
    });
    expect(report.findings.find((finding) => finding.code === 'CONTINGENCY_OVERDRAWN')?.message).toBe(
      'Draws on contingency take 2,100 hours, 100 more than the 2,000 hours of the contingency line.',
    );
  });
});

describe('capacity month by month', () => {
  const report = evaluatePlan(loadFixture());
  const april = report.capacity.months[0];

  it('spreads 35,000 hours over twelve even months: 2,916⅔ each', () => {
    expect(report.capacity.months.map((month) => month.month)).toEqual([
      '2004-04', '2004-05', '2004-06', '2004-07', '2004-08', '2004-09', '2004-10', '2004-11', '2004-12', '2005-01', '2005-02', '2005-03',
    ]);
    for (const month of report.capacity.months) expect(month.available).toBeCloseTo(35000 / 12, 9);
  });

  it('puts April 2004 over: half of West Midlands and Norfolk, the unplaced ESIs, 2 YOT inspections, Supporting People, proposed joint work and the other lines', () => {
    const esiHours = 8750 / 15 + 150;
    expect(april?.esi).toBeCloseTo(esiHours + (14 * esiHours) / 12, 9);
    expect(april?.yot).toBe(750);
    expect(april?.supportingPeople).toBe(150);
    expect(april?.jointTentative).toBeCloseTo(2500 / 12, 9);
    expect(april?.jointFirm).toBe(0);
    expect(april?.otherLines).toBeCloseTo((1500 + 950 + 1000 + 1000 + 2000) / 12, 9);
    expect(april && monthDemand(april, true)).toBeCloseTo(3234.72, 2);
    expect(report.findings.filter((finding) => finding.code === 'MONTH_OVER_CAPACITY').map((finding) => finding.message)).toEqual([
      'April 2004 needs 3,235 hours (208 of them proposed joint work) against 2,917 available: 318 over.',
      'May 2004 needs 3,235 hours (208 of them proposed joint work) against 2,917 available: 318 over.',
    ]);
  });

  it('makes a month over-full when its weight is lowered, as for the August holidays', () => {
    const lighter = evaluateWith((scenario) => { scenario.monthlyProfile.weights[4] = 0.5; });
    const august = lighter.capacity.months[4];
    expect(august?.available).toBeCloseTo((35000 * 0.5) / 11.5, 9);
    expect(lighter.findings.some((finding) => finding.code === 'MONTH_OVER_CAPACITY' && finding.where.month === '2004-08')).toBe(true);
  });

  it('keeps the year\'s available hours equal to the deployable hours, and the other lines to their total, whatever the profile (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 3, noNaN: true }), { minLength: 12, maxLength: 12 }).filter((weights) => weights.some((weight) => weight > 0.01)), (weights) => {
        const months = evaluateWith((scenario) => { scenario.monthlyProfile.weights = weights; }).capacity.months;
        expect(sum(months.map((month) => month.available))).toBeCloseTo(35000, 6);
        expect(sum(months.map((month) => month.otherLines))).toBeCloseTo(6450, 6);
        expect(sum(months.map((month) => month.jointTentative))).toBeCloseTo(2500, 6);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the programmes year by year', () => {
  it('runs from 2003/04 to 2008/09, when YOT phase 2 completes', () => {
    const years = evaluatePlan(loadFixture()).timeline.years;
    expect(years.map((year) => [year.year, year.esiAreas, year.yotInspections, year.supportingPeopleInspections])).toEqual([
      ['2003/04', 14, 16, 29],
      ['2004/05', 16, 28, 30],
      ['2005/06', 12, 30, 30],
      ['2006/07', null, 30, 30],
      ['2007/08', null, 30, 30],
      ['2008/09', null, 21, 1],
    ]);
    expect(years[1]).toMatchObject({ yotHours: 10500, supportingPeopleHours: 1800, jointFirmHours: 0 });
    expect(years[1]?.jointTentativeHours).toBeCloseTo(2500, 9);
    expect(years[1]?.esiHours).toBeCloseTo(16 * (8750 / 15 + 150), 9);
  });
});
