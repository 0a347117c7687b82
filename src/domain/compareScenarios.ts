/**
 * Scenarios side by side: each figure of their reports, its difference from the first
 * (the baseline), and what differs in words, e.g. "YOT inspections +750 h; £/hour £91.43 → £88.89".
 */
import { formatHours, formatNumber, formatPounds, formatPoundsAndPence, formatShare } from './format';
import { addToMonth, monthName, monthsBetween } from './months';
import type { PlanReport, YearMonth } from './types';

/** A real minus sign (U+2212), which screen readers and print show as minus, unlike a hyphen. */
export const MINUS = '\u2212';

type Kind = 'hours' | 'pounds' | 'pence' | 'share' | 'count' | 'month';

export interface ComparedCell {
  /** The figure rounded as shown, or null when the scenario has none (e.g. a line it lacks). */
  value: number | null;
  text: string;
  /** The difference from the baseline as shown, with its sign ("+750", "−£160,000"); null when the same or for the baseline. */
  difference: string | null;
}

export interface ComparedRow {
  id: string;
  label: string;
  /** One cell per scenario, the baseline first. */
  cells: ComparedCell[];
  /** True when any scenario differs from the baseline here. */
  changed: boolean;
}

export interface ScenarioChanges {
  name: string;
  /** What differs from the baseline, one phrase each, e.g. "YOT inspections +750 h". */
  phrases: string[];
}

export interface ScenarioComparison {
  names: string[];
  totals: ComparedRow[];
  lineHours: ComparedRow[];
  lineShares: ComparedRow[];
  lineCosts: ComparedRow[];
  /** Areas scheduled for ESI in each year of the cycle. */
  esiYears: ComparedRow[];
  /** For each scenario after the baseline, what differs from the baseline. */
  changes: ScenarioChanges[];
}

/** Months are compared as a count of months from a fixed month, so their difference is plain subtraction. */
const EPOCH: YearMonth = '2000-01';

const roundTo = (places: number) => (value: number) => Math.round(value * 10 ** places) / 10 ** places;

function signed(difference: number, format: (magnitude: number) => string): string {
  return `${difference > 0 ? '+' : MINUS}${format(Math.abs(difference))}`;
}

/** How each kind of figure is rounded for display, written, and its difference written. */
const kinds: Record<
  Kind,
  { round: (value: number) => number; text: (value: number) => string; difference: (difference: number) => string }
> = {
  hours: {
    round: roundTo(1),
    text: (value) => formatHours(value, 1),
    difference: (difference) => signed(difference, (magnitude) => formatHours(magnitude, 1)),
  },
  pounds: { round: roundTo(0), text: formatPounds, difference: (difference) => signed(difference, formatPounds) },
  pence: {
    round: roundTo(2),
    text: formatPoundsAndPence,
    difference: (difference) => signed(difference, formatPoundsAndPence),
  },
  share: {
    round: roundTo(3),
    text: formatShare,
    difference: (difference) => signed(difference, (magnitude) => `${formatNumber(magnitude * 100, 1)} pts`),
  },
  count: {
    round: roundTo(0),
    text: (value) => formatNumber(value),
    difference: (difference) => signed(difference, (magnitude) => formatNumber(magnitude)),
  },
  month: {
    round: roundTo(0),
    text: (value) => monthName(addToMonth(EPOCH, value)),
    difference: (difference) =>
      signed(difference, (magnitude) => `${magnitude} ${magnitude === 1 ? 'month' : 'months'}`),
  },
};

interface Measure {
  id: string;
  label: string;
  kind: Kind;
  /** What a scenario without this figure shows. */
  missing: string;
  pick: (report: PlanReport) => number | null;
}

function compareRow(reports: PlanReport[], measure: Measure): ComparedRow {
  const kind = kinds[measure.kind];
  const values = reports.map((report) => {
    const value = measure.pick(report);
    return value === null || !Number.isFinite(value) ? null : kind.round(value);
  });
  const baseline = values[0] ?? null;
  const cells = values.map((value, index): ComparedCell => {
    const text = value === null ? measure.missing : kind.text(value);
    if (index === 0 || value === baseline) return { value, text, difference: null };
    if (value === null || baseline === null) return { value, text, difference: 'changed' };
    return { value, text, difference: kind.difference(value - baseline) };
  });
  return { id: measure.id, label: measure.label, cells, changed: cells.some((cell) => cell.difference !== null) };
}

function countOf(report: PlanReport, severity: 'error' | 'warning'): number {
  return report.findings.filter((finding) => finding.severity === severity).length;
}

const totalMeasures: Measure[] = [
  { id: 'budget', label: 'Total budget', kind: 'pounds', missing: '—', pick: (report) => report.budgetGBP },
  {
    id: 'deployable',
    label: 'Deployable hours',
    kind: 'hours',
    missing: '—',
    pick: (report) => report.hours.deployable,
  },
  { id: 'allocated', label: 'Allocated hours', kind: 'hours', missing: '—', pick: (report) => report.hours.allocated },
  {
    id: 'cost-per-hour',
    label: 'Cost per hour',
    kind: 'pence',
    missing: 'cannot be worked out',
    pick: (report) => report.costPerHourGBP,
  },
  { id: 'ceiling', label: 'Ceiling per hour', kind: 'pence', missing: '—', pick: (report) => report.ceilingGBPPerHour },
  {
    id: 'yot-completion',
    label: 'All YOTs inspected by',
    kind: 'month',
    missing: 'never, at this rate',
    pick: (report) => (report.yot.completionMonth === null ? null : monthsBetween(EPOCH, report.yot.completionMonth)),
  },
  {
    id: 'joint-committed',
    label: 'Joint inspection hours committed',
    kind: 'hours',
    missing: '—',
    pick: (report) => report.joint.pools.reduce((total, pool) => total + pool.committed, 0),
  },
  {
    id: 'contingency-left',
    label: 'Contingency hours left',
    kind: 'hours',
    missing: '—',
    pick: (report) => report.joint.contingency.left,
  },
  {
    id: 'months-over-capacity',
    label: 'Months over capacity',
    kind: 'count',
    missing: '—',
    pick: (report) => report.findings.filter((finding) => finding.code === 'MONTH_OVER_CAPACITY').length,
  },
  { id: 'errors', label: 'Errors', kind: 'count', missing: '—', pick: (report) => countOf(report, 'error') },
  { id: 'warnings', label: 'Warnings', kind: 'count', missing: '—', pick: (report) => countOf(report, 'warning') },
];

/** The ids and labels of every line in any of the reports, in the baseline's order, then any others. */
function linesOf(reports: PlanReport[]): { id: string; label: string }[] {
  const seen = new Map<string, string>();
  for (const report of reports) for (const line of report.lines) if (!seen.has(line.id)) seen.set(line.id, line.label);
  return [...seen].map(([id, label]) => ({ id, label }));
}

function esiYearsOf(reports: PlanReport[]): string[] {
  return [...new Set(reports.flatMap((report) => report.esi.years.map((year) => year.year)))].sort();
}

function lineMeasure(
  line: { id: string; label: string },
  kind: Kind,
  pick: (found: PlanReport['lines'][number]) => number,
): Measure {
  return {
    id: line.id,
    label: line.label,
    kind,
    missing: 'no such line',
    pick: (report) => {
      const found = report.lines.find((candidate) => candidate.id === line.id);
      return found ? pick(found) : null;
    },
  };
}

/** The phrases saying how one scenario (cell index) differs from the baseline. */
function phrasesFor(index: number, comparison: Omit<ScenarioComparison, 'changes'>): string[] {
  const phrases: string[] = [];
  const cellOf = (row: ComparedRow) => ({ baseline: row.cells[0], cell: row.cells[index] });
  /** "Budget £3,200,000 → £3,040,000", with the difference and its unit after it when `unit` is given. */
  const fromTo = (row: ComparedRow, label: string, unit: string | null) => {
    const { baseline, cell } = cellOf(row);
    if (!baseline || !cell?.difference) return;
    const difference =
      unit !== null && cell.value !== null && baseline.value !== null ? ` (${cell.difference}${unit})` : '';
    phrases.push(`${label} ${baseline.text} → ${cell.text}${difference}`);
  };
  for (const row of comparison.lineHours) {
    const { baseline, cell } = cellOf(row);
    if (!baseline || !cell?.difference) continue;
    if (cell.value === null) phrases.push(`${row.label} not in this scenario`);
    else if (baseline.value === null) phrases.push(`${row.label} added, ${cell.text} h`);
    else phrases.push(`${row.label} ${cell.difference} h`);
  }
  const totals = new Map(comparison.totals.map((row) => [row.id, row]));
  const total = (id: string) => totals.get(id);
  const say = (id: string, label: string, unit: string | null = null) => {
    const row = total(id);
    if (row) fromTo(row, label, unit);
  };
  say('budget', 'Budget', '');
  say('deployable', 'Deployable hours', ' h');
  say('cost-per-hour', '£/hour');
  say('ceiling', '£/hour ceiling');
  for (const row of comparison.esiYears) {
    const { baseline, cell } = cellOf(row);
    if (baseline && cell?.difference) phrases.push(`ESI ${row.label}: ${baseline.text} → ${cell.text} Areas`);
  }
  say('yot-completion', 'All YOTs inspected by');
  say('errors', 'Errors');
  say('warnings', 'Warnings');
  return phrases;
}

/** Compares the reports of two or more scenarios against the first, the baseline. */
export function compareScenarios(reports: PlanReport[]): ScenarioComparison {
  const lines = linesOf(reports);
  const comparison = {
    names: reports.map((report) => report.scenarioName),
    totals: totalMeasures.map((measure) => compareRow(reports, measure)),
    lineHours: lines.map((line) =>
      compareRow(
        reports,
        lineMeasure(line, 'hours', (found) => found.hours),
      ),
    ),
    lineShares: lines.map((line) =>
      compareRow(
        reports,
        lineMeasure(line, 'share', (found) => found.share),
      ),
    ),
    lineCosts: lines.map((line) =>
      compareRow(
        reports,
        lineMeasure(line, 'pounds', (found) => found.costGBP),
      ),
    ),
    esiYears: esiYearsOf(reports).map((year) =>
      compareRow(reports, {
        id: year,
        label: year,
        kind: 'count',
        missing: 'not in the cycle',
        pick: (report) => report.esi.years.find((candidate) => candidate.year === year)?.scheduled ?? null,
      }),
    ),
  };
  const changes = reports
    .slice(1)
    .map((report, offset) => ({ name: report.scenarioName, phrases: phrasesFor(offset + 1, comparison) }));
  return { ...comparison, changes };
}
