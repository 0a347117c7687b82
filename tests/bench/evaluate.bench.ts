/**
 * `npm run bench`: how fast evaluatePlan answers "if we change this, does the year still fit?"
 * at 1×, 10× and 100× the 2004/05 inspectorate, measured against the same model as a
 * HyperFormula workbook, plus the gzip size of the built app. A report, not a test: targets
 * print PASS or FAIL and the exit code stays 0 (timings on shared machines are too noisy to gate on).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HyperFormula } from 'hyperformula';
import { produce } from 'immer';
import { createPlanEvaluator, evaluatePlan } from '../../src/domain/evaluatePlan';
import type { PlanReport, Scenario, YearMonth } from '../../src/domain/types';
import { firstScreenWeights } from './firstScreenSize';
import { loadFixture } from '../support/fixture';
import { scaleScenario } from './scaleScenario';
import { addressIn, buildSheetModel, type SheetFigures, type SheetModel } from './sheetModel';

const SIZES = [1, 10, 100];
const TARGET_RATIO = 30;
const TARGET_EVALUATE_MS_AT_100 = 1;
const TARGET_FIRST_SCREEN_KB = 100;
const HF_CONFIG = { licenseKey: 'gpl-v3' };

const root = fileURLToPath(new URL('../../', import.meta.url));

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? NaN)
    : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}

/** Times one operation in batches; `batch()` runs one more batch and keeps its mean. */
interface BatchTimer {
  batch(): void;
  /** Median over batches of the mean ms per operation: it shrugs off garbage collections and bursts. */
  median(): number;
}

/** Warms the operation up, then sizes its batches to last about `batchMs` each so the timer's resolution does not matter. */
function batchTimer(operation: () => void, warmupMs: number, batchMs: number): BatchTimer {
  const warmupEnd = performance.now() + warmupMs;
  while (performance.now() < warmupEnd) operation();
  const probeStart = performance.now();
  operation();
  const perBatch = Math.max(1, Math.round(batchMs / Math.max(performance.now() - probeStart, 0.001)));

  const means: number[] = [];
  return {
    batch() {
      const start = performance.now();
      for (let run = 0; run < perBatch; run += 1) operation();
      means.push((performance.now() - start) / perBatch);
    },
    median: () => median(means),
  };
}

/**
 * Gives the timers turns of several batches, round after round, so that a neighbour's burst on
 * the shared cores lands on all of them alike instead of on whichever was being timed. A turn's
 * first batch may pay for the previous timer's garbage; the median leaves it out.
 */
function interleave(timers: BatchTimer[], rounds: number, batchesPerTurn: number): void {
  for (let round = 0; round < rounds; round += 1) {
    for (const timer of timers) {
      for (let batch = 0; batch < batchesPerTurn; batch += 1) timer.batch();
    }
  }
}

function monthIndex(month: YearMonth): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

/** The same figures read from evaluatePlan's report, to hold against the sheet's. */
function reportFigures(scenario: Scenario, report: PlanReport): SheetFigures {
  const esiYear = report.esi.years.find((year) => year.year === scenario.planningYear);
  const yotYear = report.yot.years.find((year) => year.year === scenario.planningYear);
  return {
    allocated: report.hours.allocated,
    costPerHour: report.costPerHourGBP ?? NaN,
    planningYearScheduled: esiYear?.scheduled ?? NaN,
    planningYearCapacity: esiYear?.capacity ?? NaN,
    planningYearHoursNeeded: esiYear?.hoursNeeded ?? NaN,
    yotPlanningYearInspections: yotYear?.inspections ?? NaN,
    yotCompletionIndex: report.yot.completionMonth === null ? 'never' : monthIndex(report.yot.completionMonth),
    esiMonthsOverLimit: report.findings.filter((finding) => finding.code === 'ESI_MONTH_OVER_LIMIT').length,
  };
}

/** Equal to 1e-9 relative: HyperFormula sums in another order and rounds what it returns (to about 11 significant digits). */
function agree(a: number | 'never', b: number | 'never'): boolean {
  if (typeof a !== 'number' || typeof b !== 'number') return a === b;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

function checkAgreement(label: string, scenario: Scenario, hf: HyperFormula, model: SheetModel): void {
  const fromSheet = model.read(hf);
  const fromPlan = reportFigures(scenario, evaluatePlan(scenario));
  const differences = (Object.keys(fromPlan) as (keyof SheetFigures)[])
    .filter((key) => !agree(fromPlan[key], fromSheet[key]))
    .map((key) => `  ${key}: evaluatePlan ${fromPlan[key]}, sheet ${fromSheet[key]}`);
  if (differences.length > 0) {
    console.error(
      `ABORT: at ${label} the sheet and evaluatePlan disagree, so their timings would not compare like with like:`,
    );
    console.error(differences.join('\n'));
    process.exit(1);
  }
}

interface SizeResult {
  label: string;
  areas: number;
  lines: number;
  evaluateMs: number;
  editMs: number;
  hfUpdateMs: number;
  hfSetOnlyMs: number;
  hfBuildMs: number;
}

const WARMUP_MS = 300;
const EVALUATE_BATCH_MS = 10;
const HF_BATCH_MS = 20;
const ROUNDS = 8;
const BATCHES_PER_TURN = 5;
const HF_COLD_BUILDS = 3;

/**
 * The two edits the update timing flips between. 600 more ESI core hours fund one more ESI
 * at 1× (9,350 ÷ 583⅓ = 16.03), so the edit reaches the capacity and the over-capacity check.
 */
const BUDGET_FACTOR = 1.05;
const ESI_CORE_STEP = 600;

/** The scenario as the workbook holds it once both edits are in. */
function editedScenario(scenario: Scenario, model: SheetModel): Scenario {
  const esiCoreLine = model.esiCoreHours.row - 1;
  return {
    ...scenario,
    budgetGBP: { ...scenario.budgetGBP, value: scenario.budgetGBP.value * BUDGET_FACTOR },
    lines: scenario.lines.map((line, index) =>
      index === esiCoreLine ? { ...line, hours: line.hours + ESI_CORE_STEP } : line,
    ),
  };
}

/** Cold: a fresh workbook built and every value read, as on opening the file. */
function buildWorkbook(model: SheetModel, builds: number[]): HyperFormula {
  const start = performance.now();
  const hf = HyperFormula.buildFromSheets(model.sheets, HF_CONFIG);
  hf.getAllSheetsValues();
  builds.push(performance.now() - start);
  return hf;
}

function measureSize(base: Scenario, k: number): SizeResult {
  const label = `${k}×`;
  const scenario = scaleScenario(base, k);
  const model = buildSheetModel(scenario);
  const builds: number[] = [];

  const checked = buildWorkbook(model, builds);
  checkAgreement(label, scenario, checked, model);
  const edited = editedScenario(scenario, model);
  checked.setCellContents(addressIn(checked, model.budget), edited.budgetGBP.value);
  checked.setCellContents(addressIn(checked, model.esiCoreHours), edited.lines[model.esiCoreHours.row - 1]?.hours);
  checkAgreement(`${label} after editing the budget and the ESI core hours`, edited, checked, model);
  checked.destroy();

  const budget = scenario.budgetGBP.value;
  const esiCoreLine = model.esiCoreHours.row - 1;
  const esiCore = scenario.lines[esiCoreLine]?.hours ?? 0;

  // The planner's timers are warmed up while no workbook of this size exists; their batches then
  // take turns with HyperFormula's so both see the same machine. The full evaluation starts from
  // nothing every time; the edit is what the store does: the same two edits as the workbook's,
  // each made with immer into a new scenario, then evaluated by one incremental evaluator.
  const evaluate = batchTimer(() => evaluatePlan(scenario), WARMUP_MS, EVALUATE_BATCH_MS);
  const evaluator = createPlanEvaluator();
  let current = scenario;
  let plannerEdits = 0;
  const editAndEvaluate = batchTimer(
    () => {
      const index = plannerEdits++;
      const flip = Math.floor(index / 2) % 2 === 0;
      current = produce(current, (draft) => {
        const esiCoreDraft = draft.lines[esiCoreLine];
        if (index % 2 === 0) draft.budgetGBP.value = flip ? budget * BUDGET_FACTOR : budget;
        else if (esiCoreDraft) esiCoreDraft.hours = flip ? esiCore + ESI_CORE_STEP : esiCore;
      });
      evaluator(current);
    },
    WARMUP_MS,
    EVALUATE_BATCH_MS,
  );

  while (builds.length < HF_COLD_BUILDS - 1) buildWorkbook(model, builds).destroy();
  const hf = buildWorkbook(model, builds);

  // One input edited per operation, taking turns between the budget (every line's cost and the
  // £/hour checks) and the ESI core hours (the group totals, the capacity and the ESI checks),
  // each flipping between its original and edited value so every edit is a real change. The
  // count is shared by both HyperFormula timers, which edit the same workbook.
  const budgetCell = addressIn(hf, model.budget);
  const esiCoreCell = addressIn(hf, model.esiCoreHours);
  let edits = 0;
  const edit = () => {
    const index = edits++;
    const flip = Math.floor(index / 2) % 2 === 0;
    if (index % 2 === 0) hf.setCellContents(budgetCell, flip ? budget * BUDGET_FACTOR : budget);
    else hf.setCellContents(esiCoreCell, flip ? esiCore + ESI_CORE_STEP : esiCore);
  };
  const hfUpdate = batchTimer(
    () => {
      edit();
      hf.getAllSheetsValues();
    },
    WARMUP_MS,
    HF_BATCH_MS,
  );
  const hfSetOnly = batchTimer(edit, WARMUP_MS, HF_BATCH_MS);
  interleave([evaluate, editAndEvaluate, hfUpdate, hfSetOnly], ROUNDS, BATCHES_PER_TURN);
  hf.destroy();

  return {
    label,
    areas: scenario.esi.areas.length,
    lines: scenario.lines.length,
    evaluateMs: evaluate.median(),
    editMs: editAndEvaluate.median(),
    hfUpdateMs: hfUpdate.median(),
    hfSetOnlyMs: hfSetOnly.median(),
    hfBuildMs: median(builds),
  };
}

const verdict = (pass: boolean) => (pass ? 'PASS' : 'FAIL');

function formatMs(ms: number): string {
  return ms < 1 ? ms.toFixed(4) : ms < 100 ? ms.toFixed(2) : ms.toFixed(0);
}

function printTable(results: SizeResult[]): void {
  const header = [
    'size',
    'Areas',
    'lines',
    'edit+evaluate ms',
    'HF update ms',
    'ratio HF/edit',
    `≥${TARGET_RATIO}×`,
    'full evaluatePlan ms',
    'ratio HF/full',
    'HF build+read ms',
    'HF set-only ms',
  ];
  const rows = results.map((r) => {
    const ratio = r.hfUpdateMs / r.editMs;
    return [
      r.label,
      String(r.areas),
      String(r.lines),
      formatMs(r.editMs),
      formatMs(r.hfUpdateMs),
      `${ratio.toFixed(1)}×`,
      verdict(ratio >= TARGET_RATIO),
      formatMs(r.evaluateMs),
      `${(r.hfUpdateMs / r.evaluateMs).toFixed(1)}×`,
      formatMs(r.hfBuildMs),
      formatMs(r.hfSetOnlyMs),
    ];
  });
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((text, column) => (column === 0 ? text.padEnd(widths[column] ?? 0) : text.padStart(widths[column] ?? 0)))
      .join('  ');
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) console.log(line(row));
}

function printTargets(results: SizeResult[]): void {
  const largest = results[results.length - 1];
  const targets = (title: string, evaluateMs: (r: SizeResult) => number) => {
    const ratios = results.map((r) => `${r.label} ${(r.hfUpdateMs / evaluateMs(r)).toFixed(1)}×`).join(', ');
    const ratioPass = results.every((r) => r.hfUpdateMs / evaluateMs(r) >= TARGET_RATIO);
    console.log(`\n${title}`);
    console.log(`  ${verdict(ratioPass)}  HF update ÷ planner ≥ ${TARGET_RATIO}× at every size (${ratios})`);
    if (largest) {
      const ms = evaluateMs(largest);
      console.log(
        `  ${verdict(ms <= TARGET_EVALUATE_MS_AT_100)}  planner ≤ ${TARGET_EVALUATE_MS_AT_100} ms at ${largest.label} (${formatMs(ms)} ms)`,
      );
    }
  };
  targets(
    "Targets: one edit, as the store makes it, then its evaluation (like for like with HyperFormula's update)",
    (r) => r.editMs,
  );
  targets('The same targets for a full evaluatePlan from nothing (for information)', (r) => r.evaluateMs);
}

/** Newest modification time of the files under a path (0 when it does not exist). */
function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), 0);
}

function reportBundle(): void {
  console.log('\nJavaScript for the first screen');
  const dist = join(root, 'dist');
  const sourcesChanged = Math.max(
    ...['src', 'index.html', 'vite.config.ts'].map((path) => newestMtime(join(root, path))),
  );
  if (!existsSync(dist) || newestMtime(dist) < sourcesChanged) {
    console.log('  dist/ is missing or older than the sources: running `npx --no-install vite build`…');
    const build = spawnSync('npx', ['--no-install', 'vite', 'build'], { cwd: root, encoding: 'utf8' });
    if (build.status !== 0) {
      const output = `${build.stdout ?? ''}${build.stderr ?? ''}`.trim().split('\n').slice(-8).join('\n    ');
      console.log(
        `  NOT MEASURED: vite build failed (${build.error?.message ?? `exit ${build.status ?? build.signal}`}); the app may not be in place yet.`,
      );
      console.log(`    ${output}`);
      return;
    }
  }
  const { firstScreen, lazy, firstVisitData } = firstScreenWeights(dist);
  const kB = (bytes: number) => (bytes / 1000).toFixed(1);
  console.log(
    `  ${verdict(firstScreen.gzipBytes <= TARGET_FIRST_SCREEN_KB * 1000)}  first screen (entry chunk and its static imports, ${firstScreen.files.length} file(s)): ${kB(firstScreen.gzipBytes)} kB gzip (${kB(firstScreen.rawBytes)} kB raw); target ≤ ${TARGET_FIRST_SCREEN_KB} kB gzip`,
  );
  console.log(
    `        loaded when opened or beside the first screen: ${lazy.files.length} file(s), ${kB(lazy.gzipBytes)} kB gzip`,
  );
  console.log(
    `        data fetched on a first visit only (the 2004/05 plan; a returning visitor's plan is in the browser): ${kB(firstVisitData.gzipBytes)} kB gzip, so a first visit fetches ${kB(firstScreen.gzipBytes + firstVisitData.gzipBytes)} kB gzip in all`,
  );
}

const base = loadFixture();
console.log(
  `Node ${process.version}, HyperFormula ${HyperFormula.version}; ms per operation: medians of ${ROUNDS * BATCHES_PER_TURN} per-batch means, in ${ROUNDS} interleaved rounds.`,
);
console.log('HF update = setCellContents of one input (budget / ESI core hours, alternating) + getAllSheetsValues.');
console.log(
  'edit+evaluate = the same edit made with immer into a new scenario, then createPlanEvaluator(), as in the store.',
);
console.log('full evaluatePlan = evaluatePlan from nothing, for information.');
console.log('HF set-only = setCellContents alone (its returned changes are the changed outputs); for information.\n');
const results = SIZES.map((k) => measureSize(base, k));
printTable(results);
printTargets(results);
reportBundle();
