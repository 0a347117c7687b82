/** Supporting People's inspections year by year over the five-year cycle (supportingPeople.ts). */
import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../../src/domain/evaluatePlan';
import { evaluateFixtureWith } from '../support/evaluateFixture';
import { loadFixture } from '../support/fixture';

describe('Supporting People over the five-year cycle (§4.27–4.28)', () => {
  it('keeps the 29 joined by March 2004 as done, then 30 a year until all 150 are inspected in 2008/09', () => {
    const report = evaluatePlan(loadFixture());
    expect(report.supportingPeople.years.map(({ year, inspections, done }) => [year, inspections, done])).toEqual([
      ['2003/04', 29, true],
      ['2004/05', 30, false],
      ['2005/06', 30, false],
      ['2006/07', 30, false],
      ['2007/08', 30, false],
      ['2008/09', 1, false],
    ]);
    expect(report.supportingPeople.completionYear).toBe('2008/09');
    expect(report.supportingPeople.cycleEndMonth).toBe('2008-08');
    expect(report.findings.map((finding) => finding.code)).not.toContain('SUPPORTING_PEOPLE_CYCLE_LATE');
  });

  it('warns when the yearly number does not finish the cycle by August 2008', () => {
    const report = evaluateFixtureWith((scenario) => {
      scenario.supportingPeople.inspectionsPerYear.value = 20;
    });
    expect(report.supportingPeople.completionYear).toBe('2010/11');
    expect(report.findings.find((finding) => finding.code === 'SUPPORTING_PEOPLE_CYCLE_LATE')?.message).toBe(
      'Inspecting all 150 administering authorities finishes in 2010/11, after the five-year cycle ends in August 2008 (§4.28).',
    );
  });
});
