import { describe, expect, it } from 'vitest';
import { EXIT_PLAN_HAS_ERRORS, EXIT_PLAN_OK, EXIT_UNUSABLE, runPlanCommand, USAGE } from '../../src/cli/planCommand';
import { evaluatePlan } from '../../src/domain/evaluatePlan';
import type { PlanReport } from '../../src/domain/types';
import { FIXTURE_TEXT, loadFixture } from '../support/fixture';
import { correctedPlanText } from './plans';

const files: Record<string, string> = {
  'plan.json': FIXTURE_TEXT,
  'good.json': correctedPlanText(),
  'bad.json': FIXTURE_TEXT.replace('"hours": 11250', '"hours": -11250').replace(
    '"planningYear": "2004/05"',
    '"planningYear": "2004"',
  ),
};

/** Runs the command against the in-memory files above, capturing what it writes. */
function run(...args: string[]): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const code = runPlanCommand(args, {
    readFile: (path) => {
      const text = files[path];
      if (text === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return text;
    },
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr };
}

describe('plan check FILE', () => {
  const { code, stdout, stderr } = run('check', 'plan.json');

  it('exits 1 for the 2004/05 plan, whose ESI year is over capacity, and writes nothing to stderr', () => {
    expect(code).toBe(EXIT_PLAN_HAS_ERRORS);
    expect(stderr).toBe('');
  });

  it('names the scenario and its year', () => {
    expect(stdout.startsWith('2004/05 plan (Annual Report 2003/2004)\nPlanning year 2004/05\n')).toBe(true);
  });

  it('prints the hours table with UK-formatted hours, shares and costs', () => {
    expect(stdout).toMatch(/ {2}Line +Hours +Share +Cost\n/);
    expect(stdout).toMatch(/ {2}YOT inspections +11,250 +32\.1% +£1,028,571\n/);
    expect(stdout).toMatch(/ {2}Investigations and other contingencies +2,000 +5\.7% +£182,857\n/);
    expect(stdout).toMatch(/ {2}Allocated +35,000 +100\.0% +£3,200,000\n/);
    expect(stdout).toMatch(/ {2}Deployable +35,000\n/);
    expect(stdout).toMatch(/ {2}Unallocated +0 +0\.0%\n/);
  });

  it('aligns the table columns', () => {
    const [header = '', ...rows] = stdout
      .slice(stdout.indexOf('  Line'), stdout.indexOf('  Deployable'))
      .trimEnd()
      .split('\n');
    expect(rows).toHaveLength(12);
    const hoursEnd = header.indexOf('Hours') + 'Hours'.length;
    for (const row of rows) {
      expect(row).toHaveLength(header.length);
      expect(row.slice(hoursEnd - 1, hoursEnd + 1)).toMatch(/^\d $/);
    }
  });

  it('prints the budget and the cost of an hour against the ceiling', () => {
    expect(stdout).toContain('Budget         £3,200,000\n');
    expect(stdout).toContain('Cost per hour  £91.43 (ceiling £96.00)\n');
  });

  it('prints each ESI year: Areas scheduled, capacity, hours needed and core hours', () => {
    expect(stdout).toMatch(/ {2}Year +Areas scheduled +Capacity +Hours needed +Core hours\n/);
    expect(stdout).toMatch(/ {2}2003\/04 +14 +15 +8,167 +8,750\n/);
    expect(stdout).toMatch(/ {2}2004\/05 +16 +15 +9,333 +8,750\n/);
    expect(stdout).toMatch(/ {2}2005\/06 +12 +15 +7,000 +8,750\n/);
  });

  it('prints the YOT inspections per financial year and the completion month', () => {
    expect(stdout).toMatch(/ {2}2004\/05 +28 +10,500\n/);
    expect(stdout).toMatch(/ {2}2008\/09 +21 +7,875\n/);
    expect(stdout).toContain('Every team inspected by December 2008.');
  });

  it('prints the joint lines, contingency and the programmes year by year', () => {
    expect(stdout).toMatch(/ {2}CJS joint +4,000 +0 +0 +2,500 +4,000\n/);
    expect(stdout).toContain('  Contingency: 2,000 hours, 0 drawn, 2,000 left.\n');
    expect(stdout).toMatch(/ {2}2004\/05 +16 +11,733 +10,500 +1,800 +0 +2,500\n/);
    expect(stdout).toMatch(/ {2}2008\/09 +- +0 +7,875 +60 +0 +0\n/);
  });

  it('prints the findings grouped by severity, errors first', () => {
    expect(stdout).toContain('Findings: 1 error, 3 warnings, 2 info\n');
    const errors = stdout.indexOf('\nErrors\n');
    const warnings = stdout.indexOf('\nWarnings\n');
    const information = stdout.indexOf('\nInformation\n');
    expect(errors).toBeGreaterThan(0);
    expect(warnings).toBeGreaterThan(errors);
    expect(information).toBeGreaterThan(warnings);
    const errorSection = stdout.slice(errors, warnings);
    expect(errorSection).toContain('2004/05 has 16 Areas scheduled for ESI but its 8,750 core hours fund 15');
    expect(errorSection).toContain('[ESI_YEAR_OVER_CAPACITY]');
    expect(stdout.slice(warnings, information)).toContain('[YOT_COMPLETION_LATE]');
  });
});

describe('plan check FILE --json', () => {
  it('prints the plan report as JSON, exactly as evaluatePlan makes it', () => {
    const { code, stdout, stderr } = run('check', 'plan.json', '--json');
    expect(code).toBe(EXIT_PLAN_HAS_ERRORS);
    expect(stderr).toBe('');
    const report = JSON.parse(stdout) as PlanReport;
    expect(report.hours.deployable).toBe(35000);
    expect(report.hours.allocated).toBe(35000);
    expect(report.costPerHourGBP).toBeCloseTo(91.428571, 6);
    expect(report.esi.years.find((year) => year.year === '2004/05')).toMatchObject({ scheduled: 16, capacity: 15 });
    expect(report.yot.completionMonth).toMatch(/^\d{4}-\d{2}$/);
    expect(report.findings).toContainEqual(
      expect.objectContaining({ code: 'ESI_YEAR_OVER_CAPACITY', severity: 'error' }),
    );
    expect(stdout).toBe(`${JSON.stringify(evaluatePlan(loadFixture()), null, 2)}\n`);
  });

  it('takes the flag before the command too', () => {
    expect(run('--json', 'check', 'plan.json').stdout).toBe(run('check', 'plan.json', '--json').stdout);
  });
});

describe('plan check: exit status', () => {
  it('exits 0 for a plan whose findings are warnings at most', () => {
    const { code, stdout, stderr } = run('check', 'good.json');
    expect(code).toBe(EXIT_PLAN_OK);
    expect(stderr).toBe('');
    expect(stdout).not.toContain('\nErrors\n');
    expect(stdout).toContain('[ESI_FAMILY_SPLIT]');
  });

  it('exits 2 for an invalid file: every reason on stderr prefixed by the file name, nothing on stdout', () => {
    const { code, stdout, stderr } = run('check', 'bad.json');
    expect(code).toBe(EXIT_UNUSABLE);
    expect(stdout).toBe('');
    expect(stderr.split('\n')).toEqual([
      'bad.json: scenario.planningYear: must be a financial year written like "2004/05", the second year following the first, got "2004"',
      'bad.json: scenario.lines[0].hours: must be zero or more, got -11250',
      '',
    ]);
  });

  it('exits 2 for a file that cannot be read', () => {
    const { code, stdout, stderr } = run('check', 'missing.json');
    expect(code).toBe(EXIT_UNUSABLE);
    expect(stdout).toBe('');
    expect(stderr).toBe("missing.json: cannot read the file: ENOENT: no such file or directory, open 'missing.json'\n");
  });
});

describe('plan: usage', () => {
  it.each<[string, string[], string]>([
    ['no command', [], 'plan: no command given'],
    ['an unknown command', ['print', 'plan.json'], 'plan: unknown command "print"'],
    ['no file', ['check'], 'plan: check needs the scenario file to read'],
    ['an unknown flag', ['check', 'plan.json', '--verbose'], 'plan: unknown option "--verbose"'],
    ['a second file', ['check', 'plan.json', 'good.json'], 'plan: unexpected argument "good.json"'],
  ])('exits 2 with the usage on stderr for %s', (_name, args, message) => {
    const { code, stdout, stderr } = run(...args);
    expect(code).toBe(EXIT_UNUSABLE);
    expect(stdout).toBe('');
    expect(stderr).toBe(`${message}\n\n${USAGE}`);
  });

  it.each<string[]>([['--help'], ['-h'], ['check', 'plan.json', '--help']])(
    'prints the usage to stdout for %s and exits 0',
    (...args) => {
      const { code, stdout, stderr } = run(...args);
      expect(code).toBe(EXIT_PLAN_OK);
      expect(stdout).toBe(USAGE);
      expect(stderr).toBe('');
    },
  );
});
