#!/usr/bin/env node
// `npm test`: runs Vitest (unit + component) and Playwright (e2e) side by side (the e2e run
// waits on the browser more than it computes), streams Playwright's output and prints
// Vitest's when it ends, and ends with exactly one summary line:
//   tests: N passed, N failed, N skipped
// Exit code is non-zero if any test failed, a runner failed, a report is
// missing/unreadable, or no test ran at all.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

const RESULTS_DIR = join(root, 'test-results');
const UNIT_REPORT = join(RESULTS_DIR, 'unit.json');
const E2E_REPORT = join(RESULTS_DIR, 'e2e.json');

/** @type {string[]} */
const problems = [];
const totals = { passed: 0, failed: 0, skipped: 0 };

/**
 * @param {string} label
 * @param {string[]} args
 * @param {boolean} held  output kept and printed in one piece when the run ends, so that two runs never interleave
 * @returns {Promise<number>} exit status (1 if the process could not be started or was killed)
 */
function run(label, args, held) {
  const header = `\n=== ${label}: npx ${args.join(' ')} ===\n`;
  if (!held) console.log(header);
  /** @type {Buffer[]} */
  const output = [];
  return new Promise((resolveStatus) => {
    const child = spawn('npx', args, {
      stdio: held ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      cwd: root,
      env: process.env,
    });
    if (held) {
      child.stdout?.on('data', (chunk) => output.push(chunk));
      child.stderr?.on('data', (chunk) => output.push(chunk));
    }
    child.once('error', (error) => {
      problems.push(`${label}: could not start (${error.message})`);
      resolveStatus(1);
    });
    child.once('close', (status, signal) => {
      if (held) process.stdout.write(`${header}\n${Buffer.concat(output).toString()}`);
      if (signal) problems.push(`${label}: killed by signal ${signal}`);
      resolveStatus(signal ? 1 : (status ?? 1));
    });
  });
}

/**
 * @param {string} label
 * @param {string} file
 * @returns {any | undefined}
 */
function readReport(label, file) {
  if (!existsSync(file)) {
    problems.push(`${label}: report ${file} is missing`);
    return undefined;
  }
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    problems.push(`${label}: report ${file} is unreadable (${err instanceof Error ? err.message : String(err)})`);
    return undefined;
  }
}

/** @param {unknown} v */
const num = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

// ---- clean stale reports -------------------------------------------------
rmSync(UNIT_REPORT, { force: true });
rmSync(E2E_REPORT, { force: true });
mkdirSync(RESULTS_DIR, { recursive: true });

// ---- Vitest and Playwright, side by side ----------------------------------------
const vitestRun = run(
  'vitest',
  ['--no-install', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${UNIT_REPORT}`],
  true,
);
const playwrightRun = run('playwright', ['--no-install', 'playwright', 'test'], false);
const [vitestStatus, playwrightStatus] = await Promise.all([vitestRun, playwrightRun]);

const unit = readReport('vitest', UNIT_REPORT);
if (unit !== undefined) {
  if (typeof unit !== 'object' || unit === null || typeof unit.numTotalTests !== 'number') {
    problems.push(`vitest: report ${UNIT_REPORT} has an unexpected shape`);
  } else {
    totals.passed += num(unit.numPassedTests);
    totals.failed += num(unit.numFailedTests);
    totals.skipped += num(unit.numPendingTests) + num(unit.numTodoTests);
    if (num(unit.numFailedTestSuites) > 0) {
      problems.push(`vitest: ${num(unit.numFailedTestSuites)} test file(s) failed (see output above)`);
    }
  }
}
if (vitestStatus !== 0) problems.push(`vitest exited with code ${vitestStatus}`);

const e2e = readReport('playwright', E2E_REPORT);
if (e2e !== undefined) {
  if (typeof e2e !== 'object' || e2e === null || !Array.isArray(e2e.suites)) {
    problems.push(`playwright: report ${E2E_REPORT} has an unexpected shape`);
  } else {
    /** @param {any[]} suites */
    const walk = (suites) => {
      for (const suite of suites ?? []) {
        for (const spec of suite.specs ?? []) {
          for (const test of spec.tests ?? []) {
            switch (test.status) {
              case 'expected':
                totals.passed += 1;
                break;
              case 'skipped':
                totals.skipped += 1;
                break;
              case 'unexpected':
              case 'flaky':
              default:
                totals.failed += 1;
                break;
            }
          }
        }
        walk(suite.suites);
      }
    };
    walk(e2e.suites);
    const globalErrors = Array.isArray(e2e.errors) ? e2e.errors.length : 0;
    if (globalErrors > 0) problems.push(`playwright: ${globalErrors} global error(s) (see output above)`);
  }
}
if (playwrightStatus !== 0) problems.push(`playwright exited with code ${playwrightStatus}`);

// ---- summary ---------------------------------------------------------------
const ran = totals.passed + totals.failed;
if (ran === 0) problems.push('no test ran');

console.log('');
for (const p of problems) console.log(`run-tests: ${p}`);
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);

process.exitCode = problems.length > 0 || totals.failed > 0 ? 1 : 0;
