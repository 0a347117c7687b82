/**
 * `plan check FILE [--json]`: reads a scenario file, evaluates it and prints the plan.
 * Written against a small I/O interface rather than `fs`/`process` so that tests can run it in memory.
 */
import { evaluatePlan, groupLabels } from '../domain/evaluatePlan';
import { JOINT_POOL_GROUP } from '../domain/jointInspections';
import { formatHours, formatNumber, formatPounds, formatPoundsAndPence, formatShare } from '../domain/format';
import { monthName } from '../domain/months';
import { parseScenarioFile } from '../domain/scenarioFile';
import type { PlanReport, Severity } from '../domain/types';

export interface PlanCommandIO {
  readFile(path: string): string;
  stdout(text: string): void;
  stderr(text: string): void;
}

/** The plan has no error findings. */
export const EXIT_PLAN_OK = 0;
/** The plan has at least one error finding. */
export const EXIT_PLAN_HAS_ERRORS = 1;
/** The command was misused, or the file cannot be read or is not a valid scenario. */
export const EXIT_UNUSABLE = 2;

export const USAGE = `Usage: npm run plan -- check FILE [--json]

Commands:
  check FILE   Read a scenario file, evaluate the plan and print a summary.

Options:
  --json       Print the whole plan report as JSON instead of the summary.
  --help, -h   Print this help.

Exit status: 0 when the plan has no error findings, 1 when it has any,
2 when the file cannot be read or is not a valid scenario, or the command is misused.
`;

/** Runs the command for `args` (the arguments after the script name) and returns the exit status. */
export function runPlanCommand(args: string[], io: PlanCommandIO): number {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(USAGE);
    return EXIT_PLAN_OK;
  }
  const parsed = parseArguments(args);
  if (!parsed.ok) {
    io.stderr(`plan: ${parsed.problem}\n\n${USAGE}`);
    return EXIT_UNUSABLE;
  }

  let text: string;
  try {
    text = io.readFile(parsed.file);
  } catch (error) {
    io.stderr(`${parsed.file}: cannot read the file: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_UNUSABLE;
  }
  const result = parseScenarioFile(text);
  if (!result.ok) {
    io.stderr(result.problems.map((problem) => `${parsed.file}: ${problem}\n`).join(''));
    return EXIT_UNUSABLE;
  }

  const report = evaluatePlan(result.scenario);
  io.stdout(parsed.json ? `${JSON.stringify(report, null, 2)}\n` : renderSummary(report));
  return report.findings.some((finding) => finding.severity === 'error') ? EXIT_PLAN_HAS_ERRORS : EXIT_PLAN_OK;
}

type Arguments = { ok: true; file: string; json: boolean } | { ok: false; problem: string };

function parseArguments(args: string[]): Arguments {
  const positionals: string[] = [];
  let json = false;
  for (const arg of args) {
    if (arg === '--json') json = true;
    else if (arg.startsWith('-')) return { ok: false, problem: `unknown option "${arg}"` };
    else positionals.push(arg);
  }
  const [command, file, ...extra] = positionals;
  if (command === undefined) return { ok: false, problem: 'no command given' };
  if (command !== 'check') return { ok: false, problem: `unknown command "${command}"` };
  if (file === undefined) return { ok: false, problem: 'check needs the scenario file to read' };
  if (extra.length > 0) return { ok: false, problem: `unexpected argument "${extra.join(' ')}"` };
  return { ok: true, file, json };
}

const severityHeadings: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Information' };

/** The plan as a person reads it at a terminal: the hours table, money, the ESI and YOT load, and the findings. */
function renderSummary(report: PlanReport): string {
  const unallocatedShare = report.hours.deployable > 0 ? report.hours.unallocated / report.hours.deployable : 0;
  const costPerHour =
    report.costPerHourGBP === null ? 'not known (no deployable hours)' : formatPoundsAndPence(report.costPerHourGBP);

  const out = [
    report.scenarioName,
    `Planning year ${report.planningYear}`,
    '',
    'Hours',
    ...renderTable(
      [
        { title: 'Line', align: 'left' },
        { title: 'Hours', align: 'right' },
        { title: 'Share', align: 'right' },
        { title: 'Cost', align: 'right' },
      ],
      [
        ...report.lines.map((line) => [
          line.label,
          formatHours(line.hours),
          formatShare(line.share),
          formatPounds(line.costGBP),
        ]),
        [
          'Allocated',
          formatHours(report.hours.allocated),
          formatShare(report.allocatedShare),
          formatPounds(report.allocatedCostGBP),
        ],
        ['Deployable', formatHours(report.hours.deployable)],
        ['Unallocated', formatHours(report.hours.unallocated), formatShare(unallocatedShare)],
      ],
    ),
    '',
    `Budget         ${formatPounds(report.budgetGBP)}`,
    `Cost per hour  ${costPerHour} (ceiling ${formatPoundsAndPence(report.ceilingGBPPerHour)})`,
    '',
    `ESI (${formatHours(report.esi.coreHoursPerEsi, 1)} core hours per inspection)`,
    ...renderTable(
      [
        { title: 'Year', align: 'left' },
        { title: 'Areas scheduled', align: 'right' },
        { title: 'Capacity', align: 'right' },
        { title: 'Hours needed', align: 'right' },
        { title: 'Core hours', align: 'right' },
      ],
      report.esi.years.map((year) => [
        year.year,
        formatNumber(year.scheduled),
        formatNumber(year.capacity),
        formatHours(year.hoursNeeded),
        formatHours(year.coreHours),
      ]),
    ),
    '',
    `YOT inspections (${formatNumber(report.yot.teams)} teams)`,
    ...renderTable(
      [
        { title: 'Year', align: 'left' },
        { title: 'Inspections', align: 'right' },
        { title: 'Hours needed', align: 'right' },
      ],
      report.yot.years.map((year) => [year.year, formatNumber(year.inspections), formatHours(year.hoursNeeded)]),
    ),
    report.yot.completionMonth === null
      ? '  Not every team is inspected: the rate never gets there.'
      : `  Every team inspected by ${monthName(report.yot.completionMonth)}.`,
    '',
    'Joint lines and contingency',
    ...renderTable(
      [
        { title: 'Line', align: 'left' },
        { title: 'Available', align: 'right' },
        { title: 'Committed', align: 'right' },
        { title: 'From contingency', align: 'right' },
        { title: 'Proposed', align: 'right' },
        { title: 'Left', align: 'right' },
      ],
      report.joint.pools.map((pool) => [
        groupLabels[JOINT_POOL_GROUP[pool.pool]],
        formatHours(pool.available),
        formatHours(pool.committed),
        formatHours(pool.fromContingency),
        formatHours(pool.proposed),
        formatHours(pool.left),
      ]),
    ),
    `  Contingency: ${formatHours(report.joint.contingency.lineHours)} hours, ${formatHours(report.joint.contingency.drawn)} drawn, ${formatHours(report.joint.contingency.left)} left.`,
    '',
    'Programmes year by year (hours)',
    ...renderTable(
      [
        { title: 'Year', align: 'left' },
        { title: 'ESI Areas', align: 'right' },
        { title: 'ESI', align: 'right' },
        { title: 'YOT', align: 'right' },
        { title: 'Supporting People', align: 'right' },
        { title: 'Joint committed', align: 'right' },
        { title: 'Joint proposed', align: 'right' },
      ],
      report.timeline.years.map((year) => [
        year.year,
        year.esiAreas === null ? '-' : formatNumber(year.esiAreas),
        formatHours(year.esiHours),
        formatHours(year.yotHours),
        formatHours(year.supportingPeopleHours),
        formatHours(year.jointFirmHours),
        formatHours(year.jointTentativeHours),
      ]),
    ),
    '',
    ...renderFindings(report),
  ];
  return `${out.join('\n')}\n`;
}

function renderFindings(report: PlanReport): string[] {
  if (report.findings.length === 0) return ['Findings: none'];
  const severities: Severity[] = ['error', 'warning', 'info'];
  const counts = severities
    .map((severity) => ({ severity, count: report.findings.filter((finding) => finding.severity === severity).length }))
    .filter(({ count }) => count > 0);
  const out = [
    `Findings: ${counts.map(({ severity, count }) => `${count} ${severity === 'info' || count === 1 ? severity : `${severity}s`}`).join(', ')}`,
  ];
  for (const { severity } of counts) {
    out.push(severityHeadings[severity]);
    for (const finding of report.findings.filter((candidate) => candidate.severity === severity)) {
      out.push(`  - ${finding.message} [${finding.code}]`);
    }
  }
  return out;
}

interface Column {
  title: string;
  align: 'left' | 'right';
}

/** Rows of cells padded into aligned columns; a row may stop short, leaving its last columns blank. */
function renderTable(columns: Column[], rows: string[][]): string[] {
  const cellsOf = (row: string[]) => columns.map((_, index) => row[index] ?? '');
  const all = [columns.map((column) => column.title), ...rows].map(cellsOf);
  const widths = columns.map((_, index) => Math.max(...all.map((cells) => cells[index]?.length ?? 0)));
  return all.map((cells) =>
    `  ${cells
      .map((cell, index) =>
        columns[index]?.align === 'right' ? cell.padStart(widths[index] ?? 0) : cell.padEnd(widths[index] ?? 0),
      )
      .join('  ')}`.trimEnd(),
  );
}
