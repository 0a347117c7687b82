import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../../src/domain/evaluatePlan';
import { formatPoundsAndPence } from '../../src/domain/format';
import type { Finding, FindingCode, LineGroup, PlanReport, Scenario } from '../../src/domain/types';
import { loadFixture } from '../support/fixture';

const severityRank = { error: 0, warning: 1, info: 2 } as const;

/** Every finding says something and points somewhere, and errors come before warnings before info. */
function expectWellFormedFindings(report: PlanReport): void {
  for (const finding of report.findings) {
    expect(finding.message.trim()).not.toBe('');
    expect(Object.keys(finding.where).length).toBeGreaterThan(0);
  }
  const ranks = report.findings.map((finding) => severityRank[finding.severity]);
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
}

/** Evaluates the fixture after `change`, checking the findings are well formed. */
function evaluateWith(change: (scenario: Scenario) => void = () => undefined): PlanReport {
  const scenario = loadFixture();
  change(scenario);
  const report = evaluatePlan(scenario);
  expectWellFormedFindings(report);
  return report;
}

function withCode(report: PlanReport, code: FindingCode): Finding[] {
  return report.findings.filter((finding) => finding.code === code);
}

function onlyWithCode(report: PlanReport, code: FindingCode): Finding {
  const found = withCode(report, code);
  expect(found).toHaveLength(1);
  return found[0] as Finding;
}

function codes(report: PlanReport): FindingCode[] {
  return report.findings.map((finding) => finding.code);
}

function line(scenario: Scenario, id: string) {
  const found = scenario.lines.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no line ${id} in the fixture`);
  return found;
}

function scheduleEntry(scenario: Scenario, areaId: string) {
  const found = scenario.esi.schedule.find((entry) => entry.areaId === areaId);
  if (!found) throw new Error(`no schedule entry for ${areaId} in the fixture`);
  return found;
}

function esiYear(report: PlanReport, year: string) {
  const found = report.esi.years.find((candidate) => candidate.year === year);
  if (!found) throw new Error(`no ESI year ${year} in the report`);
  return found;
}

describe('evaluatePlan on the 2004/05 plan (the fixture)', () => {
  const report = evaluatePlan(loadFixture());

  it('gives every finding a message and a place, errors first', () => {
    expectWellFormedFindings(report);
  });

  it('allocates all 35,000 deployable hours (§1.29, §5.14)', () => {
    expect(report.scenarioName).toBe('2004/05 plan (Annual Report 2003/2004)');
    expect(report.planningYear).toBe('2004/05');
    expect(report.hours).toEqual({ deployable: 35000, allocated: 35000, unallocated: 0 });
  });

  it('costs £3.2 million ÷ 35,000 = £91.43 an hour, under the £96 ceiling (§1.30)', () => {
    expect(report.budgetGBP).toBe(3200000);
    expect(report.ceilingGBPPerHour).toBe(96);
    expect(report.costPerHourGBP).toBeCloseTo(91.428571428571, 9);
    expect(formatPoundsAndPence(report.costPerHourGBP ?? Number.NaN)).toBe('£91.43');
  });

  // §5.14, with the cost of each line at hours × £3,200,000 ÷ 35,000, rounded to the penny.
  const table: [id: string, group: LineGroup, hours: number, share: number, costGBP: number][] = [
    ['yot', 'yot', 11250, 0.3214286, 1028571.43],
    ['esi-core', 'esi-core', 8750, 0.25, 800000.0],
    ['esi-thematic', 'esi-thematic', 2250, 0.0642857, 205714.29],
    ['single-agency-thematic', 'thematic', 1500, 0.0428571, 137142.86],
    ['cjs-joint', 'joint-cjs', 4000, 0.1142857, 365714.29],
    ['non-cjs-joint', 'joint-non-cjs', 500, 0.0142857, 45714.29],
    ['supporting-people', 'supporting-people', 1800, 0.0514286, 164571.43],
    ['ni-iom', 'other', 950, 0.0271429, 86857.14],
    ['quality-assurance', 'other', 1000, 0.0285714, 91428.57],
    ['nps-data-validation', 'other', 1000, 0.0285714, 91428.57],
    ['contingency', 'contingency', 2000, 0.0571429, 182857.14],
  ];

  it('reports the eleven lines of §5.14 in order', () => {
    expect(report.lines.map((reported) => [reported.id, reported.group, reported.hours])).toEqual(
      table.map(([id, group, hours]) => [id, group, hours]),
    );
  });

  it.each(table)('line %s (%s): %d hours, its share and its cost', (id, _group, hours, share, costGBP) => {
    const reported = report.lines.find((candidate) => candidate.id === id);
    expect(reported?.hours).toBe(hours);
    expect(reported?.share).toBeCloseTo(share, 6);
    expect(reported?.costGBP).toBeCloseTo(costGBP, 2);
    expect(reported?.costGBP).toBeCloseTo((hours * 3200000) / 35000, 6);
  });

  it('gives YOT a share of 0.3214… and ESI core exactly a quarter (§1.29)', () => {
    expect(report.lines[0]?.share).toBeCloseTo(11250 / 35000, 12);
    expect(report.lines[0]?.costGBP).toBeCloseTo(1028571.43, 2);
    expect(report.lines[1]?.share).toBe(0.25);
    expect(report.lines[1]?.costGBP).toBeCloseTo(800000, 6);
  });

  it('totals the lines by group', () => {
    expect(report.groups.map((group) => [group.group, group.label, group.hours])).toEqual([
      ['yot', 'YOT inspections', 11250],
      ['esi-core', 'ESI core', 8750],
      ['esi-thematic', 'ESI thematic', 2250],
      ['thematic', 'Single-agency thematic', 1500],
      ['joint-cjs', 'CJS joint', 4000],
      ['joint-non-cjs', 'Non-CJS joint', 500],
      ['supporting-people', 'Supporting People', 1800],
      ['other', 'Other', 2950],
      ['contingency', 'Contingency', 2000],
    ]);
    const other = report.groups.find((group) => group.group === 'other');
    expect(other?.share).toBeCloseTo(0.0842857, 6);
    expect(other?.costGBP).toBeCloseTo(269714.29, 2);
    const groupCosts = report.groups.reduce((total, group) => total + group.costGBP, 0);
    expect(groupCosts).toBeCloseTo(3200000, 6);
  });

  it('has the 14 Areas of 2003/04 all done, within capacity', () => {
    const year = esiYear(report, '2003/04');
    expect(year.scheduled).toBe(14);
    expect(year.capacity).toBe(15);
    expect(year.hoursNeeded).toBeCloseTo(8166.6667, 3);
    expect(year.areaIds).toContain('derbyshire');
    expect(year.areaIds).toContain('nottinghamshire');
    expect(year.areaIds).toContain('leicestershire-and-rutland');
    const scenario = loadFixture();
    const done = scenario.esi.schedule
      .filter((entry) => entry.inspected?.year === '2003/04')
      .map((entry) => entry.areaId);
    expect([...done].sort()).toEqual([...year.areaIds].sort());
  });

  it('has 16 Areas in 2004/05 against a capacity of 15: 9,333⅓ hours needed, 583⅓ short (§1.29, §2.3)', () => {
    const year = esiYear(report, '2004/05');
    expect(report.esi.coreHoursPerEsi).toBeCloseTo(583.3333333, 6);
    expect(year.scheduled).toBe(16);
    expect(year.capacity).toBe(15);
    expect(year.coreHours).toBe(8750);
    expect(year.hoursNeeded).toBeCloseTo(9333.333333, 5);
    expect(year.hoursNeeded - year.coreHours).toBeCloseTo(583.333333, 5);
    expect(year.areaIds).toEqual(expect.arrayContaining(['west-midlands', 'norfolk', 'london', 'north-wales']));

    const finding = onlyWithCode(report, 'ESI_YEAR_OVER_CAPACITY');
    expect(finding.severity).toBe('error');
    expect(finding.where).toEqual({ year: '2004/05' });
    expect(finding.message).toMatch(/\b16 Areas\b/);
    expect(finding.message).toMatch(/\bfund 15\b/);
    expect(finding.message).toMatch(/\b583 hours short\b/);
  });

  it('has the remaining 12 Areas in 2005/06', () => {
    const year = esiYear(report, '2005/06');
    expect(year.scheduled).toBe(12);
    expect(year.hoursNeeded).toBeCloseTo(7000, 6);
    expect(report.esi.years.map((reported) => reported.year)).toEqual(['2003/04', '2004/05', '2005/06']);
  });

  it('plans 18 YOT inspections from September 2004 to March 2005 (§5.8)', () => {
    const phase2 = report.yot.months.filter((month) => month.month >= '2004-09' && month.month <= '2005-03');
    expect(phase2.map((month) => month.month)).toEqual([
      '2004-09',
      '2004-10',
      '2004-11',
      '2004-12',
      '2005-01',
      '2005-02',
      '2005-03',
    ]);
    expect(phase2.reduce((total, month) => total + month.inspections, 0)).toBe(18);
  });

  it('plans 30 YOT inspections in each later full financial year, 155 in all with the 16 done before (§5.7, §5.8)', () => {
    expect(report.yot.teams).toBe(155);
    expect(report.yot.lineHours).toBe(11250);
    expect(report.yot.years).toEqual([
      { year: '2004/05', inspections: 28, hoursNeeded: 28 * 375 },
      { year: '2005/06', inspections: 30, hoursNeeded: 11250 },
      { year: '2006/07', inspections: 30, hoursNeeded: 11250 },
      { year: '2007/08', inspections: 30, hoursNeeded: 11250 },
      { year: '2008/09', inspections: 21, hoursNeeded: 21 * 375 },
    ]);
    const planned = report.yot.months.reduce((total, month) => total + month.inspections, 0);
    expect(16 + planned).toBe(155);
    expect(report.yot.months.at(-1)?.cumulative).toBe(155);
  });

  it('finishes the YOT programme in December 2008: 134 done by March 2008, 21 more at 2½ a month', () => {
    expect(report.yot.completionMonth).toBe('2008-12');
    expect(report.yot.months.find((month) => month.month === '2008-03')?.cumulative).toBe(134);
    const late = onlyWithCode(report, 'YOT_COMPLETION_LATE');
    expect(late.severity).toBe('warning');
    expect(late.message).toContain('December 2008');
    expect(late.message).toContain('September 2008');
  });

  it('fits the Supporting People and joint work in their lines', () => {
    expect(report.supportingPeople).toMatchObject({ lineHours: 1800, hoursNeeded: 1800, completionYear: '2008/09' });
    expect(report.joint.pools).toEqual([
      { pool: 'cjs', available: 4000, committed: 0, fromContingency: 0, proposed: 2500, left: 4000 },
      { pool: 'non-cjs', available: 500, committed: 0, fromContingency: 0, proposed: 0, left: 500 },
    ]);
    expect(report.joint.contingency).toEqual({ lineHours: 2000, drawn: 0, left: 2000 });
  });

  it('finds exactly the ESI capacity error, the late YOT warning, April and May over capacity, and the two intentions', () => {
    expect(codes(report)).toEqual([
      'ESI_YEAR_OVER_CAPACITY',
      'YOT_COMPLETION_LATE',
      'MONTH_OVER_CAPACITY',
      'MONTH_OVER_CAPACITY',
      'INTENTION_YOT_SHARE',
      'INTENTION_ESI_CORE_SHARE',
    ]);
    expect(codes(report).filter((code) => code.startsWith('HOURS_'))).toEqual([]);
  });

  it('states the §1.29 intentions as info: YOT 32.1%, ESI core 25.0%', () => {
    const yot = onlyWithCode(report, 'INTENTION_YOT_SHARE');
    expect(yot.severity).toBe('info');
    expect(yot.message).toContain('32.1%');
    const esi = onlyWithCode(report, 'INTENTION_ESI_CORE_SHARE');
    expect(esi.severity).toBe('info');
    expect(esi.message).toContain('25.0%');
  });
});

describe('evaluatePlan: the hours', () => {
  it('finds lines over the deployable hours, naming the excess', () => {
    const report = evaluateWith((scenario) => {
      line(scenario, 'contingency').hours = 2500;
    });
    expect(report.hours).toEqual({ deployable: 35000, allocated: 35500, unallocated: -500 });
    const finding = onlyWithCode(report, 'HOURS_OVER_DEPLOYABLE');
    expect(finding.severity).toBe('error');
    expect(finding.message).toContain('35,500');
    expect(finding.message).toContain('500 more than the 35,000');
    expect(withCode(report, 'HOURS_UNALLOCATED')).toEqual([]);
  });

  it('warns of unallocated hours', () => {
    const report = evaluateWith((scenario) => {
      line(scenario, 'contingency').hours = 750;
    });
    expect(report.hours).toEqual({ deployable: 35000, allocated: 33750, unallocated: 1250 });
    const finding = onlyWithCode(report, 'HOURS_UNALLOCATED');
    expect(finding.severity).toBe('warning');
    expect(finding.message).toMatch(/^1,250 hours unallocated/);
    expect(withCode(report, 'HOURS_OVER_DEPLOYABLE')).toEqual([]);
  });

  it('counts more deployable hours as unallocated rather than over', () => {
    const report = evaluateWith((scenario) => {
      scenario.deployableHours.value = 36000;
    });
    expect(onlyWithCode(report, 'HOURS_UNALLOCATED').message).toMatch(/^1,000 hours unallocated/);
    expect(report.costPerHourGBP).toBeCloseTo(3200000 / 36000, 12);
  });
});

describe('evaluatePlan: invalid figures', () => {
  const cases: [label: string, change: (scenario: Scenario) => void, where: Finding['where'], shown: string][] = [
    [
      'a negative line',
      (scenario) => {
        line(scenario, 'single-agency-thematic').hours = -100;
      },
      { lineId: 'single-agency-thematic' },
      '-100',
    ],
    [
      'a NaN line',
      (scenario) => {
        line(scenario, 'yot').hours = Number.NaN;
      },
      { lineId: 'yot' },
      'NaN',
    ],
    [
      'an infinite line',
      (scenario) => {
        line(scenario, 'contingency').hours = Number.POSITIVE_INFINITY;
      },
      { lineId: 'contingency' },
      'Infinity',
    ],
    [
      'a NaN budget',
      (scenario) => {
        scenario.budgetGBP.value = Number.NaN;
      },
      { field: 'budgetGBP' },
      'NaN',
    ],
    [
      'an infinite budget',
      (scenario) => {
        scenario.budgetGBP.value = Number.POSITIVE_INFINITY;
      },
      { field: 'budgetGBP' },
      'Infinity',
    ],
    [
      'a negative budget',
      (scenario) => {
        scenario.budgetGBP.value = -3200000;
      },
      { field: 'budgetGBP' },
      '-3,200,000',
    ],
    [
      'zero deployable hours',
      (scenario) => {
        scenario.deployableHours.value = 0;
      },
      { field: 'deployableHours' },
      'above zero',
    ],
    [
      'NaN deployable hours',
      (scenario) => {
        scenario.deployableHours.value = Number.NaN;
      },
      { field: 'deployableHours' },
      'NaN',
    ],
    [
      'a negative ceiling',
      (scenario) => {
        scenario.ceilingGBPPerHour.value = -96;
      },
      { field: 'ceilingGBPPerHour' },
      '-96',
    ],
    [
      'zero core hours per ESI',
      (scenario) => {
        scenario.esi.coreHoursPerEsi.value = 0;
      },
      { field: 'esi.coreHoursPerEsi' },
      'above zero',
    ],
    [
      'NaN thematic hours per ESI',
      (scenario) => {
        scenario.esi.thematicHoursPerEsi.value = Number.NaN;
      },
      { field: 'esi.thematicHoursPerEsi' },
      'NaN',
    ],
    [
      'a negative Area override',
      (scenario) => {
        const london = scenario.esi.areas.find((area) => area.id === 'london');
        if (london) london.coreHoursPerEsi = { value: -1, source: { kind: 'assumption', reasoning: 'test' } };
      },
      { areaId: 'london' },
      '-1',
    ],
    [
      'NaN YOTs',
      (scenario) => {
        scenario.yot.teams.value = Number.NaN;
      },
      { field: 'yot.teams' },
      'NaN',
    ],
    [
      'negative YOTs done before',
      (scenario) => {
        scenario.yot.doneBefore.value = -16;
      },
      { field: 'yot.doneBefore' },
      '-16',
    ],
    [
      'infinite YOTs before phase 2',
      (scenario) => {
        scenario.yot.beforePhase2.value = Number.POSITIVE_INFINITY;
      },
      { field: 'yot.beforePhase2' },
      'Infinity',
    ],
    [
      'an infinite YOT rate',
      (scenario) => {
        scenario.yot.ratePer12Months.value = Number.POSITIVE_INFINITY;
      },
      { field: 'yot.ratePer12Months' },
      'Infinity',
    ],
    [
      'a negative YOT rate',
      (scenario) => {
        scenario.yot.ratePer12Months.value = -30;
      },
      { field: 'yot.ratePer12Months' },
      '-30',
    ],
    [
      'NaN hours per YOT inspection',
      (scenario) => {
        scenario.yot.hoursPerInspection.value = Number.NaN;
      },
      { field: 'yot.hoursPerInspection' },
      'NaN',
    ],
    [
      'negative Supporting People inspections',
      (scenario) => {
        scenario.supportingPeople.inspectionsPerYear.value = -30;
      },
      { field: 'supportingPeople.inspectionsPerYear' },
      '-30',
    ],
    [
      'infinite hours per Supporting People inspection',
      (scenario) => {
        scenario.supportingPeople.hoursPerInspection.value = Number.NEGATIVE_INFINITY;
      },
      { field: 'supportingPeople.hoursPerInspection' },
      '-Infinity',
    ],
    [
      'a NaN joint inspection',
      (scenario) => {
        const resettlement = scenario.jointInspections[0];
        if (resettlement) resettlement.hours = Number.NaN;
      },
      { pool: 'cjs' },
      'NaN',
    ],
  ];

  it.each(cases)('reports %s as FIGURE_INVALID without throwing', (_label, change, where, shown) => {
    let report: PlanReport | undefined;
    expect(() => {
      report = evaluateWith(change);
    }).not.toThrow();
    const invalid = withCode(report as PlanReport, 'FIGURE_INVALID');
    expect(invalid).toHaveLength(1);
    expect(invalid[0]?.severity).toBe('error');
    expect(invalid[0]?.where).toEqual(where);
    expect(invalid[0]?.message).toContain(shown);
  });

  it('reports no FIGURE_INVALID on the fixture', () => {
    expect(withCode(evaluateWith(), 'FIGURE_INVALID')).toEqual([]);
  });

  it('has no cost per hour, shares or intentions when the deployable hours are not positive', () => {
    const report = evaluateWith((scenario) => {
      scenario.deployableHours.value = 0;
    });
    expect(report.costPerHourGBP).toBeNull();
    expect(report.lines.every((reported) => reported.share === 0 && reported.costGBP === 0)).toBe(true);
    expect(withCode(report, 'INTENTION_YOT_SHARE')).toEqual([]);
    expect(withCode(report, 'INTENTION_ESI_CORE_SHARE')).toEqual([]);
    expect(withCode(report, 'COST_PER_HOUR_OVER_CEILING')).toEqual([]);
  });
});

describe('evaluatePlan: the £/hour ceiling (§1.30)', () => {
  it('has no cost finding at £91.43', () => {
    const report = evaluateWith();
    expect(withCode(report, 'COST_PER_HOUR_NEAR_CEILING')).toEqual([]);
    expect(withCode(report, 'COST_PER_HOUR_OVER_CEILING')).toEqual([]);
  });

  it('warns, without an error, when £3,360,000 makes an hour cost exactly £96.00', () => {
    const report = evaluateWith((scenario) => {
      scenario.budgetGBP.value = 3360000;
    });
    expect(report.costPerHourGBP).toBe(96);
    expect(formatPoundsAndPence(96)).toBe('£96.00');
    const finding = onlyWithCode(report, 'COST_PER_HOUR_NEAR_CEILING');
    expect(finding.severity).toBe('warning');
    expect(finding.message).toContain('£96.00');
    expect(finding.message).toContain('within 2%');
    expect(finding.message).toContain('£0.00 of headroom');
    expect(withCode(report, 'COST_PER_HOUR_OVER_CEILING')).toEqual([]);
  });

  it('warns just inside the 2% band (£94.08) and not just outside it', () => {
    const inside = evaluateWith((scenario) => {
      scenario.budgetGBP.value = 94.081 * 35000;
    });
    expect(onlyWithCode(inside, 'COST_PER_HOUR_NEAR_CEILING').message).toContain('£94.08');
    const outside = evaluateWith((scenario) => {
      scenario.budgetGBP.value = 94.079 * 35000;
    });
    expect(withCode(outside, 'COST_PER_HOUR_NEAR_CEILING')).toEqual([]);
  });

  it('errs when £3,400,000 makes an hour cost £97.14', () => {
    const report = evaluateWith((scenario) => {
      scenario.budgetGBP.value = 3400000;
    });
    expect(report.costPerHourGBP).toBeCloseTo(97.142857, 6);
    const finding = onlyWithCode(report, 'COST_PER_HOUR_OVER_CEILING');
    expect(finding.severity).toBe('error');
    expect(finding.message).toContain('£97.14');
    expect(finding.message).toContain('£1.14 above the £96.00 ceiling');
    expect(withCode(report, 'COST_PER_HOUR_NEAR_CEILING')).toEqual([]);
  });
});

describe('evaluatePlan: the ESI schedule', () => {
  it('finds an Area left out of the schedule', () => {
    const report = evaluateWith((scenario) => {
      scenario.esi.schedule = scenario.esi.schedule.filter((entry) => entry.areaId !== 'west-mercia');
    });
    const finding = onlyWithCode(report, 'ESI_AREA_UNSCHEDULED');
    expect(finding.severity).toBe('error');
    expect(finding.where).toEqual({ areaId: 'west-mercia' });
    expect(finding.message).toContain('West Mercia');
    expect(esiYear(report, '2005/06').scheduled).toBe(11);
  });

  it('finds an Area scheduled twice', () => {
    const report = evaluateWith((scenario) => {
      scenario.esi.schedule.push({
        areaId: 'surrey',
        year: '2004/05',
        source: { kind: 'assumption', reasoning: 'test' },
      });
    });
    const finding = onlyWithCode(report, 'ESI_AREA_SCHEDULED_TWICE');
    expect(finding.severity).toBe('error');
    expect(finding.where).toEqual({ areaId: 'surrey' });
    expect(finding.message).toContain('Surrey is scheduled for ESI 2 times (2005/06, 2004/05)');
    expect(withCode(report, 'ESI_AREA_UNSCHEDULED')).toEqual([]);
  });

  it('finds an unknown Area and leaves it out of the counts', () => {
    const report = evaluateWith((scenario) => {
      scenario.esi.schedule.push({
        areaId: 'atlantis',
        year: '2005/06',
        source: { kind: 'assumption', reasoning: 'test' },
      });
    });
    const finding = onlyWithCode(report, 'ESI_UNKNOWN_AREA');
    expect(finding.severity).toBe('error');
    expect(finding.where).toEqual({ areaId: 'atlantis' });
    expect(finding.message).toContain('"atlantis"');
    expect(esiYear(report, '2005/06').scheduled).toBe(12);
  });

  it('finds a year outside the cycle', () => {
    const report = evaluateWith((scenario) => {
      scheduleEntry(scenario, 'surrey').year = '2006/07';
    });
    const finding = onlyWithCode(report, 'ESI_YEAR_OUTSIDE_CYCLE');
    expect(finding.where).toEqual({ areaId: 'surrey', year: '2006/07' });
    expect(finding.message).toContain('2003/04, 2004/05, 2005/06');
    expect(esiYear(report, '2005/06').scheduled).toBe(11);
  });

  it('moving Norfolk to 2005/06 brings 2004/05 within capacity but splits its family', () => {
    const report = evaluateWith((scenario) => {
      const norfolk = scheduleEntry(scenario, 'norfolk');
      norfolk.year = '2005/06';
      norfolk.month = '2005-04';
    });
    const from = esiYear(report, '2004/05');
    expect(from.scheduled).toBe(15);
    expect(from.hoursNeeded).toBeCloseTo(8750, 6);
    expect(from.areaIds).not.toContain('norfolk');
    expect(esiYear(report, '2005/06').scheduled).toBe(13);
    expect(esiYear(report, '2005/06').areaIds).toContain('norfolk');
    expect(withCode(report, 'ESI_YEAR_OVER_CAPACITY')).toEqual([]);

    const split = onlyWithCode(report, 'ESI_FAMILY_SPLIT');
    expect(split.severity).toBe('warning');
    expect(split.where).toEqual({ familyId: 'small-low-density' });
    expect(split.message).toContain('Small size, low density');
    expect(split.message).toContain('2004/05 (8 Areas) and 2005/06 (1 Area)');
    expect(withCode(report, 'ESI_MONTH_OUTSIDE_YEAR')).toEqual([]);
  });

  it('finds a done 2003/04 Area moved to another year', () => {
    const report = evaluateWith((scenario) => {
      scheduleEntry(scenario, 'cheshire').year = '2004/05';
    });
    const finding = onlyWithCode(report, 'ESI_DONE_MOVED');
    expect(finding.severity).toBe('error');
    expect(finding.where).toEqual({ areaId: 'cheshire', year: '2004/05' });
    expect(finding.message).toContain('Cheshire was inspected in 2003/04 but is scheduled in 2004/05');
    expect(onlyWithCode(report, 'ESI_YEAR_OVER_CAPACITY').message).toMatch(/\b17 Areas\b/);
    expect(withCode(report, 'ESI_FAMILY_SPLIT').map((finding) => finding.where)).toEqual([
      { familyId: 'medium-higher-density' },
    ]);
  });

  it('finds a month outside its financial year: April 2005 is not in 2004/05', () => {
    const report = evaluateWith((scenario) => {
      scheduleEntry(scenario, 'west-midlands').month = '2005-04';
    });
    const finding = onlyWithCode(report, 'ESI_MONTH_OUTSIDE_YEAR');
    expect(finding.severity).toBe('error');
    expect(finding.where).toEqual({ areaId: 'west-midlands', year: '2004/05' });
    expect(finding.message).toContain('West Midlands is placed in April 2005');
  });

  it('accepts March 2005 as the last month of 2004/05', () => {
    const report = evaluateWith((scenario) => {
      scheduleEntry(scenario, 'west-midlands').month = '2005-03';
    });
    expect(withCode(report, 'ESI_MONTH_OUTSIDE_YEAR')).toEqual([]);
  });

  it("counts an Area's own core hours in the hours needed: 15 × 583⅓ + 1,000 = 9,750", () => {
    const report = evaluateWith((scenario) => {
      const london = scenario.esi.areas.find((area) => area.id === 'london');
      if (london) london.coreHoursPerEsi = { value: 1000, source: { kind: 'assumption', reasoning: 'test' } };
    });
    expect(esiYear(report, '2004/05').hoursNeeded).toBeCloseTo(9750, 6);
  });
});

describe('evaluatePlan: the YOT line', () => {
  it('errs when 28 inspections at 402 hours need 11,256 hours, 6 more than the line', () => {
    const report = evaluateWith((scenario) => {
      scenario.yot.hoursPerInspection.value = 402;
    });
    const [finding, ...laterYears] = withCode(report, 'YOT_HOURS_OVER_LINE');
    expect(finding?.severity).toBe('error');
    expect(finding?.where).toEqual({ year: '2004/05' });
    expect(finding?.message).toBe(
      '2004/05 has 28 YOT inspections needing 11,256 hours, 6 more than the 11,250 hours of the YOT line.',
    );
    // The years of 30 need 12,060 hours, held against the same line as the report gives no later one.
    expect(laterYears.map((later) => later.where.year)).toEqual(['2005/06', '2006/07', '2007/08']);
    expect(laterYears[0]?.message).toBe(
      '2005/06 has 30 YOT inspections needing 12,060 hours, 810 more than the 11,250 hours of the 2004/05 YOT line (the report gives no line for later years).',
    );
  });

  it('does not err for 2004/05 at 401 hours (11,228 hours)', () => {
    const report = evaluateWith((scenario) => {
      scenario.yot.hoursPerInspection.value = 401;
    });
    expect(report.yot.years[0]).toEqual({ year: '2004/05', inspections: 28, hoursNeeded: 11228 });
    expect(withCode(report, 'YOT_HOURS_OVER_LINE').map((finding) => finding.where.year)).not.toContain('2004/05');
  });

  it('does not err in any year at the assumed 375 hours: 30 a year need exactly the 11,250-hour line', () => {
    expect(
      withCode(
        evaluateWith(() => undefined),
        'YOT_HOURS_OVER_LINE',
      ),
    ).toEqual([]);
  });

  it('finishes by March 2008 at 36 a year, within five years', () => {
    const report = evaluateWith((scenario) => {
      scenario.yot.ratePer12Months.value = 36;
    });
    expect(report.yot.completionMonth).toBe('2008-03');
    expect(withCode(report, 'YOT_COMPLETION_LATE')).toEqual([]);
    expect(withCode(report, 'YOT_HOURS_OVER_LINE')[0]?.message).toContain('31 YOT inspections needing 11,625 hours');
  });

  it('never finishes at a rate of 0', () => {
    const report = evaluateWith((scenario) => {
      scenario.yot.ratePer12Months.value = 0;
    });
    expect(report.yot.completionMonth).toBeNull();
    expect(onlyWithCode(report, 'YOT_COMPLETION_LATE').message).toContain('never finishes at this rate');
  });
});

describe('evaluatePlan: joint inspections and Supporting People', () => {
  it('accepts committed CJS joint inspections within the 4,000-hour pool', () => {
    const report = evaluateWith((scenario) => {
      for (const inspection of scenario.jointInspections) inspection.status = 'committed';
    });
    expect(report.joint.pools[0]).toEqual({
      pool: 'cjs',
      available: 4000,
      committed: 2500,
      fromContingency: 0,
      proposed: 0,
      left: 1500,
    });
    expect(withCode(report, 'JOINT_COMMITTED_OVER_POOL')).toEqual([]);
  });

  it('accepts committed joint inspections that exactly fill the pool', () => {
    const report = evaluateWith((scenario) => {
      for (const inspection of scenario.jointInspections) inspection.status = 'committed';
      const resettlement = scenario.jointInspections[0];
      if (resettlement) resettlement.hours = 3000;
    });
    expect(report.joint.pools[0]?.committed).toBe(4000);
    expect(withCode(report, 'JOINT_COMMITTED_OVER_POOL')).toEqual([]);
  });

  it('errs when committed CJS joint inspections take more than the 4,000 hours', () => {
    const report = evaluateWith((scenario) => {
      for (const inspection of scenario.jointInspections) inspection.status = 'committed';
      const resettlement = scenario.jointInspections[0];
      if (resettlement) resettlement.hours = 3001;
    });
    const finding = onlyWithCode(report, 'JOINT_COMMITTED_OVER_POOL');
    expect(finding.severity).toBe('error');
    expect(finding.where).toEqual({ pool: 'cjs' });
    expect(finding.message).toContain('4,001 hours, 1 more than the 4,000 hours of the CJS joint line');
  });

  it('never errs on proposed inspections, however large', () => {
    const report = evaluateWith((scenario) => {
      const resettlement = scenario.jointInspections[0];
      if (resettlement) resettlement.hours = 10000;
    });
    expect(report.joint.pools[0]).toEqual({
      pool: 'cjs',
      available: 4000,
      committed: 0,
      fromContingency: 0,
      proposed: 11000,
      left: 4000,
    });
    expect(withCode(report, 'JOINT_COMMITTED_OVER_POOL')).toEqual([]);
  });

  it('checks the non-CJS pool against its own 500 hours', () => {
    const report = evaluateWith((scenario) => {
      scenario.jointInspections.push({
        id: 'health',
        name: 'Health',
        pool: 'non-cjs',
        partners: ['Healthcare Commission'],
        hours: 600,
        status: 'committed',
        startMonth: '2004-10',
        endMonth: '2004-12',
        source: { kind: 'assumption', reasoning: 'test' },
      });
    });
    const finding = onlyWithCode(report, 'JOINT_COMMITTED_OVER_POOL');
    expect(finding.where).toEqual({ pool: 'non-cjs' });
    expect(finding.message).toContain('600 hours, 100 more than the 500 hours of the non-CJS joint line');
  });

  it('errs when Supporting People needs more than its 1,800-hour line', () => {
    const report = evaluateWith((scenario) => {
      scenario.supportingPeople.inspectionsPerYear.value = 31;
    });
    expect(report.supportingPeople).toMatchObject({ lineHours: 1800, hoursNeeded: 1860 });
    const finding = onlyWithCode(report, 'SUPPORTING_PEOPLE_OVER_LINE');
    expect(finding.severity).toBe('error');
    expect(finding.where).toEqual({ field: 'supportingPeople' });
    expect(finding.message).toContain('1,860 hours, 60 more than the 1,800 hours');
  });

  it('errs when the Supporting People line is cut below 30 × 60 hours', () => {
    const report = evaluateWith((scenario) => {
      line(scenario, 'supporting-people').hours = 1500;
      line(scenario, 'contingency').hours = 2300;
    });
    expect(onlyWithCode(report, 'SUPPORTING_PEOPLE_OVER_LINE').message).toContain('300 more than the 1,500 hours');
  });
});

describe('evaluatePlan: the order of findings', () => {
  it('puts errors first, then warnings, then info, keeping their order within a severity', () => {
    const report = evaluateWith((scenario) => {
      scenario.budgetGBP.value = 3360000;
      line(scenario, 'contingency').hours = 1000;
      scheduleEntry(scenario, 'cheshire').year = '2004/05';
      scenario.supportingPeople.inspectionsPerYear.value = 40;
    });
    expect(codes(report)).toEqual([
      'ESI_DONE_MOVED',
      'ESI_YEAR_OVER_CAPACITY',
      'SUPPORTING_PEOPLE_OVER_LINE',
      'HOURS_UNALLOCATED',
      'COST_PER_HOUR_NEAR_CEILING',
      'ESI_FAMILY_SPLIT',
      'YOT_COMPLETION_LATE',
      'MONTH_OVER_CAPACITY',
      'MONTH_OVER_CAPACITY',
      'INTENTION_YOT_SHARE',
      'INTENTION_ESI_CORE_SHARE',
    ]);
  });
});
