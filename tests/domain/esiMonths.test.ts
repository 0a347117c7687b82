import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { areaCoreHours } from '../../src/domain/esiCycle';
import { evaluatePlan } from '../../src/domain/evaluatePlan';
import { fieldworkWeeks } from '../../src/domain/esiMonths';
import { parseScenarioFile, SCENARIO_VERSION } from '../../src/domain/scenarioFile';
import { loadFixture, loadFixtureFile } from '../support/fixture';

describe('fieldworkWeeks', () => {
  it('starts on the first Monday of the month and puts the second week four weeks later', () => {
    expect(fieldworkWeeks('2004-04')).toMatchObject({
      first: '2004-04-05',
      second: '2004-05-03',
      firstLabel: '5 April 2004',
      secondLabel: '3 May 2004',
    });
    // March 2004 begins on a Monday, so the first week starts that day.
    expect(fieldworkWeeks('2004-03')).toMatchObject({ first: '2004-03-01', second: '2004-03-29' });
  });
});

describe('ESIs a month', () => {
  it('lists the months with ESIs starting, and finds none over the shipped limit of 3', () => {
    const report = evaluatePlan(loadFixture());
    expect(report.esi.months).toEqual([
      {
        month: '2003-06',
        year: '2003/04',
        scheduled: 3,
        areaIds: ['derbyshire', 'leicestershire-and-rutland', 'nottinghamshire'],
      },
      { month: '2004-04', year: '2004/05', scheduled: 2, areaIds: ['west-midlands', 'norfolk'] },
    ]);
    expect(report.findings.filter((finding) => finding.code === 'ESI_MONTH_OVER_LIMIT')).toEqual([]);
  });

  it('warns about a month with more ESIs than the limit, naming them', () => {
    const scenario = loadFixture();
    scenario.esi.maxPerMonth.value = 1;
    const found = evaluatePlan(scenario).findings.filter((finding) => finding.code === 'ESI_MONTH_OVER_LIMIT');
    expect(found.map((finding) => finding.message)).toEqual([
      '3 ESIs start in June 2003 (Derbyshire, Leicestershire & Rutland, Nottinghamshire), more than the 1 ESI a month the setting allows (an assumption).',
      '2 ESIs start in April 2004 (West Midlands, Norfolk), more than the 1 ESI a month the setting allows (an assumption).',
    ]);
    expect(found[1]).toMatchObject({ severity: 'warning', where: { year: '2004/05', month: '2004-04' } });
  });
});

describe('core hours per ESI by family', () => {
  it('uses the family’s hours unless the Area has its own', () => {
    const scenario = loadFixture();
    const metropolitan = scenario.esi.families.find((family) => family.id === 'metropolitan');
    const london = scenario.esi.areas.find((area) => area.id === 'london');
    const merseyside = scenario.esi.areas.find((area) => area.id === 'merseyside');
    if (!metropolitan || !london || !merseyside) throw new Error('fixture changed');
    metropolitan.coreHoursPerEsi = { value: 700, source: { kind: 'assumption', reasoning: 'test' } };
    london.coreHoursPerEsi = { value: 900, source: { kind: 'assumption', reasoning: 'test' } };
    expect(areaCoreHours(merseyside, scenario.esi)).toBe(700);
    expect(areaCoreHours(london, scenario.esi)).toBe(900);
    // 2004/05: London 900, six metropolitan at 700, nine small-low-density at 583⅓.
    const year = evaluatePlan(scenario).esi.years.find((candidate) => candidate.year === '2004/05');
    expect(year?.hoursNeeded).toBeCloseTo(900 + 6 * 700 + 9 * (8750 / 15), 6);
  });
});

describe('scenario file versions 2 and 3', () => {
  const v1Text = readFileSync(new URL('./fixtures/hmip-2004-05.v1.json', import.meta.url), 'utf8');

  it('reads a version 1 file through the named migrations, adding the month limit as an assumption and the version 3 fields', () => {
    expect(SCENARIO_VERSION).toBe(5);
    expect((JSON.parse(v1Text) as { version: number }).version).toBe(1);
    const result = parseScenarioFile(v1Text);
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(result.migratedFrom).toBe(1);
    expect(result.scenario.esi.maxPerMonth).toEqual({
      value: 3,
      source: { kind: 'assumption', reasoning: expect.stringContaining('June 2003') as string },
    });
    // Nothing else changes: the migrated file is the shipped plan, whose joint inspections' sources
    // also say why they span the whole year (version 3 added their months).
    const shipped = loadFixture();
    expect(result.scenario.jointInspections.map((inspection) => [inspection.startMonth, inspection.endMonth])).toEqual([
      ['2004-04', '2005-03'],
      ['2004-04', '2005-03'],
    ]);
    result.scenario.jointInspections.forEach((inspection, index) => {
      inspection.source = shipped.jointInspections[index]?.source ?? inspection.source;
    });
    expect(result.scenario).toEqual(shipped);
  });

  it('refuses a month limit that is not a whole number of 1 or more', () => {
    for (const [value, problem] of [
      [0, 'must be 1 or more'],
      [2.5, 'must be a whole number'],
    ] as const) {
      const file = loadFixtureFile();
      file.scenario.esi.maxPerMonth.value = value;
      const result = parseScenarioFile(JSON.stringify(file));
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems).toEqual([`scenario.esi.maxPerMonth.value: ${problem}, got ${value}`]);
    }
  });
});
