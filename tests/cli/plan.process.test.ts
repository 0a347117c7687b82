/** The command line as a user runs it: a real process, real files, real exit status. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { PlanReport } from '../../src/domain/types';
import { FIXTURE_PATH } from '../support/fixture';
import { correctedPlanText } from './plans';

const root = fileURLToPath(new URL('../..', import.meta.url));
const workDir = mkdtempSync(join(tmpdir(), 'plan-cli-'));
const goodFile = join(workDir, 'good.json');
const badFile = join(workDir, 'bad.json');
writeFileSync(goodFile, correctedPlanText());
writeFileSync(badFile, '{ "format": "inspection-hours-planner/scenario", "version": 1 }');

afterAll(() => {
  rmSync(workDir, { recursive: true, force: true });
});

/** Starting tsx takes a second or so; allow for a slow machine. */
const PROCESS_TIMEOUT_MS = 30_000;

function plan(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(join(root, 'node_modules/.bin/tsx'), ['src/cli/plan.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: PROCESS_TIMEOUT_MS,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run plan -- check (real process)', { timeout: PROCESS_TIMEOUT_MS * 2 }, () => {
  it('exits 1 for the shipped plan, which has an ESI year over capacity', () => {
    const { status, stdout, stderr } = plan('check', FIXTURE_PATH);
    expect(stderr).toBe('');
    expect(status).toBe(1);
    expect(stdout).toContain('2004/05 plan (Annual Report 2003/2004)');
    expect(stdout).toContain('Cost per hour  £91.43 (ceiling £96.00)');
    expect(stdout).toContain('[ESI_YEAR_OVER_CAPACITY]');
  });

  it('prints the report as JSON with --json', () => {
    const { status, stdout } = plan('check', FIXTURE_PATH, '--json');
    expect(status).toBe(1);
    const report = JSON.parse(stdout) as PlanReport;
    expect(report.hours).toMatchObject({ deployable: 35000, allocated: 35000 });
    expect(report.costPerHourGBP).toBeCloseTo(91.428571, 6);
    expect(report.esi.years.find((year) => year.year === '2004/05')).toMatchObject({ scheduled: 16, capacity: 15 });
    expect(report.yot.completionMonth).toMatch(/^\d{4}-\d{2}$/);
    expect(report.findings).toContainEqual(
      expect.objectContaining({ code: 'ESI_YEAR_OVER_CAPACITY', severity: 'error' }),
    );
  });

  it('exits 0 for a corrected plan, warnings and all', () => {
    const { status, stdout, stderr } = plan('check', goodFile);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toContain('[ESI_FAMILY_SPLIT]');
  });

  it('exits 2 for an invalid file, with the reason on stderr and nothing on stdout', () => {
    const { status, stdout, stderr } = plan('check', badFile);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`${badFile}: scenario: missing\n`);
  });
});
