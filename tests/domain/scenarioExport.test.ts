import { describe, expect, it } from 'vitest';
import { carryForward } from '../../src/domain/carryForward';
import { evaluatePlan } from '../../src/domain/evaluatePlan';
import { allocationCsv, esiScheduleCsv, exportFileName } from '../../src/domain/scenarioExport';
import { loadFixture } from '../support/fixture';

const records = (csv: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .slice(0, -1);

describe('the allocation lines as CSV', () => {
  const scenario = loadFixture();
  const lines = records(allocationCsv(scenario, evaluatePlan(scenario)));

  it('has a header and the eleven lines of §5.14, in the plan’s order', () => {
    expect(lines[0]).toBe('Line id,Line,Group,Hours,Share of deployable hours (%),Cost (£),Source');
    expect(lines).toHaveLength(12);
  });

  it('gives each line its hours, share and cost at £91.43 an hour, and its source', () => {
    // 11,250 of 35,000 hours is 32.14%; at £3,200,000 ÷ 35,000 an hour they cost £1,028,571.43.
    expect(lines[1]).toBe('yot,YOT inspections,YOT inspections,11250,32.14,1028571.43,Report §5.14');
    // 8,750 hours are a quarter: £800,000.
    expect(lines.find((line) => line.startsWith('esi-core,'))).toMatch(
      /^esi-core,ESI \(core area inspections\),ESI core,8750,25,800000,/,
    );
  });

  it('says of a line carried into the next year’s plan where it came from there', () => {
    const carried = carryForward(scenario).scenario;
    expect(records(allocationCsv(carried, evaluatePlan(carried)))[1]).toBe(
      'yot,YOT inspections,YOT inspections,11250,32.14,1028571.43,Carried from the 2004/05 plan (there from report §5.14)',
    );
  });

  it('neutralises a line label that would run as a formula', () => {
    const hostile = loadFixture();
    const [first] = hostile.lines;
    if (!first) throw new Error('the fixture has lines');
    first.label = '=cmd|"/c calc"!A1';
    expect(records(allocationCsv(hostile, evaluatePlan(hostile)))[1]).toMatch(/^yot,"'=cmd\|""\/c calc""!A1",/);
  });
});

describe('the ESI schedule as CSV', () => {
  const lines = records(esiScheduleCsv(loadFixture()));

  it('lists all 42 Areas with family, year, month and status', () => {
    expect(lines[0]).toBe('Area,Family,Year,Month,Status');
    expect(lines).toHaveLength(43);
    expect(lines).toContain('West Midlands,Metropolitan (and London),2004/05,2004-04,planned');
    expect(lines.find((line) => line.startsWith('Derbyshire,'))).toBe(
      'Derbyshire,"Medium size, higher density",2003/04,2003-06,done (inspected 2003-06)',
    );
  });

  it('says so when an Area is in no year of the schedule', () => {
    const scenario = loadFixture();
    scenario.esi.schedule = scenario.esi.schedule.filter((entry) => entry.areaId !== 'norfolk');
    expect(records(esiScheduleCsv(scenario))).toContain('Norfolk,"Small size, low density",,,not scheduled');
  });
});

describe('export file names', () => {
  it('are made from the scenario name', () => {
    expect(exportFileName('2004/05 plan', '.ihp.json')).toBe('2004-05-plan.ihp.json');
    expect(exportFileName('2004/05 plan (Annual Report 2003/2004)', '-allocation.csv')).toBe(
      '2004-05-plan-annual-report-2003-2004-allocation.csv',
    );
    expect(exportFileName('Budget cut 5% — Café', '.ihp.json')).toBe('budget-cut-5-cafe.ihp.json');
  });

  it('fall back to "scenario" when the name has no letters or digits', () => {
    expect(exportFileName('£££', '.ihp.json')).toBe('scenario.ihp.json');
  });
});
