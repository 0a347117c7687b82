/** The hours each month demands against those it has (capacity.ts), and the programmes year by year (timelineYears). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { monthDemand } from '../../src/domain/capacity';
import { evaluatePlan } from '../../src/domain/evaluatePlan';
import { evaluateFixtureWith } from '../support/evaluateFixture';
import { loadFixture } from '../support/fixture';

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

describe('capacity month by month', () => {
  const report = evaluatePlan(loadFixture());
  const april = report.capacity.months[0];

  it('spreads 35,000 hours over twelve even months: 2,916⅔ each', () => {
    expect(report.capacity.months.map((month) => month.month)).toEqual([
      '2004-04',
      '2004-05',
      '2004-06',
      '2004-07',
      '2004-08',
      '2004-09',
      '2004-10',
      '2004-11',
      '2004-12',
      '2005-01',
      '2005-02',
      '2005-03',
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
    expect(
      report.findings.filter((finding) => finding.code === 'MONTH_OVER_CAPACITY').map((finding) => finding.message),
    ).toEqual([
      'April 2004 needs 3,235 hours (208 of them proposed joint work) against 2,917 available: 318 over.',
      'May 2004 needs 3,235 hours (208 of them proposed joint work) against 2,917 available: 318 over.',
    ]);
  });

  it('makes a month over-full when its weight is lowered, as for the August holidays', () => {
    const lighter = evaluateFixtureWith((scenario) => {
      scenario.monthlyProfile.weights[4] = 0.5;
    });
    const august = lighter.capacity.months[4];
    expect(august?.available).toBeCloseTo((35000 * 0.5) / 11.5, 9);
    expect(
      lighter.findings.some((finding) => finding.code === 'MONTH_OVER_CAPACITY' && finding.where.month === '2004-08'),
    ).toBe(true);
  });

  it("keeps the year's available hours equal to the deployable hours, and the other lines to their total, whatever the profile (property)", () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.double({ min: 0, max: 3, noNaN: true }), { minLength: 12, maxLength: 12 })
          .filter((weights) => weights.some((weight) => weight > 0.01)),
        (weights) => {
          const months = evaluateFixtureWith((scenario) => {
            scenario.monthlyProfile.weights = weights;
          }).capacity.months;
          expect(sum(months.map((month) => month.available))).toBeCloseTo(35000, 6);
          expect(sum(months.map((month) => month.otherLines))).toBeCloseTo(6450, 6);
          expect(sum(months.map((month) => month.jointTentative))).toBeCloseTo(2500, 6);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('the programmes year by year', () => {
  it('runs from 2003/04 to 2008/09, when YOT phase 2 completes', () => {
    const years = evaluatePlan(loadFixture()).timeline.years;
    expect(
      years.map((year) => [year.year, year.esiAreas, year.yotInspections, year.supportingPeopleInspections]),
    ).toEqual([
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
