/**
 * The open scenario as a workbook for Excel, where the group works between meetings: the
 * allocation with live formulas, so that a figure changed in the spreadsheet carries through its
 * share, its cost and the £ per hour as the planner would; the ESI schedule; the YOT plan month by
 * month; and the findings. Pure: the sheets are described here and written by a library elsewhere.
 */
import { groupLabels } from './evaluatePlan';
import { monthName } from './months';
import { describeSource, esiScheduleRows } from './scenarioExport';
import type { PlanReport, Scenario, Severity } from './types';
import {
  absoluteRef,
  CELL_FORMATS,
  cellRef,
  formula,
  number,
  text,
  type CellFormat,
  type WorkbookCell,
  type WorkbookSheet,
} from './workbook';

/** Where the allocation sheet keeps its figures, which its formulas and the tests read by address. */
export const ALLOCATION_LAYOUT = {
  budgetRow: 3,
  deployableRow: 4,
  costPerHourRow: 5,
  headingRow: 8,
  firstLineRow: 9,
  /** Columns, zero-based: the figure beside each label above, and the line table's figures. */
  figureColumn: 1,
  hoursColumn: 3,
  shareColumn: 4,
  costColumn: 5,
} as const;

const {
  budgetRow,
  deployableRow,
  costPerHourRow,
  headingRow,
  firstLineRow,
  figureColumn,
  hoursColumn,
  shareColumn,
  costColumn,
} = ALLOCATION_LAYOUT;

const deployableRef = absoluteRef(figureColumn, deployableRow);
const costPerHourRef = absoluteRef(figureColumn, costPerHourRow);

function allocationSheet(scenario: Scenario): WorkbookSheet {
  const rows: WorkbookCell[][] = [
    [text('Scenario', true), text(scenario.name)],
    [text('Planning year', true), text(scenario.planningYear)],
    [text('Budget', true), number(scenario.budgetGBP.value, CELL_FORMATS.pounds)],
    [text('Deployable hours', true), number(scenario.deployableHours.value, CELL_FORMATS.hours)],
    [
      text('£ per hour', true),
      formula(
        `${cellRef(figureColumn, budgetRow)}/${cellRef(figureColumn, deployableRow)}`,
        CELL_FORMATS.poundsAndPence,
      ),
    ],
    [text('£ per hour ceiling', true), number(scenario.ceilingGBPPerHour.value, CELL_FORMATS.poundsAndPence)],
    [],
    ['Line id', 'Line', 'Group', 'Hours', 'Share of deployable hours', 'Cost', 'Source'].map((heading) =>
      text(heading, true),
    ),
  ];
  scenario.lines.forEach((line, index) => {
    const row = firstLineRow + index;
    const hours = cellRef(hoursColumn, row);
    rows.push([
      text(line.id),
      text(line.label),
      text(groupLabels[line.group]),
      number(line.hours, CELL_FORMATS.hours),
      formula(`${hours}/${deployableRef}`, CELL_FORMATS.share),
      formula(`${hours}*${costPerHourRef}`, CELL_FORMATS.pounds),
      text(describeSource(line.source)),
    ]);
  });
  const lastLineRow = firstLineRow + scenario.lines.length - 1;
  const totalRow = lastLineRow + 1;
  // With no lines the range runs back onto the heading row, whose text SUM ignores: the total is still 0.
  const total = (column: number, format: CellFormat) =>
    formula(`SUM(${cellRef(column, firstLineRow)}:${cellRef(column, lastLineRow)})`, format, true);
  rows.push([
    text('Total', true),
    null,
    null,
    total(hoursColumn, CELL_FORMATS.hours),
    total(shareColumn, CELL_FORMATS.share),
    total(costColumn, CELL_FORMATS.pounds),
  ]);
  const unallocated = cellRef(hoursColumn, totalRow + 1);
  rows.push([
    text('Unallocated', true),
    null,
    null,
    formula(`${deployableRef}-${cellRef(hoursColumn, totalRow)}`, CELL_FORMATS.hours),
    formula(`${unallocated}/${deployableRef}`, CELL_FORMATS.share),
  ]);
  return { name: 'Allocation', columnWidths: [26, 44, 22, 10, 12, 14, 60], stickyRows: headingRow, rows };
}

function esiSheet(scenario: Scenario): WorkbookSheet {
  const [heading = [], ...entries] = esiScheduleRows(scenario);
  return {
    name: 'ESI schedule',
    columnWidths: [26, 30, 10, 10, 28],
    stickyRows: 1,
    rows: [heading.map((cell) => text(cell, true)), ...entries.map((entry) => entry.map((cell) => text(cell)))],
  };
}

/**
 * The YOT plan month by month from the planning year. "Inspected so far" adds each month to the one
 * before, from the inspections done before the year, so a month's count changed in Excel carries on.
 */
function yotSheet(scenario: Scenario, report: PlanReport): WorkbookSheet {
  const rows: WorkbookCell[][] = [
    ['Month', 'Inspections', 'Moved by hand', 'Inspected so far'].map((heading) => text(heading, true)),
    [
      text(`Done before ${scenario.planningYear}`),
      number(scenario.yot.doneBefore.value, CELL_FORMATS.hours),
      null,
      formula(cellRef(1, 2), CELL_FORMATS.hours),
    ],
  ];
  report.yot.months.forEach((month, index) => {
    const row = 3 + index;
    rows.push([
      text(monthName(month.month)),
      number(month.inspections, CELL_FORMATS.hours),
      number(month.moved, CELL_FORMATS.hours),
      formula(`${cellRef(3, row - 1)}+${cellRef(1, row)}`, CELL_FORMATS.hours),
    ]);
  });
  rows.push([
    text('Total', true),
    formula(`SUM(${cellRef(1, 2)}:${cellRef(1, rows.length)})`, CELL_FORMATS.hours, true),
  ]);
  return { name: 'YOT plan', columnWidths: [20, 12, 14, 16], stickyRows: 1, rows };
}

const severityWords: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Note' };

function findingsSheet(report: PlanReport): WorkbookSheet {
  return {
    name: 'Findings',
    columnWidths: [10, 100, 30],
    stickyRows: 1,
    rows: [
      ['Severity', 'Finding', 'Code'].map((heading) => text(heading, true)),
      ...report.findings.map((finding) => [
        text(severityWords[finding.severity]),
        text(finding.message),
        text(finding.code),
      ]),
    ],
  };
}

/** The sheets of the workbook for `scenario`, whose report `report` is (evaluatePlan's). */
export function workbookSheets(scenario: Scenario, report: PlanReport): WorkbookSheet[] {
  return [allocationSheet(scenario), esiSheet(scenario), yotSheet(scenario, report), findingsSheet(report)];
}
