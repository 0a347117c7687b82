/** What the planner exports for people working outside it: spreadsheets of a scenario, and file names for them. */
import { toCsv, type CsvCell } from './csv';
import { groupLabels } from './evaluatePlan';
import { originInWords } from './sources';
import type { EsiScheduleEntry, PlanReport, Scenario, Source } from './types';

/** Two decimal places, the precision of pence and of a share shown as a percentage. */
const toHundredths = (value: number) => Math.round(value * 100) / 100;

/** "Report §5.14: …", "Assumption: …" or "Carried from the 2004/05 plan (there from …)": a source in full. */
export function describeSource(source: Source): string {
  if (source.kind === 'carried')
    return `Carried from the ${source.from} plan (there from ${originInWords(source.was)})`;
  if (source.kind === 'assumption') return `Assumption: ${source.reasoning}`;
  return source.note ? `Report ${source.ref}: ${source.note}` : `Report ${source.ref}`;
}

/** The allocation lines with each one's share of the deployable hours and cost at the scenario's £ per hour. */
export function allocationCsv(scenario: Scenario, report: PlanReport): string {
  const reportById = new Map(report.lines.map((line) => [line.id, line]));
  const rows: CsvCell[][] = [
    ['Line id', 'Line', 'Group', 'Hours', 'Share of deployable hours (%)', 'Cost (£)', 'Source'],
  ];
  for (const line of scenario.lines) {
    const lineReport = reportById.get(line.id);
    rows.push([
      line.id,
      line.label,
      groupLabels[line.group],
      line.hours,
      lineReport ? toHundredths(lineReport.share * 100) : '',
      lineReport ? toHundredths(lineReport.costGBP) : '',
      describeSource(line.source),
    ]);
  }
  return toCsv(rows);
}

function describeStatus(entry: EsiScheduleEntry): string {
  if (!entry.inspected) return 'planned';
  return `done (inspected ${entry.inspected.month ?? entry.inspected.year})`;
}

/** Every Area with its family, ESI year and month, and whether it is done or planned; Areas not in the schedule say so. */
export function esiScheduleRows(scenario: Scenario): string[][] {
  const { areas, families, schedule } = scenario.esi;
  const familyNames = new Map(families.map((family) => [family.id, family.name]));
  const entryByArea = new Map(schedule.map((entry) => [entry.areaId, entry]));
  const rows: string[][] = [['Area', 'Family', 'Year', 'Month', 'Status']];
  for (const area of areas) {
    const entry = entryByArea.get(area.id);
    const family = familyNames.get(area.familyId) ?? area.familyId;
    rows.push(
      entry
        ? [area.name, family, entry.year, entry.month ?? '', describeStatus(entry)]
        : [area.name, family, '', '', 'not scheduled'],
    );
  }
  return rows;
}

/** The ESI schedule (esiScheduleRows) as CSV. */
export function esiScheduleCsv(scenario: Scenario): string {
  return toCsv(esiScheduleRows(scenario));
}

/** A file name from a scenario's name: "2004/05 plan" and ".ihp.json" give "2004-05-plan.ihp.json". */
export function exportFileName(scenarioName: string, ending: string): string {
  const stem = scenarioName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return `${stem || 'scenario'}${ending}`;
}
