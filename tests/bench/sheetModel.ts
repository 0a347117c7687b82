/**
 * The planner's model written as a spreadsheet, the way a management group would build it in
 * a workbook, for HyperFormula to evaluate. It is the yardstick for evaluatePlan: a spreadsheet
 * engine recomputes only what an edit touches, so it is the fair rival to a full re-evaluation.
 *
 * Years are written as the calendar year they start in (2004 for 2004/05) and months as dates,
 * as a workbook would hold them. The schedule is one year per Area row, so an unknown Area or an
 * Area scheduled twice cannot be written down at all: those two checks have no formula.
 */
import type { HyperFormula, RawCellContent, SimpleCellAddress } from 'hyperformula';
import { groupLabels } from '../../src/domain/evaluatePlan';
import { financialYearStart } from '../../src/domain/months';
import type { LineGroup, Scenario, YearMonth } from '../../src/domain/types';

/** Ten years of months: past the five-year YOT programme (§5.4) with room for a late finish. */
const YOT_HORIZON_MONTHS = 120;
const YOT_HORIZON_YEARS = YOT_HORIZON_MONTHS / 12;

/** The same tolerance as esiCycle.ts, so 14.999999999999998 ESIs still floor to 15. */
const FLOOR_TOLERANCE = '0.000000001';

/** The five-year span of the YOT programme (§5.4), as in evaluatePlan.ts. */
const YOT_PROGRAMME_MONTHS = 60;

type Rows = RawCellContent[][];

/** A cell the bench edits, by sheet name so it can be resolved in any HyperFormula instance. */
export interface InputCell {
  sheet: string;
  row: number;
  col: number;
}

/** The figures both models must agree on before any timing is worth reading. */
export interface SheetFigures {
  allocated: number;
  costPerHour: number;
  planningYearScheduled: number;
  planningYearCapacity: number;
  planningYearHoursNeeded: number;
  yotPlanningYearInspections: number;
  /** Months since year 0 (year × 12 + month − 1) of the last YOT inspection. */
  yotCompletionIndex: number | 'never';
  esiMonthsOverLimit: number;
}

export interface SheetModel {
  sheets: Record<string, Rows>;
  budget: InputCell;
  /** The hours of the first ESI core line: an edit that reaches capacity and the over-capacity checks. */
  esiCoreHours: InputCell;
  read(hf: HyperFormula): SheetFigures;
}

/** "A", …, "Z", "AA", … for a 0-based column. */
function columnName(index: number): string {
  let name = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
  }
  return name;
}

function monthDate(month: YearMonth): Date {
  return new Date(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1);
}

/** A whole-column range of data rows 2…(count + 1) under a header row. */
function range(sheet: string, column: string, count: number): string {
  return `${sheet}!$${column}$2:$${column}$${count + 1}`;
}

const groupOrder = Object.keys(groupLabels) as LineGroup[];

export function buildSheetModel(scenario: Scenario): SheetModel {
  const { lines, esi, yot, jointInspections } = scenario;
  if (lines.length === 0 || esi.areas.length === 0 || esi.families.length === 0 || jointInspections.length === 0) {
    throw new Error('The sheet model needs at least one line, one Area, one family and one joint inspection.');
  }
  const scheduleByArea = new Map(esi.schedule.map((entry) => [entry.areaId, entry]));
  const areaIds = new Set(esi.areas.map((area) => area.id));
  if (scheduleByArea.size !== esi.schedule.length || esi.schedule.some((entry) => !areaIds.has(entry.areaId))) {
    throw new Error('The sheet model holds one year per Area: the schedule must name each known Area at most once.');
  }

  const input = {
    budget: 'Inputs!$B$2',
    deployable: 'Inputs!$B$3',
    ceiling: 'Inputs!$B$4',
    coreHoursPerEsi: 'Inputs!$B$5',
    yotTeams: 'Inputs!$B$7',
    yotDoneBefore: 'Inputs!$B$8',
    yotBeforePhase2: 'Inputs!$B$9',
    yotRate: 'Inputs!$B$10',
    yotHoursPerInspection: 'Inputs!$B$11',
    planningYear: 'Inputs!$B$12',
    phase2Start: 'Inputs!$B$13',
    programmeStart: 'Inputs!$B$14',
    spInspections: 'Inputs!$B$15',
    spHours: 'Inputs!$B$16',
    esiMaxPerMonth: 'Inputs!$B$17',
  };
  const inputs: Rows = [
    ['Input', 'Value'],
    ['Budget £', scenario.budgetGBP.value],
    ['Deployable hours', scenario.deployableHours.value],
    ['Ceiling £/hour', scenario.ceilingGBPPerHour.value],
    ['Core hours per ESI', esi.coreHoursPerEsi.value],
    ['Thematic hours per ESI', esi.thematicHoursPerEsi.value],
    ['YOTs', yot.teams.value],
    ['YOT inspections done before the year', yot.doneBefore.value],
    ['YOT inspections before phase 2', yot.beforePhase2.value],
    ['YOT inspections per 12 months', yot.ratePer12Months.value],
    ['Hours per YOT inspection', yot.hoursPerInspection.value],
    ['Planning year (start)', financialYearStart(scenario.planningYear)],
    ['YOT phase 2 start', monthDate(yot.phase2Start.month)],
    ['YOT programme start', monthDate(yot.programmeStart.month)],
    ['Supporting People inspections per year', scenario.supportingPeople.inspectionsPerYear.value],
    ['Hours per Supporting People inspection', scenario.supportingPeople.hoursPerInspection.value],
    ['ESIs allowed to start in one month', esi.maxPerMonth.value],
  ];

  const lineGroups = range('Lines', 'B', lines.length);
  const lineHours = range('Lines', 'C', lines.length);
  const lineRows: Rows = [
    ['Line', 'Group', 'Hours', 'Share', 'Cost £', 'Invalid'],
    ...lines.map((line, index) => {
      const r = index + 2;
      return [
        line.id,
        line.group,
        line.hours,
        `=IF(${input.deployable}>0, C${r}/${input.deployable}, 0)`,
        `=IF(${input.deployable}>0, C${r}*${input.budget}/${input.deployable}, 0)`,
        `=OR(NOT(ISNUMBER(C${r})), C${r}<0)`,
      ];
    }),
  ];

  const groupHours = (group: LineGroup) => `Groups!$B$${groupOrder.indexOf(group) + 2}`;
  const groupRows: Rows = [
    ['Group', 'Hours', 'Share', 'Cost £'],
    ...groupOrder.map((group, index) => {
      const r = index + 2;
      return [
        group,
        `=SUMIF(${lineGroups}, A${r}, ${lineHours})`,
        `=IF(${input.deployable}>0, B${r}/${input.deployable}, 0)`,
        `=IF(${input.deployable}>0, B${r}*${input.budget}/${input.deployable}, 0)`,
      ];
    }),
  ];

  const areaCount = esi.areas.length;
  // Families: id, a count per cycle year, the years counted, the split check, the core hours per ESI.
  const familyHoursColumn = esi.years.length + 4;
  const familyTable = `Families!$A$2:$${columnName(familyHoursColumn - 1)}$${esi.families.length + 1}`;
  const areaFamilies = range('Areas', 'B', areaCount);
  const areaYears = range('Areas', 'C', areaCount);
  const areaHours = range('Areas', 'E', areaCount);
  const areaRows: Rows = [
    [
      'Area',
      'Family',
      'Year',
      'Own core hours',
      'Core hours',
      'Month',
      'Month outside year',
      'Inspected in',
      'Done moved',
      'Unscheduled',
      'Invalid',
    ],
    ...esi.areas.map((area, index) => {
      const r = index + 2;
      const entry = scheduleByArea.get(area.id);
      return [
        area.id,
        area.familyId,
        entry ? financialYearStart(entry.year) : null,
        area.coreHoursPerEsi?.value ?? null,
        `=IF(ISBLANK(D${r}), IFERROR(VLOOKUP(B${r}, ${familyTable}, ${familyHoursColumn}, FALSE()), ${input.coreHoursPerEsi}), D${r})`,
        entry?.month ? monthDate(entry.month) : null,
        `=IF(ISBLANK(F${r}), FALSE(), YEAR(F${r})-IF(MONTH(F${r})<4, 1, 0)<>C${r})`,
        entry?.inspected ? financialYearStart(entry.inspected.year) : null,
        `=IF(ISBLANK(H${r}), FALSE(), H${r}<>C${r})`,
        `=ISBLANK(C${r})`,
        `=IF(ISBLANK(D${r}), FALSE(), D${r}<=0)`,
      ];
    }),
  ];

  const summaryRow = {
    costPerHour: 2,
    allocated: 3,
    capacity: 9,
    planningStartIndex: 10,
    phase2Offset: 11,
    monthsBeforePhase2: 12,
    completionIndex: 14,
    monthsOverLimit: 34,
  };
  const summary = (row: number) => `Summary!$B$${row}`;

  const esiCore = groupHours('esi-core');
  const esiYearRows: Rows = [
    ['Year', 'Scheduled', 'Hours needed', 'Capacity', 'Core hours', 'Over capacity'],
    ...esi.years.map((year, index) => {
      const r = index + 2;
      return [
        financialYearStart(year),
        `=COUNTIF(${areaYears}, A${r})`,
        `=SUMIF(${areaYears}, A${r}, ${areaHours})`,
        `=${summary(summaryRow.capacity)}`,
        `=${esiCore}`,
        `=C${r}>E${r}+${FLOOR_TOLERANCE}`,
      ];
    }),
  ];

  const lastYearColumn = columnName(esi.years.length);
  const familyRows: Rows = [
    ['Family', ...esi.years.map(financialYearStart), 'Years', 'Split', 'Core hours per ESI'],
    ...esi.families.map((family, index) => {
      const r = index + 2;
      const counts = esi.years.map((_, yearIndex) => {
        const column = columnName(yearIndex + 1);
        return `=COUNTIFS(${areaFamilies}, $A${r}, ${areaYears}, ${column}$1)`;
      });
      const yearsColumn = columnName(esi.years.length + 1);
      return [
        family.id,
        ...counts,
        `=COUNTIF(B${r}:${lastYearColumn}${r}, ">0")`,
        `=${yearsColumn}${r}>1`,
        family.coreHoursPerEsi?.value ?? `=${input.coreHoursPerEsi}`,
      ];
    }),
  ];

  const startMonths = [...new Set(esi.schedule.flatMap((entry) => (entry.month ? [entry.month] : [])))].sort();
  const esiMonthRows: Rows = [
    ['Month', 'ESIs starting', 'Over the limit'],
    ...startMonths.map((month, index) => {
      const r = index + 2;
      return [
        monthDate(month),
        `=COUNTIF(${range('Areas', 'F', areaCount)}, A${r})`,
        `=IF(B${r}>${input.esiMaxPerMonth}, 1, 0)`,
      ];
    }),
  ];

  // One column per month from April of the planning year; column A holds the row labels.
  const monthColumns = Array.from({ length: YOT_HORIZON_MONTHS }, (_, index) => columnName(index + 1));
  const lastMonth = columnName(YOT_HORIZON_MONTHS);
  const before = summary(summaryRow.monthsBeforePhase2);
  const offset = summary(summaryRow.phase2Offset);
  const yotRows: Rows = [
    ['Month offset', ...monthColumns.map((_, index) => index)],
    ['Financial year', ...monthColumns.map((c) => `=${input.planningYear}+INT(${c}$1/12)`)],
    [
      'Inspections at the rate',
      ...monthColumns.map(
        (c) =>
          `=IF(${c}$1<${before}, ROUND(${input.yotBeforePhase2}*(${c}$1+1)/${before}, 0)-ROUND(${input.yotBeforePhase2}*${c}$1/${before}, 0), ` +
          `ROUND(${input.yotRate}*(${c}$1-${offset}+1)/12, 0)-ROUND(${input.yotRate}*(${c}$1-${offset})/12, 0))`,
      ),
    ],
    [
      'Cumulative',
      ...monthColumns.map((c, index) => {
        const previous = index === 0 ? input.yotDoneBefore : `${columnName(index)}4`;
        return `=MIN(${previous}+${c}3, ${input.yotTeams})`;
      }),
    ],
    [
      'Inspections',
      ...monthColumns.map((c, index) =>
        index === 0 ? `=${c}4-MIN(${input.yotDoneBefore}, ${input.yotTeams})` : `=${c}4-${columnName(index)}4`,
      ),
    ],
  ];
  const yotYearRows: Rows = [
    ['Year', 'Inspections', 'Hours needed'],
    ...Array.from({ length: YOT_HORIZON_YEARS }, (_, index) => {
      const r = index + 2;
      return [
        `=${input.planningYear}+${index}`,
        `=SUMIF(Yot!$B$2:$${lastMonth}$2, A${r}, Yot!$B$5:$${lastMonth}$5)`,
        `=B${r}*${input.yotHoursPerInspection}`,
      ];
    }),
  ];

  const jointCount = jointInspections.length;
  const jointRows: Rows = [
    ['Inspection', 'Pool', 'Status', 'Hours'],
    ...jointInspections.map((inspection) => [inspection.id, inspection.pool, inspection.status, inspection.hours]),
  ];
  const jointSum = (pool: string, status: string) =>
    `=SUMIFS(${range('Joint', 'D', jointCount)}, ${range('Joint', 'B', jointCount)}, "${pool}", ${range('Joint', 'C', jointCount)}, "${status}")`;

  const yotLine = groupHours('yot');
  const positive = `AND(${input.deployable}>0, ${input.ceiling}>0)`;
  const summaryRows: Rows = [
    ['Output', 'Value'],
    ['£ per hour', `=IF(${input.deployable}>0, ${input.budget}/${input.deployable}, "")`],
    ['Allocated hours', `=SUM(${lineHours})`],
    ['Unallocated hours', `=${input.deployable}-B3`],
    ['Check: over deployable', `=B3>${input.deployable}`],
    ['Check: hours unallocated', `=B3<${input.deployable}`],
    ['Check: £/hour over ceiling', `=IF(${positive}, B2>${input.ceiling}, FALSE())`],
    ['Check: £/hour near ceiling', `=IF(${positive}, AND(B2<=${input.ceiling}, B2>=${input.ceiling}*0.98), FALSE())`],
    [
      'ESI capacity',
      `=IF(AND(${esiCore}>0, ${input.coreHoursPerEsi}>0), FLOOR(${esiCore}/${input.coreHoursPerEsi}+${FLOOR_TOLERANCE}, 1), 0)`,
    ],
    ['Planning year start (month index)', `=${input.planningYear}*12+3`],
    ['Phase 2 start offset', `=YEAR(${input.phase2Start})*12+MONTH(${input.phase2Start})-1-B10`],
    ['Months before phase 2', '=MAX(0, B11)'],
    [
      'YOT deadline (month index)',
      `=YEAR(${input.programmeStart})*12+MONTH(${input.programmeStart})-1+${YOT_PROGRAMME_MONTHS}`,
    ],
    [
      'YOT completion (month index)',
      `=IF(${input.yotDoneBefore}>=${input.yotTeams}, B10-1, IFERROR(MATCH(${input.yotTeams}, Yot!$B$4:$${lastMonth}$4, 0)-1+B10, "never"))`,
    ],
    ['Check: YOT late', '=IF(ISNUMBER(B14), B14>B13, TRUE())'],
    ['YOT inspections in the planning year', '=YotYears!$B$2'],
    ['Check: YOT hours over line', `=YotYears!$C$2>${yotLine}`],
    ['Supporting People hours needed', `=${input.spInspections}*${input.spHours}`],
    ['Check: Supporting People over line', `=B18>${groupHours('supporting-people')}`],
    ['CJS committed', jointSum('cjs', 'committed')],
    ['CJS proposed', jointSum('cjs', 'proposed')],
    ['Non-CJS committed', jointSum('non-cjs', 'committed')],
    ['Non-CJS proposed', jointSum('non-cjs', 'proposed')],
    ['Check: CJS committed over pool', `=B20>${groupHours('joint-cjs')}`],
    ['Check: non-CJS committed over pool', `=B22>${groupHours('joint-non-cjs')}`],
    ['YOT share', `=IF(${input.deployable}>0, ${yotLine}/${input.deployable}, 0)`],
    ['ESI core share', `=IF(${input.deployable}>0, ${esiCore}/${input.deployable}, 0)`],
    [
      'Check: invalid figures',
      `=OR(${input.budget}<0, ${input.deployable}<=0, ${input.ceiling}<=0, ${input.coreHoursPerEsi}<=0, Inputs!$B$6<0, ` +
        `${input.yotTeams}<0, ${input.yotDoneBefore}<0, ${input.yotBeforePhase2}<0, ${input.yotRate}<0, ${input.yotHoursPerInspection}<0, ` +
        `${input.spInspections}<0, ${input.spHours}<0, ${input.esiMaxPerMonth}<=0, OR(${range('Lines', 'F', lines.length)}), OR(${range('Areas', 'K', areaCount)}))`,
    ],
    ['Check: ESI years over capacity', `=OR(${range('EsiYears', 'F', esi.years.length)})`],
    ['Check: families split', `=OR(${range('Families', columnName(esi.years.length + 2), esi.families.length)})`],
    ['Check: months outside year', `=OR(${range('Areas', 'G', areaCount)})`],
    ['Check: done inspections moved', `=OR(${range('Areas', 'I', areaCount)})`],
    ['Check: Areas unscheduled', `=OR(${range('Areas', 'J', areaCount)})`],
    ['ESI months over the limit', startMonths.length > 0 ? `=SUM(${range('EsiMonths', 'C', startMonths.length)})` : 0],
  ];

  const firstEsiCoreLine = lines.findIndex((line) => line.group === 'esi-core');
  const planningYearIndex = esi.years.indexOf(scenario.planningYear);
  if (firstEsiCoreLine < 0 || planningYearIndex < 0) {
    throw new Error('The sheet model needs an ESI core line and the planning year in the ESI cycle.');
  }

  return {
    sheets: {
      Inputs: inputs,
      Lines: lineRows,
      Groups: groupRows,
      Areas: areaRows,
      EsiYears: esiYearRows,
      Families: familyRows,
      EsiMonths: esiMonthRows,
      Yot: yotRows,
      YotYears: yotYearRows,
      Joint: jointRows,
      Summary: summaryRows,
    },
    budget: { sheet: 'Inputs', row: 1, col: 1 },
    esiCoreHours: { sheet: 'Lines', row: firstEsiCoreLine + 1, col: 2 },
    read(hf) {
      const cell = (sheet: string, row: number, col: number) => {
        const sheetId = hf.getSheetId(sheet);
        if (sheetId === undefined) throw new Error(`No sheet ${sheet}.`);
        return hf.getCellValue({ sheet: sheetId, row, col });
      };
      const number = (sheet: string, row: number, col: number): number => {
        const value = cell(sheet, row, col);
        if (typeof value !== 'number')
          throw new Error(
            `${sheet} row ${row + 1} column ${columnName(col)} is ${JSON.stringify(value)}, not a number.`,
          );
        return value;
      };
      const completion = cell('Summary', summaryRow.completionIndex - 1, 1);
      const esiRow = planningYearIndex + 1;
      return {
        allocated: number('Summary', summaryRow.allocated - 1, 1),
        costPerHour: number('Summary', summaryRow.costPerHour - 1, 1),
        planningYearScheduled: number('EsiYears', esiRow, 1),
        planningYearHoursNeeded: number('EsiYears', esiRow, 2),
        planningYearCapacity: number('EsiYears', esiRow, 3),
        yotPlanningYearInspections: number('YotYears', 1, 1),
        yotCompletionIndex: typeof completion === 'number' ? completion : 'never',
        esiMonthsOverLimit: number('Summary', summaryRow.monthsOverLimit - 1, 1),
      };
    },
  };
}

/** Resolves a cell by sheet name in one HyperFormula instance. */
export function addressIn(hf: HyperFormula, cell: InputCell): SimpleCellAddress {
  const sheet = hf.getSheetId(cell.sheet);
  if (sheet === undefined) throw new Error(`No sheet ${cell.sheet}.`);
  return { sheet, row: cell.row, col: cell.col };
}
