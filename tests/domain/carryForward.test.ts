/** Starting the next year's plan from this one (carryForward.ts). */
import { describe, expect, it } from 'vitest';
import { carryForward } from '../../src/domain/carryForward';
import { evaluatePlan } from '../../src/domain/evaluatePlan';
import type { Scenario } from '../../src/domain/types';
import { loadFixture } from '../support/fixture';

/** The 2004/05 plan with Norfolk moved to 2005/06, so that 2004/05 holds the 15 ESIs its hours fund. */
function planWithNorfolkIn200506(): Scenario {
  const scenario = loadFixture();
  const norfolk = scenario.esi.schedule.find((entry) => entry.areaId === 'norfolk');
  if (!norfolk) throw new Error('the fixture schedules Norfolk');
  norfolk.year = '2005/06';
  delete norfolk.month;
  return scenario;
}

const doneCount = (scenario: Scenario) => scenario.esi.schedule.filter((entry) => entry.inspected).length;

describe('starting the next year’s plan from this one', () => {
  it('moves to 2005/06 with the 29 ESIs of 2003/04 and 2004/05 done and 13 planned', () => {
    const { scenario, summary } = carryForward(planWithNorfolkIn200506());
    expect(scenario.planningYear).toBe('2005/06');
    expect(doneCount(scenario)).toBe(29);
    const planned = scenario.esi.schedule.filter((entry) => !entry.inspected);
    expect(planned).toHaveLength(13);
    expect(new Set(planned.map((entry) => entry.year))).toEqual(new Set(['2005/06']));
    expect(summary).toMatchObject({ from: '2004/05', to: '2005/06' });
    expect(summary.done).toContain('29 ESIs of the cycle done, 13 ESIs still to do.');
  });

  it('locks each ESI done in 2004/05 in its year and month, as 2003/04’s are', () => {
    const { scenario } = carryForward(planWithNorfolkIn200506());
    const westMidlands = scenario.esi.schedule.find((entry) => entry.areaId === 'west-midlands');
    expect(westMidlands?.inspected).toMatchObject({ year: '2004/05', month: '2004-04' });
    const derbyshire = loadFixture().esi.schedule.find((entry) => entry.areaId === 'derbyshire');
    expect(scenario.esi.schedule.find((entry) => entry.areaId === 'derbyshire')).toEqual(derbyshire);
  });

  it('carries the budget, hours, ceiling and every line as figures from the 2004/05 plan, not the report', () => {
    const original = loadFixture();
    const { scenario } = carryForward(original);
    expect(scenario.budgetGBP.value).toBe(3_200_000);
    expect(scenario.deployableHours.value).toBe(35_000);
    expect(scenario.ceilingGBPPerHour.value).toBe(96);
    expect(scenario.lines.map((line) => [line.id, line.hours])).toEqual(
      original.lines.map((line) => [line.id, line.hours]),
    );
    expect(scenario.budgetGBP.source).toEqual({
      kind: 'carried',
      from: '2004/05',
      was: { kind: 'report', ref: '§1.30', note: 'Total budget for the coming year is £3.2 million' },
    });
    expect(scenario.deployableHours.source).toEqual({
      kind: 'carried',
      from: '2004/05',
      was: original.deployableHours.source,
    });
    expect(scenario.ceilingGBPPerHour.source).toEqual({
      kind: 'carried',
      from: '2004/05',
      was: original.ceilingGBPPerHour.source,
    });
    expect(scenario.lines.map((line) => line.source)).toEqual(
      original.lines.map((line) => ({ kind: 'carried', from: '2004/05', was: line.source })),
    );
  });

  it('names the latest plan of a figure carried twice and keeps where it first came from', () => {
    const twice = carryForward(carryForward(loadFixture()).scenario).scenario;
    expect(twice.planningYear).toBe('2006/07');
    expect(twice.budgetGBP).toEqual({
      value: 3_200_000,
      source: {
        kind: 'carried',
        from: '2005/06',
        was: { kind: 'report', ref: '§1.30', note: 'Total budget for the coming year is £3.2 million' },
      },
    });
    expect(twice.lines.find((line) => line.id === 'yot')?.source).toEqual({
      kind: 'carried',
      from: '2005/06',
      was: { kind: 'report', ref: '§5.14' },
    });
  });

  it('takes the YOT inspections the plan had to March 2005 as done, and keeps phase 2 at 30 a year', () => {
    const original = loadFixture();
    const before = evaluatePlan(original).yot.months.find((month) => month.month === '2005-03');
    const { scenario, summary } = carryForward(original);
    expect(before?.cumulative).toBe(44);
    expect(scenario.yot.doneBefore.value).toBe(44);
    expect(scenario.yot.beforePhase2.value).toBe(0);
    const report = evaluatePlan(scenario);
    expect(report.yot.years.find((year) => year.year === '2005/06')?.inspections).toBe(30);
    expect(report.yot.completionMonth).toBe(evaluatePlan(original).yot.completionMonth);
    expect(summary.done).toContain('28 YOT inspections planned in 2004/05 marked done: 44 of 155 YOTs inspected.');
  });

  it('counts a manual YOT move within 2004/05 as the plan had it, and names a move into 2005/06 it cannot keep', () => {
    const original = loadFixture();
    original.yot.moves = [
      { from: '2004-10', to: '2004-09', count: 1 },
      { from: '2005-03', to: '2005-04', count: 2 },
    ];
    const before = evaluatePlan(original).yot.months.find((month) => month.month === '2005-03');
    const { scenario, summary } = carryForward(original);
    expect(scenario.yot.doneBefore.value).toBe(before?.cumulative);
    expect(scenario.yot.doneBefore.value).toBe(42);
    expect(scenario.yot.moves).toEqual([]);
    expect(summary.decisions.filter((line) => line.includes('YOT'))).toHaveLength(1);
    expect(summary.decisions).toContain(
      'The manual move of 2 YOT inspections from March 2005 to April 2005 touches 2004/05 and was not carried: move them again if need be.',
    );
    const report = evaluatePlan(scenario);
    expect(report.yot.months.at(-1)?.cumulative).toBe(155);
  });

  it('takes the 30 Supporting People inspections of 2004/05 as done', () => {
    const { scenario } = carryForward(loadFixture());
    expect(scenario.supportingPeople.doneBefore.value).toBe(59);
    const years = evaluatePlan(scenario).supportingPeople.years;
    expect(years[0]).toMatchObject({ year: '2004/05', inspections: 59, done: true });
    expect(years[1]).toMatchObject({ year: '2005/06', inspections: 30, done: false });
  });

  it('closes joint inspections that ended by March 2005, carries the rest for their months left, and starts contingency full', () => {
    const original = loadFixture();
    original.jointInspections.push({
      id: 'youth-justice',
      name: 'Youth justice',
      pool: 'cjs',
      partners: ['HMI Constabulary'],
      hours: 1200,
      status: 'committed',
      startMonth: '2004-10',
      endMonth: '2005-09',
      source: { kind: 'assumption', reasoning: 'a test figure' },
    });
    original.contingencyDraws.push({ id: 'walker', date: '2004-06-01', reason: 'An inquiry', hours: 300 });
    const { scenario, summary } = carryForward(original);
    expect(scenario.jointInspections).toEqual([
      expect.objectContaining({ id: 'youth-justice', startMonth: '2005-04', endMonth: '2005-09', hours: 600 }),
    ]);
    expect(scenario.contingencyDraws).toEqual([]);
    expect(evaluatePlan(scenario).joint.contingency.left).toBe(2000);
    expect(summary.decisions).toContain(
      'Resettlement was still only proposed when its months ended March 2005; it stays in the 2004/05 plan: propose it again for 2005/06 if it is still to happen.',
    );
    expect(summary.carried).toContain('Joint inspection Youth justice: 600 of its 1,200 hours, for its 6 months left.');
  });

  it('gives 2005/06 findings about 2005/06: no error from the years already done', () => {
    const report = evaluatePlan(carryForward(planWithNorfolkIn200506()).scenario);
    expect(report.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(report.esi.years.find((year) => year.year === '2005/06')?.scheduled).toBe(13);
  });

  it('holds no year that is all done to the core hours: 2004/05’s 16 ESIs are a record in 2005/06', () => {
    expect(evaluatePlan(loadFixture()).findings.map((finding) => finding.code)).toContain('ESI_YEAR_OVER_CAPACITY');
    const codes = evaluatePlan(carryForward(loadFixture()).scenario).findings.map((finding) => finding.code);
    expect(codes).not.toContain('ESI_YEAR_OVER_CAPACITY');
  });

  it('opens the next cycle, 2006/07 to 2008/09, when carried on past 2005/06, with every Area to place', () => {
    const once = carryForward(planWithNorfolkIn200506());
    const twice = carryForward(once.scenario);
    const thrice = carryForward(twice.scenario);
    expect(once.scenario.esi.years).toEqual(['2003/04', '2004/05', '2005/06']);
    expect(twice.scenario.esi.years).toEqual(['2006/07', '2007/08', '2008/09']);
    expect(twice.scenario.esi.schedule).toEqual([]);
    expect(twice.summary.decisions).toContain(
      'The 2003/04–2005/06 ESI cycle is complete; the next cycle, 2006/07–2008/09, opens with all 42 Areas unscheduled, their families kept: place them year by year.',
    );
    expect(thrice.scenario.planningYear).toBe('2007/08');
    expect(thrice.scenario.esi.years).toEqual(['2006/07', '2007/08', '2008/09']);
    expect(thrice.scenario.esi.areas).toEqual(loadFixture().esi.areas);
    expect(thrice.scenario.esi.families).toEqual(loadFixture().esi.families);
    const codes = evaluatePlan(thrice.scenario).findings.map((finding) => finding.code);
    expect(codes.filter((code) => code === 'ESI_AREA_UNSCHEDULED')).toHaveLength(42);
  });
});

describe('carrying forward an agreed plan', () => {
  it('starts next year’s plan as a working plan, not a frozen copy', () => {
    const agreed = { ...loadFixture(), agreed: { fromScenarioId: 'plan-1', on: '2005-03-01' } };
    const { scenario } = carryForward(agreed);
    expect(scenario.planningYear).toBe('2005/06');
    expect(scenario.agreed).toBeUndefined();
  });
});
