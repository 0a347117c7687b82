import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../../src/domain/evaluatePlan';
import { CELL_FORMATS, type WorkbookCell, type WorkbookSheet } from '../../src/domain/workbook';
import { workbookSheets } from '../../src/domain/workbookSheets';
import { loadFixture } from '../support/fixture';

const sheetsOf = (scenario = loadFixture()) => workbookSheets(scenario, evaluatePlan(scenario));

function sheet(sheets: WorkbookSheet[], name: string): WorkbookSheet {
  const found = sheets.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no sheet "${name}"`);
  return found;
}

/** The cell at a spreadsheet address such as "D9". */
function cellAt(target: WorkbookSheet, address: string): WorkbookCell | undefined {
  const column = address.charCodeAt(0) - 65;
  const row = Number(address.slice(1));
  return target.rows[row - 1]?.[column];
}

/** The row whose first cell reads `label`. */
function rowLabelled(target: WorkbookSheet, label: string): WorkbookCell[] {
  const found = target.rows.find((row) => row[0]?.kind === 'text' && row[0].text === label);
  if (!found) throw new Error(`no row "${label}"`);
  return found;
}

describe('the workbook for Excel', () => {
  it('has the allocation, the ESI schedule, the YOT plan and the findings, under names Excel accepts', () => {
    const names = sheetsOf().map((each) => each.name);
    expect(names).toEqual(['Allocation', 'ESI schedule', 'YOT plan', 'Findings']);
    for (const name of names) expect(name).toMatch(/^[^[\]/\\:*?]{1,31}$/);
  });
});

describe('the allocation sheet', () => {
  const allocation = sheet(sheetsOf(), 'Allocation');

  it('holds the budget and deployable hours as numbers in £ and hours, and £ per hour as budget ÷ hours', () => {
    expect(cellAt(allocation, 'B3')).toEqual({ kind: 'number', value: 3_200_000, format: CELL_FORMATS.pounds });
    expect(cellAt(allocation, 'B4')).toEqual({ kind: 'number', value: 35_000, format: CELL_FORMATS.hours });
    expect(cellAt(allocation, 'B5')).toEqual({
      kind: 'formula',
      formula: 'B3/B4',
      format: CELL_FORMATS.poundsAndPence,
    });
    expect(CELL_FORMATS.pounds).toBe('[$£-809]#,##0');
  });

  it('gives each line its hours as a number and its share and cost as formulas of them', () => {
    const yot = rowLabelled(allocation, 'yot');
    expect(allocation.rows.indexOf(yot) + 1).toBe(9);
    expect(yot[3]).toEqual({ kind: 'number', value: 11_250, format: CELL_FORMATS.hours });
    expect(yot[4]).toEqual({ kind: 'formula', formula: 'D9/$B$4', format: CELL_FORMATS.share });
    expect(yot[5]).toEqual({ kind: 'formula', formula: 'D9*$B$5', format: CELL_FORMATS.pounds });
    expect(yot[6]).toEqual({ kind: 'text', text: 'Report §5.14' });
  });

  it('totals the hours, shares and costs with SUMs over the eleven lines, and works out the hours left', () => {
    const [, , , hours, share, cost] = rowLabelled(allocation, 'Total');
    expect([hours, share, cost].map((cell) => cell?.kind === 'formula' && cell.formula)).toEqual([
      'SUM(D9:D19)',
      'SUM(E9:E19)',
      'SUM(F9:F19)',
    ]);
    const [, , , left, leftShare] = rowLabelled(allocation, 'Unallocated');
    expect(left).toEqual({ kind: 'formula', formula: '$B$4-D20', format: CELL_FORMATS.hours });
    expect(leftShare).toEqual({ kind: 'formula', formula: 'D21/$B$4', format: CELL_FORMATS.share });
  });

  it('makes text that a spreadsheet would run as a formula inert, as the CSV export does', () => {
    const hostile = loadFixture();
    hostile.name = '=HYPERLINK("http://example.test","open")';
    hostile.lines[0]!.label = '@SUM(1+1)';
    const sheets = sheetsOf(hostile);
    const target = sheet(sheets, 'Allocation');
    expect(cellAt(target, 'B1')).toEqual({ kind: 'text', text: `'=HYPERLINK("http://example.test","open")` });
    expect(cellAt(target, 'B9')).toEqual({ kind: 'text', text: "'@SUM(1+1)" });
  });
});

describe('the ESI schedule sheet', () => {
  const schedule = sheet(sheetsOf(), 'ESI schedule');

  it('lists every Area with its family, year, month and status, as the CSV does', () => {
    expect(schedule.rows).toHaveLength(43);
    expect(rowLabelled(schedule, 'Norfolk').map((cell) => cell?.kind === 'text' && cell.text)).toEqual([
      'Norfolk',
      'Small size, low density',
      '2004/05',
      '2004-04',
      'planned',
    ]);
  });
});

describe('the YOT plan sheet', () => {
  const scenario = loadFixture();
  const report = evaluatePlan(scenario);
  const yot = sheet(workbookSheets(scenario, report), 'YOT plan');

  it('has a row for each month of the plan, each adding its inspections to those before', () => {
    expect(rowLabelled(yot, 'Done before 2004/05').slice(0, 2)).toEqual([
      { kind: 'text', text: 'Done before 2004/05' },
      { kind: 'number', value: 16, format: CELL_FORMATS.hours },
    ]);
    const september = rowLabelled(yot, 'September 2004');
    const row = yot.rows.indexOf(september) + 1;
    expect(september[3]).toEqual({ kind: 'formula', formula: `D${row - 1}+B${row}`, format: CELL_FORMATS.hours });
    expect(yot.rows).toHaveLength(report.yot.months.length + 3);
  });

  it('totals the inspections with a SUM from those done before to the last month', () => {
    const [, total] = rowLabelled(yot, 'Total');
    expect(total).toMatchObject({ kind: 'formula', formula: `SUM(B2:B${yot.rows.length - 1})` });
  });
});

describe('the findings sheet', () => {
  it('has a row for each finding, errors first, with its severity in words and its code', () => {
    const scenario = loadFixture();
    const report = evaluatePlan(scenario);
    const findings = sheet(workbookSheets(scenario, report), 'Findings');
    expect(findings.rows).toHaveLength(report.findings.length + 1);
    const [first] = report.findings;
    expect(findings.rows[1]).toEqual([
      { kind: 'text', text: 'Error' },
      { kind: 'text', text: first?.message },
      { kind: 'text', text: first?.code },
    ]);
  });
});
