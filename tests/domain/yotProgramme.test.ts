import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addToMonth, monthsBetween } from '../../src/domain/months';
import type { YotMonth, YotProgramme } from '../../src/domain/types';
import { planYotMonths, yotYears } from '../../src/domain/yotProgramme';
import { evaluateFixtureWith } from '../support/evaluateFixture';
import { loadFixture } from '../support/fixture';

/** The fixture's YOT programme (§5.4–5.8), with some figures changed. */
function programme(
  change: Partial<
    Record<'teams' | 'doneBefore' | 'beforePhase2' | 'ratePer12Months' | 'hoursPerInspection', number>
  > = {},
): YotProgramme {
  const yot = loadFixture().yot;
  for (const [key, value] of Object.entries(change) as [keyof typeof change, number][]) yot[key].value = value;
  return yot;
}

function total(months: YotMonth[]): number {
  return months.reduce((sum, month) => sum + month.inspections, 0);
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

describe('planYotMonths on the fixture', () => {
  const plan = planYotMonths(programme(), '2004/05');

  it('starts in April 2004 and runs month by month to December 2008', () => {
    expect(plan.months[0]?.month).toBe('2004-04');
    expect(plan.completionMonth).toBe('2008-12');
    expect(plan.months.at(-1)?.month).toBe('2008-12');
    expect(plan.months).toHaveLength(57);
    plan.months.forEach((month, index) => {
      expect(monthsBetween('2004-04', month.month)).toBe(index);
    });
  });

  it('spreads the 10 assumed inspections evenly over April–August 2004', () => {
    expect(plan.months.slice(0, 5).map((month) => month.inspections)).toEqual([2, 2, 2, 2, 2]);
    expect(plan.months[4]).toEqual({ month: '2004-08', inspections: 2, cumulative: 26, moved: 0 });
  });

  it('does 18 from September 2004 to March 2005 at 2½ a month, rounding the running total (§5.8)', () => {
    const phase2 = plan.months.slice(5, 12);
    expect(phase2.map((month) => month.inspections)).toEqual([3, 2, 3, 2, 3, 2, 3]);
    expect(total(phase2)).toBe(18);
    expect(plan.months[11]).toEqual({ month: '2005-03', inspections: 3, cumulative: 44, moved: 0 });
  });

  it('does 30 in every 12-month period of phase 2 before the last, capped month (§5.8)', () => {
    for (let start = 5; start + 12 < plan.months.length; start += 1) {
      expect(total(plan.months.slice(start, start + 12))).toBe(30);
    }
  });

  it('keeps a running total that ends at 155 with the 16 done before (§5.4, §5.7)', () => {
    let cumulative = 16;
    for (const month of plan.months) {
      cumulative += month.inspections;
      expect(month.cumulative).toBe(cumulative);
    }
    expect(16 + total(plan.months)).toBe(155);
    expect(plan.months.at(-1)).toEqual({ month: '2008-12', inspections: 1, cumulative: 155, moved: 0 });
  });
});

describe('planYotMonths edge cases', () => {
  it('never finishes at a rate of 0: only the 10 before phase 2 are done', () => {
    const plan = planYotMonths(programme({ ratePer12Months: 0 }), '2004/05');
    expect(plan.completionMonth).toBeNull();
    expect(plan.months.at(-1)?.cumulative).toBe(26);
    expect(plan.months.slice(5).every((month) => month.inspections === 0)).toBe(true);
  });

  it('finishes earlier at 36 a year than at 30: March 2008', () => {
    const at30 = planYotMonths(programme(), '2004/05');
    const at36 = planYotMonths(programme({ ratePer12Months: 36 }), '2004/05');
    expect(at36.completionMonth).toBe('2008-03');
    expect(monthsBetween(at36.completionMonth ?? '2004-04', at30.completionMonth ?? '2004-04')).toBe(9);
    expect(
      at36.months
        .slice(5)
        .slice(0, -1)
        .every((month) => month.inspections === 3),
    ).toBe(true);
  });

  it.each([155, 200])('is already complete before the year when %d are done before', (doneBefore) => {
    const plan = planYotMonths(programme({ doneBefore }), '2004/05');
    expect(plan.months).toEqual([]);
    expect(plan.completionMonth).toBe('2004-03');
  });

  it('stops at the last team during the months before phase 2', () => {
    const plan = planYotMonths(programme({ teams: 19 }), '2004/05');
    expect(plan.months).toEqual([
      { month: '2004-04', inspections: 2, cumulative: 18, moved: 0 },
      { month: '2004-05', inspections: 1, cumulative: 19, moved: 0 },
    ]);
    expect(plan.completionMonth).toBe('2004-05');
  });

  it('does nothing before phase 2 when none are planned then', () => {
    const plan = planYotMonths(programme({ beforePhase2: 0 }), '2004/05');
    expect(plan.months.slice(0, 5).every((month) => month.inspections === 0)).toBe(true);
    expect(plan.months[5]).toEqual({ month: '2004-09', inspections: 3, cumulative: 19, moved: 0 });
  });

  it('spreads an uneven number before phase 2 by rounding the running total', () => {
    const plan = planYotMonths(programme({ beforePhase2: 7 }), '2004/05');
    expect(plan.months.slice(0, 5).map((month) => month.inspections)).toEqual([1, 2, 1, 2, 1]);
  });

  it('starts phase 2 straight away when it starts before the planning year', () => {
    const yot = programme();
    yot.phase2Start.month = '2004-03';
    const plan = planYotMonths(yot, '2004/05');
    expect(plan.months.slice(0, 4).map((month) => month.inspections)).toEqual([2, 3, 2, 3]);
  });
});

describe('yotYears', () => {
  it('groups months by financial year across the March/April boundary', () => {
    const months: YotMonth[] = [
      { month: '2005-02', inspections: 3, cumulative: 3, moved: 0 },
      { month: '2005-03', inspections: 2, cumulative: 5, moved: 0 },
      { month: '2005-04', inspections: 4, cumulative: 9, moved: 0 },
    ];
    expect(yotYears(months, 100)).toEqual([
      { year: '2004/05', inspections: 5, hoursNeeded: 500 },
      { year: '2005/06', inspections: 4, hoursNeeded: 400 },
    ]);
  });

  it('gives nothing for no months', () => {
    expect(yotYears([], 375)).toEqual([]);
  });

  it('needs 28 × 375 = 10,500 hours for 2004/05 on the fixture, within the 11,250-hour line', () => {
    const years = yotYears(planYotMonths(programme(), '2004/05').months, 375);
    expect(years[0]).toEqual({ year: '2004/05', inspections: 28, hoursNeeded: 10500 });
  });
});

describe('the YOT plan with manual moves', () => {
  it('moves one inspection from October to November 2004, marking both months and keeping 155', () => {
    const yot = loadFixture().yot;
    const before = planYotMonths(yot, '2004/05');
    yot.moves = [{ from: '2004-10', to: '2004-11', count: 1 }];
    const after = planYotMonths(yot, '2004/05');
    const month = (plan: typeof after, key: string) => plan.months.find((candidate) => candidate.month === key);
    expect(month(after, '2004-10')).toMatchObject({
      inspections: (month(before, '2004-10')?.inspections ?? 0) - 1,
      moved: -1,
    });
    expect(month(after, '2004-11')).toMatchObject({
      inspections: (month(before, '2004-11')?.inspections ?? 0) + 1,
      moved: 1,
    });
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
    const report = evaluateFixtureWith((scenario) => {
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
      fc.property(
        fc.array(fc.record({ from: month, to: month, count: fc.integer({ min: 1, max: 6 }) }), { maxLength: 12 }),
        fc.integer({ min: 6, max: 60 }),
        (moves, rate) => {
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
        },
      ),
      { numRuns: 300 },
    );
  });
});
