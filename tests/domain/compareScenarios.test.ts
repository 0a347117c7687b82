import { describe, expect, it } from 'vitest';
import { compareScenarios, MINUS, type ComparedRow } from '../../src/domain/compareScenarios';
import { evaluatePlan } from '../../src/domain/evaluatePlan';
import type { Scenario } from '../../src/domain/types';
import { loadFixture } from '../support/fixture';

function variant(name: string, change: (scenario: Scenario) => void): Scenario {
  const scenario = loadFixture();
  scenario.name = name;
  change(scenario);
  return scenario;
}

const setLine = (scenario: Scenario, id: string, hours: number) => {
  const line = scenario.lines.find((candidate) => candidate.id === id);
  if (!line) throw new Error(`The fixture has no line ${id}`);
  line.hours = hours;
};

const compare = (...scenarios: Scenario[]) => compareScenarios(scenarios.map(evaluatePlan));
const row = (rows: ComparedRow[], id: string) => rows.find((candidate) => candidate.id === id);

describe('compareScenarios', () => {
  it('says YOT at 12,000 hours on 36,000 deployable hours is +750 h and brings an hour from £91.43 to £88.89', () => {
    const plan = loadFixture();
    const bigger = variant('YOT 12,000', (scenario) => {
      setLine(scenario, 'yot', 12_000);
      scenario.deployableHours.value = 36_000;
    });
    const comparison = compare(plan, bigger);

    expect(comparison.names).toEqual(['2004/05 plan (Annual Report 2003/2004)', 'YOT 12,000']);
    expect(row(comparison.lineHours, 'yot')?.cells).toEqual([
      { value: 11_250, text: '11,250', difference: null },
      { value: 12_000, text: '12,000', difference: '+750' },
    ]);
    expect(row(comparison.lineShares, 'yot')?.cells.map((cell) => [cell.text, cell.difference])).toEqual([
      ['32.1%', null],
      ['33.3%', '+1.2 pts'],
    ]);
    expect(row(comparison.totals, 'cost-per-hour')?.cells.map((cell) => [cell.text, cell.difference])).toEqual([
      ['£91.43', null],
      ['£88.89', `${MINUS}£2.54`],
    ]);
    expect(row(comparison.totals, 'deployable')?.cells[1]?.difference).toBe('+1,000');
    expect(row(comparison.totals, 'allocated')?.cells[1]?.text).toBe('35,750');
    expect(row(comparison.totals, 'budget')?.changed).toBe(false);
    expect(row(comparison.lineHours, 'esi-core')?.changed).toBe(false);

    const [changes] = comparison.changes;
    expect(changes?.name).toBe('YOT 12,000');
    expect(changes?.phrases).toContain('YOT inspections +750 h');
    expect(changes?.phrases).toContain('Deployable hours 35,000 → 36,000 (+1,000 h)');
    expect(changes?.phrases).toContain('£/hour £91.43 → £88.89');
    expect(changes?.phrases.slice(0, 1)).toEqual(['YOT inspections +750 h']);
  });

  it('writes a cut with a real minus sign: a 5% budget cut is −£160,000 and £86.86 an hour', () => {
    const cut = variant('Budget cut 5%', (scenario) => {
      scenario.budgetGBP.value = 3_040_000;
    });
    const comparison = compare(loadFixture(), cut);
    expect(row(comparison.totals, 'budget')?.cells[1]?.difference).toBe('\u2212£160,000');
    expect(row(comparison.lineCosts, 'yot')?.cells.map((cell) => cell.text)).toEqual(['£1,028,571', '£977,143']);
    expect(comparison.changes[0]?.phrases).toEqual([
      'Budget £3,200,000 → £3,040,000 (\u2212£160,000)',
      '£/hour £91.43 → £86.86',
    ]);
  });

  it('counts ESI Areas each year and the findings, with the differences', () => {
    const moved = variant('Norfolk in 2005/06', (scenario) => {
      const norfolk = scenario.esi.schedule.find((entry) => entry.areaId === 'norfolk');
      if (!norfolk) throw new Error('The fixture has no Norfolk');
      norfolk.year = '2005/06';
      delete norfolk.month;
    });
    const base = evaluatePlan(loadFixture());
    const after = evaluatePlan(moved);
    const comparison = compareScenarios([base, after]);
    const scheduled = (year: string) =>
      [base, after].map((report) => report.esi.years.find((candidate) => candidate.year === year)?.scheduled);

    expect(scheduled('2004/05')).toEqual([16, 15]);
    expect(row(comparison.esiYears, '2004/05')?.cells.map((cell) => [cell.text, cell.difference])).toEqual([
      ['16', null],
      ['15', `${MINUS}1`],
    ]);
    expect(row(comparison.esiYears, '2005/06')?.cells.map((cell) => [cell.text, cell.difference])).toEqual([
      ['12', null],
      ['13', '+1'],
    ]);
    expect(comparison.changes[0]?.phrases).toContain('ESI 2004/05: 16 → 15 Areas');
    const errors = [base, after].map(
      (report) => report.findings.filter((finding) => finding.severity === 'error').length,
    );
    expect(row(comparison.totals, 'errors')?.cells.map((cell) => cell.value)).toEqual(errors);
  });

  it('says when nothing differs, and compares each of several scenarios with the first', () => {
    const plan = loadFixture();
    const same = variant('Copy', () => undefined);
    const contingency = variant('More contingency', (scenario) => setLine(scenario, 'contingency', 2_500));
    const comparison = compare(plan, same, contingency);
    expect(comparison.changes.map((change) => change.name)).toEqual(['Copy', 'More contingency']);
    expect(comparison.changes[0]?.phrases).toEqual([]);
    expect(comparison.changes[1]?.phrases[0]).toBe('Investigations and other contingencies +500 h');
    expect(row(comparison.lineHours, 'contingency')?.cells.map((cell) => cell.difference)).toEqual([
      null,
      null,
      '+500',
    ]);
  });

  it('compares the joint hours committed, contingency left and months over capacity', () => {
    const committed = variant('Resettlement committed, August lighter', (scenario) => {
      const resettlement = scenario.jointInspections[0];
      if (resettlement) resettlement.status = 'committed';
      scenario.contingencyDraws.push({ id: 'inquiry', date: '2004-07-05', reason: 'An inquiry', hours: 300 });
      scenario.monthlyProfile.weights[4] = 0.5;
    });
    const comparison = compare(loadFixture(), committed);
    expect(row(comparison.totals, 'joint-committed')?.cells.map((cell) => [cell.text, cell.difference])).toEqual([
      ['0', null],
      ['1,500', '+1,500'],
    ]);
    expect(row(comparison.totals, 'contingency-left')?.cells.map((cell) => [cell.text, cell.difference])).toEqual([
      ['2,000', null],
      ['1,700', `${MINUS}300`],
    ]);
    // April and May, and August once its weight is halved.
    expect(row(comparison.totals, 'months-over-capacity')?.cells.map((cell) => [cell.text, cell.difference])).toEqual([
      ['2', null],
      ['3', '+1'],
    ]);
  });

  it('shows a YOT programme that never finishes, and a missing £/hour, in words', () => {
    const stalled = variant('No YOT rate', (scenario) => {
      scenario.yot.ratePer12Months.value = 0;
    });
    const comparison = compare(loadFixture(), stalled);
    const completion = row(comparison.totals, 'yot-completion');
    expect(completion?.cells[1]).toEqual({ value: null, text: 'never, at this rate', difference: 'changed' });
    expect(comparison.changes[0]?.phrases).toContain(
      `All YOTs inspected by ${completion?.cells[0]?.text} → never, at this rate`,
    );
  });
});
