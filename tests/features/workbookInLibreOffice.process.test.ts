/**
 * The Excel download opened in a real spreadsheet program: the planner's workbook is written by the
 * writer the browser uses, a cell is changed as a manager would change it, and LibreOffice works
 * the formulas out. What it shows must be what the planner shows for the same change.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluatePlan } from '../../src/domain/evaluatePlan';
import { formatHours, formatPounds, formatPoundsAndPence, formatShare } from '../../src/domain/format';
import type { PlanReport, Scenario } from '../../src/domain/types';
import { number, CELL_FORMATS, type WorkbookSheet } from '../../src/domain/workbook';
import { ALLOCATION_LAYOUT, workbookSheets } from '../../src/domain/workbookSheets';
import { writeWorkbook } from '../../src/features/file-transfer/writeWorkbook';
import { loadFixture } from '../support/fixture';
import { LIBREOFFICE_TIMEOUT_MS, sheetsAsLibreOfficeShowsThem } from '../support/libreOffice';

const workDir = mkdtempSync(join(tmpdir(), 'planner-workbook-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** The shipped plan, its YOT line given a label that a spreadsheet would run as a formula. */
function hostilePlan(): Scenario {
  const scenario = loadFixture();
  scenario.lines[0]!.label = '=SUM(1,1)';
  return scenario;
}

/** The allocation sheet of `sheets`, with the hours figure at (row, column) typed over as in Excel. */
function typeOver(sheets: WorkbookSheet[], row: number, column: number, hours: number): WorkbookSheet[] {
  const allocation = sheets[0]!;
  allocation.rows[row - 1]![column] = number(hours, CELL_FORMATS.hours);
  return sheets;
}

const yotRow = ALLOCATION_LAYOUT.firstLineRow;
const edits = {
  /** The YOT line's hours from 11,250 to 12,000: its share and cost, and the totals, follow. */
  'yot-hours': {
    sheets: () => typeOver(workbookSheets(hostilePlan(), evaluatePlan(hostilePlan())), yotRow, 3, 12_000),
    planner: () => {
      const scenario = hostilePlan();
      scenario.lines[0]!.hours = 12_000;
      return evaluatePlan(scenario);
    },
  },
  /** The deployable hours from 35,000 to 40,000: the £ per hour, every share and every cost follow. */
  'deployable-hours': {
    sheets: () =>
      typeOver(
        workbookSheets(hostilePlan(), evaluatePlan(hostilePlan())),
        ALLOCATION_LAYOUT.deployableRow,
        ALLOCATION_LAYOUT.figureColumn,
        40_000,
      ),
    planner: () => {
      const scenario = hostilePlan();
      scenario.deployableHours.value = 40_000;
      return evaluatePlan(scenario);
    },
  },
} as const;

type EditName = keyof typeof edits;
let shown: Map<string, Map<string, string[][]>>;
const fileOf = (name: EditName) => join(workDir, `${name}.xlsx`);

beforeAll(async () => {
  for (const [name, edit] of Object.entries(edits) as [EditName, (typeof edits)[EditName]][]) {
    const blob = await writeWorkbook(edit.sheets());
    writeFileSync(fileOf(name), Buffer.from(await blob.arrayBuffer()));
  }
  // One LibreOffice run for both workbooks: starting it is most of the time.
  shown = sheetsAsLibreOfficeShowsThem(
    Object.keys(edits).map((name) => fileOf(name as EditName)),
    workDir,
  );
}, LIBREOFFICE_TIMEOUT_MS);

function sheetShown(name: EditName, sheet: string): string[][] {
  const records = shown.get(fileOf(name))?.get(sheet);
  if (!records) throw new Error(`LibreOffice wrote no "${sheet}" sheet for ${name}`);
  return records;
}

function recordLabelled(records: string[][], label: string): string[] {
  const found = records.find((record) => record[0] === label);
  if (!found) throw new Error(`no row "${label}"`);
  return found;
}

/** What the planner shows for each line, and for the totals and the hours left, as the sheet's cells show them. */
function plannerFigures(report: PlanReport) {
  return {
    costPerHour: formatPoundsAndPence(report.costPerHourGBP ?? Number.NaN),
    lines: report.lines.map((line) => [
      line.id,
      formatHours(line.hours),
      formatShare(line.share),
      formatPounds(line.costGBP),
    ]),
    total: [
      formatHours(report.hours.allocated),
      formatShare(report.allocatedShare),
      formatPounds(report.allocatedCostGBP),
    ],
    unallocated: [
      formatHours(report.hours.unallocated),
      formatShare(report.hours.unallocated / report.hours.deployable),
    ],
  };
}

function sheetFigures(records: string[][], lineIds: string[]) {
  return {
    costPerHour: recordLabelled(records, '£ per hour')[1],
    lines: lineIds.map((id) => {
      const [, , , hours, share, cost] = recordLabelled(records, id);
      return [id, hours, share, cost];
    }),
    total: recordLabelled(records, 'Total').slice(3, 6),
    unallocated: recordLabelled(records, 'Unallocated').slice(3, 5),
  };
}

describe('the Excel download in LibreOffice Calc', { timeout: LIBREOFFICE_TIMEOUT_MS }, () => {
  it.each(Object.keys(edits) as EditName[])(
    'with the %s cell changed, shows the shares, costs, £ per hour and totals the planner gives',
    (name) => {
      const report = edits[name].planner();
      const figures = plannerFigures(report);
      expect(
        sheetFigures(
          sheetShown(name, 'Allocation'),
          report.lines.map((line) => line.id),
        ),
      ).toEqual(figures);
    },
  );

  it('shows the changed figures, not the plan it was written from', () => {
    expect(recordLabelled(sheetShown('yot-hours', 'Allocation'), 'Total')[3]).toBe('35,750');
    expect(recordLabelled(sheetShown('deployable-hours', 'Allocation'), '£ per hour')[1]).toBe('£80.00');
  });

  it('keeps text that looks like a formula as text', () => {
    expect(recordLabelled(sheetShown('yot-hours', 'Allocation'), 'yot')[1]).toBe("'=SUM(1,1)");
  });

  it('opens the ESI schedule, the YOT plan and the findings, the YOT total adding up to every team', () => {
    const report = evaluatePlan(hostilePlan());
    expect(recordLabelled(sheetShown('yot-hours', 'ESI schedule'), 'Norfolk')).toEqual([
      'Norfolk',
      'Small size, low density',
      '2004/05',
      '2004-04',
      'planned',
    ]);
    const yot = sheetShown('yot-hours', 'YOT plan');
    expect(recordLabelled(yot, 'Total')[1]).toBe(formatHours(report.yot.teams));
    expect(yot.at(-2)?.[3]).toBe(formatHours(report.yot.teams));
    expect(sheetShown('yot-hours', 'Findings')).toHaveLength(report.findings.length + 1);
  });
});
