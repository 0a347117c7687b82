import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  MAX_FILE_BYTES,
  migrations,
  parseScenarioFile,
  SCENARIO_FORMAT,
  SCENARIO_VERSION,
  serializeScenario,
} from '../../src/domain/scenarioFile';
import { FIXTURE_TEXT, loadFixture } from '../support/fixture';

const formatDoc = readFileSync(new URL('../../docs/scenario-format.md', import.meta.url), 'utf8');

const REMOVE = Symbol('remove');

/** The fixture file with each `[dotted.path, value]` edit applied (REMOVE deletes the field), as JSON text. */
function fixtureWith(...edits: [path: string, value: unknown][]): string {
  const document = JSON.parse(FIXTURE_TEXT) as Record<string, unknown>;
  for (const [path, value] of edits) {
    const keys = path.split('.');
    const last = keys.pop() as string;
    const parent = keys.reduce((node, key) => node[key] as Record<string, unknown>, document);
    if (value === REMOVE) delete parent[last];
    else parent[last] = value;
  }
  return JSON.stringify(document, null, 2);
}

function problemsOf(text: string): string[] {
  const result = parseScenarioFile(text);
  if (result.ok) throw new Error('expected the file to be refused, but it parsed');
  return result.problems;
}

describe('parseScenarioFile: good files', () => {
  it('reads the shipped 2004/05 plan exactly as written', () => {
    const result = parseScenarioFile(FIXTURE_TEXT);
    expect(result).toEqual({ ok: true, scenario: loadFixture(), migratedFrom: null });
  });

  it('reads back what serializeScenario writes', () => {
    const scenario = loadFixture();
    const text = serializeScenario(scenario);
    expect(JSON.parse(text)).toMatchObject({ format: SCENARIO_FORMAT, version: SCENARIO_VERSION });
    expect(text).toContain('\n  "scenario": {\n');
    expect(parseScenarioFile(text)).toEqual({ ok: true, scenario, migratedFrom: null });
  });

  it('accepts a byte-order mark before the JSON', () => {
    expect(parseScenarioFile(`\uFEFF${FIXTURE_TEXT}`).ok).toBe(true);
  });

  it('accepts the optional fields when present', () => {
    const result = parseScenarioFile(
      fixtureWith(
        [
          'scenario.esi.areas.0.coreHoursPerEsi',
          { value: 700, source: { kind: 'assumption', reasoning: 'a large Area' } },
        ],
        ['scenario.esi.schedule.0.month', '2004-10'],
      ),
    );
    expect(result.ok && result.scenario.esi.areas[0]?.coreHoursPerEsi?.value).toBe(700);
  });

  it('reads a figure carried from an earlier year’s plan with where it came from there', () => {
    const carried = { kind: 'carried', from: '2004/05', was: { kind: 'report', ref: '§1.30' } };
    const result = parseScenarioFile(fixtureWith(['scenario.budgetGBP.source', carried]));
    expect(result.ok && result.scenario.budgetGBP).toEqual({ value: 3_200_000, source: carried });
  });

  it('reads a version 4 file as version 5 without changing it', () => {
    const result = parseScenarioFile(fixtureWith(['version', 4]));
    expect(result).toEqual({ ok: true, scenario: loadFixture(), migratedFrom: 4 });
  });
});

describe('parseScenarioFile: bad files', () => {
  const sixMegabytes = fixtureWith(['scenario.name', 'x'.repeat(6 * 1024 * 1024)]);
  const deepList = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;

  it.each<[string, string, string[]]>([
    ['text that is not JSON', '{"format": ', ['The file is not JSON:']],
    ['empty text', '', ['The file is empty.']],
    ['whitespace only', ' \n\t', ['The file is empty.']],
    ['JSON null', 'null', ['The file does not hold a scenario', 'got null']],
    ['a JSON list', '[]', ['The file does not hold a scenario', 'got a list']],
    ['a JSON number', '42', ['The file does not hold a scenario', 'got 42']],
    [
      'a wrong format name',
      fixtureWith(['format', 'spreadsheet']),
      ['format: "spreadsheet" is not a format this planner reads'],
    ],
    ['no format', fixtureWith(['format', REMOVE]), ['format: missing']],
    [
      'a future version',
      fixtureWith(['version', SCENARIO_VERSION + 1]),
      [`version: the file was made by a newer version of the planner (file version ${SCENARIO_VERSION + 1}`],
    ],
    ['the version as text', fixtureWith(['version', '1']), ['version: must be a whole number, got "1"']],
    ['a fractional version', fixtureWith(['version', 1.5]), ['version: must be a whole number, got 1.5']],
    ['no version', fixtureWith(['version', REMOVE]), ['version: missing']],
    ['a version older than any', fixtureWith(['version', 0]), ['version: the planner cannot read version 0 files']],
    ['no scenario', fixtureWith(['scenario', REMOVE]), ['scenario: missing']],
    ['an unknown field beside the scenario', fixtureWith(['comment', 'hello']), ['comment: unknown field']],
    ['the scenario as null', fixtureWith(['scenario', null]), ['scenario: must be an object, got null']],
    ['no budgetGBP', fixtureWith(['scenario.budgetGBP', REMOVE]), ['scenario.budgetGBP: missing']],
    [
      'the budget as text',
      fixtureWith(['scenario.budgetGBP.value', '3200000']),
      ['scenario.budgetGBP.value: must be a number, got "3200000"'],
    ],
    [
      'the budget as a bare number',
      fixtureWith(['scenario.budgetGBP', 3200000]),
      ['scenario.budgetGBP: must be an object, got 3200000'],
    ],
    [
      'negative hours on a line',
      fixtureWith(['scenario.lines.2.hours', -5]),
      ['scenario.lines[2].hours: must be zero or more, got -5'],
    ],
    [
      'hours of 1e309 (infinity)',
      FIXTURE_TEXT.replace('"hours": 11250', '"hours": 1e309'),
      ['scenario.lines[0].hours: must be a finite number, got Infinity'],
    ],
    [
      'hours "NaN"',
      fixtureWith(['scenario.lines.0.hours', 'NaN']),
      ['scenario.lines[0].hours: must be a number, got "NaN"'],
    ],
    [
      'zero deployable hours',
      fixtureWith(['scenario.deployableHours.value', 0]),
      ['scenario.deployableHours.value: must be more than zero, got 0'],
    ],
    [
      'a negative ceiling',
      fixtureWith(['scenario.ceilingGBPPerHour.value', -96]),
      ['scenario.ceilingGBPPerHour.value: must be more than zero, got -96'],
    ],
    [
      'a score over 100',
      fixtureWith(['scenario.esi.areas.7.scores.overall', 182]),
      ['scenario.esi.areas[7].scores.overall: must be a percentage, 100 or less, got 182'],
    ],
    ['an empty line id', fixtureWith(['scenario.lines.0.id', '']), ['scenario.lines[0].id: must not be empty, got ""']],
    ['lines as an object', fixtureWith(['scenario.lines', {}]), ['scenario.lines: must be a list, got an object']],
    [
      'an unknown source kind',
      fixtureWith(['scenario.budgetGBP.source.kind', 'guess']),
      ['scenario.budgetGBP.source.kind: must be one of "report", "assumption", "carried", got "guess"'],
    ],
    [
      'a carried source whose origin is itself carried',
      fixtureWith([
        'scenario.budgetGBP.source',
        {
          kind: 'carried',
          from: '2005/06',
          was: { kind: 'carried', from: '2004/05', was: { kind: 'report', ref: '§1.30' } },
        },
      ]),
      ['scenario.budgetGBP.source.was.kind: must be one of "report", "assumption", got "carried"'],
    ],
    [
      'a carried source from a year that is no financial year',
      fixtureWith([
        'scenario.lines.0.source',
        { kind: 'carried', from: '2004', was: { kind: 'report', ref: '§5.14' } },
      ]),
      ['scenario.lines[0].source.from: must be a financial year written like "2004/05"', 'got "2004"'],
    ],
    [
      'a carried source without its origin',
      fixtureWith(['scenario.budgetGBP.source', { kind: 'carried', from: '2004/05' }]),
      ['scenario.budgetGBP.source.was: missing'],
    ],
    [
      'a source that is text',
      fixtureWith(['scenario.budgetGBP.source', '§1.30']),
      ['scenario.budgetGBP.source: must be an object, got "§1.30"'],
    ],
    [
      'a report source without its ref',
      fixtureWith(['scenario.budgetGBP.source.ref', REMOVE]),
      ['scenario.budgetGBP.source.ref: missing'],
    ],
    [
      'an assumption with a note instead of reasoning',
      fixtureWith(['scenario.budgetGBP.source', { kind: 'assumption', note: 'x' }]),
      ['scenario.budgetGBP.source.reasoning: missing', 'scenario.budgetGBP.source.note: unknown field'],
    ],
    [
      'an unknown extra key',
      fixtureWith(['scenario.lines.3.colour', 'red']),
      ['scenario.lines[3].colour: unknown field'],
    ],
    [
      'a bad month 2004-13',
      fixtureWith(['scenario.yot.phase2Start.month', '2004-13']),
      ['scenario.yot.phase2Start.month: must be a month written "yyyy-MM"', 'got "2004-13"'],
    ],
    [
      'a bad financial year 2004/06',
      fixtureWith(['scenario.planningYear', '2004/06']),
      ['scenario.planningYear: must be a financial year written like "2004/05"', 'got "2004/06"'],
    ],
    [
      'a bad line group',
      fixtureWith(['scenario.lines.1.group', 'esi']),
      ['scenario.lines[1].group: must be one of "yot", "esi-core"', 'got "esi"'],
    ],
    [
      'a bad joint pool',
      fixtureWith(['scenario.jointInspections.0.pool', 'prisons']),
      ['scenario.jointInspections[0].pool: must be one of "cjs", "non-cjs", got "prisons"'],
    ],
    [
      'a bad joint status',
      fixtureWith(['scenario.jointInspections.1.status', 'maybe']),
      ['scenario.jointInspections[1].status: must be one of "proposed", "committed", got "maybe"'],
    ],
    [
      'an unknown Area in the schedule',
      fixtureWith(['scenario.esi.schedule.3.areaId', 'atlantis']),
      ['scenario.esi.schedule[3].areaId: unknown Area "atlantis"'],
    ],
    [
      'an Area scheduled twice',
      fixtureWith(['scenario.esi.schedule.2.areaId', 'london']),
      ['scenario.esi.schedule[2].areaId: duplicated Area "london", already scheduled at scenario.esi.schedule[1]'],
    ],
    [
      'an Area of an unknown family',
      fixtureWith(['scenario.esi.areas.0.familyId', 'inner-city']),
      ['scenario.esi.areas[0].familyId: unknown family "inner-city"'],
    ],
    [
      'a schedule year outside the cycle',
      fixtureWith(['scenario.esi.schedule.0.year', '2009/10']),
      ["scenario.esi.schedule[0].year: 2009/10 is not one of the cycle's years"],
    ],
    [
      'a duplicate line id',
      fixtureWith(['scenario.lines.1.id', 'yot']),
      ['scenario.lines[1].id: duplicate line id "yot", also used by scenario.lines[0]'],
    ],
    [
      'a duplicate family id',
      fixtureWith(['scenario.esi.families.1.id', 'metropolitan']),
      ['scenario.esi.families[1].id: duplicate family id "metropolitan"'],
    ],
    [
      'a duplicate Area id',
      fixtureWith(['scenario.esi.areas.1.id', 'greater-manchester']),
      ['scenario.esi.areas[1].id: duplicate Area id "greater-manchester"'],
    ],
    [
      'a duplicate joint inspection id',
      fixtureWith(['scenario.jointInspections.1.id', 'resettlement']),
      ['scenario.jointInspections[1].id: duplicate joint inspection id "resettlement"'],
    ],
    [
      'a monthly profile of 11 weights',
      fixtureWith(['scenario.monthlyProfile.weights', [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]]),
      ['scenario.monthlyProfile.weights: must list 12 weights, April to March'],
    ],
    [
      'a monthly profile of zeros',
      fixtureWith(['scenario.monthlyProfile.weights', Array(12).fill(0)]),
      ['scenario.monthlyProfile.weights: must have at least one weight above zero'],
    ],
    [
      'a negative monthly weight',
      fixtureWith(['scenario.monthlyProfile.weights.7', -1]),
      ['scenario.monthlyProfile.weights[7]: must be zero or more, got -1'],
    ],
    [
      'a joint inspection ending before it starts',
      fixtureWith(['scenario.jointInspections.0.endMonth', '2004-01']),
      ['scenario.jointInspections[0].endMonth: 2004-01 is before its startMonth 2004-04'],
    ],
    [
      'a YOT move before the plan starts',
      fixtureWith(['scenario.yot.moves', [{ from: '2004-10', to: '2004-02', count: 1 }]]),
      ['scenario.yot.moves[0].to: 2004-02 is before the plan starts (2004-04, the start of 2004/05)'],
    ],
    [
      'a YOT move of half an inspection',
      fixtureWith(['scenario.yot.moves', [{ from: '2004-10', to: '2004-11', count: 0.5 }]]),
      ['scenario.yot.moves[0].count: must be a whole number, got 0.5'],
    ],
    [
      'a contingency draw with a bad date',
      fixtureWith(['scenario.contingencyDraws', [{ id: 'd', date: '2004-02-30', reason: 'inquiry', hours: 10 }]]),
      ['scenario.contingencyDraws[0].date: must be a day that exists in the calendar, got "2004-02-30"'],
    ],
    [
      'a contingency draw dated in words',
      fixtureWith(['scenario.contingencyDraws', [{ id: 'd', date: '5 July 2004', reason: 'inquiry', hours: 10 }]]),
      ['scenario.contingencyDraws[0].date: must be a date written "yyyy-MM-dd"'],
    ],
    [
      'a contingency draw without a reason',
      fixtureWith(['scenario.contingencyDraws', [{ id: 'd', date: '2004-06-01', reason: '', hours: 10 }]]),
      ['scenario.contingencyDraws[0].reason: must say what the hours are for'],
    ],
    [
      'a contingency draw for an unknown joint inspection',
      fixtureWith([
        'scenario.contingencyDraws',
        [{ id: 'd', date: '2004-06-01', reason: 'cover', hours: 10, jointInspectionId: 'nowhere' }],
      ]),
      ['scenario.contingencyDraws[0].jointInspectionId: unknown joint inspection "nowhere"'],
    ],
    [
      'a __proto__ key',
      FIXTURE_TEXT.replace('"hours": 11250', '"__proto__": { "polluted": true }, "hours": 11250'),
      ['scenario.lines[0].__proto__: the key "__proto__" is not allowed'],
    ],
    [
      'a constructor key',
      fixtureWith(['scenario.esi.constructor', { prototype: {} }]),
      [
        'scenario.esi.constructor: the key "constructor" is not allowed',
        'scenario.esi.constructor.prototype: the key "prototype" is not allowed',
      ],
    ],
    ['a 6 MB file', sixMegabytes, ['The file is 6.0 MB (', 'a scenario file may be at most 5 MB']],
    [
      'nesting 100,000 deep',
      fixtureWith(['scenario.name', 'DEEP']).replace('"DEEP"', deepList),
      ['The file is nested more than 64 levels deep, beneath scenario.name[0]'],
    ],
    ['a bare list nested 100,000 deep', deepList, ['The file is nested more than 64 levels deep']],
  ])('refuses %s, naming the problem', (_name, text, expected) => {
    const problems = problemsOf(text);
    for (const fragment of expected) expect(problems.join('\n')).toContain(fragment);
  });

  it('reports every problem it finds at once, each naming its field', () => {
    const problems = problemsOf(
      fixtureWith(
        ['scenario.lines.0.hours', -1],
        ['scenario.lines.4.label', 7],
        ['scenario.yot.teams', REMOVE],
        ['scenario.planningYear', '2004'],
      ),
    );
    expect(problems).toEqual([
      'scenario.planningYear: must be a financial year written like "2004/05", the second year following the first, got "2004"',
      'scenario.lines[0].hours: must be zero or more, got -1',
      'scenario.lines[4].label: must be text, got 7',
      'scenario.yot.teams: missing',
    ]);
  });

  it('lists at most 20 problems, then says how many more there are', () => {
    const lines = Array.from({ length: 30 }, (_, index) => ({
      id: `line-${index}`,
      label: 'x',
      group: 'other',
      hours: -1,
      source: { kind: 'report', ref: '§5.14' },
    }));
    const problems = problemsOf(fixtureWith(['scenario.lines', lines]));
    expect(problems).toHaveLength(21);
    expect(problems[19]).toBe('scenario.lines[19].hours: must be zero or more, got -1');
    expect(problems[20]).toBe('…and 10 more problems');
  });

  it('allows exactly 5 MB', () => {
    const padding = MAX_FILE_BYTES - new TextEncoder().encode(FIXTURE_TEXT).byteLength;
    expect(parseScenarioFile(FIXTURE_TEXT + ' '.repeat(padding)).ok).toBe(true);
    expect(problemsOf(FIXTURE_TEXT + ' '.repeat(padding + 1))[0]).toContain('a scenario file may be at most 5 MB');
  });

  it('measures the size in UTF-8 bytes, not characters', () => {
    const pounds = '£'.repeat(Math.ceil(MAX_FILE_BYTES / 2));
    expect(pounds.length).toBeLessThan(MAX_FILE_BYTES);
    expect(problemsOf(fixtureWith(['scenario.name', pounds]))[0]).toContain('a scenario file may be at most 5 MB');
  });

  describe('when JSON.parse itself runs out of stack', () => {
    afterEach(() => {
      vi.restoreAllMocks();
    });

    it('says the file is nested too deeply', () => {
      vi.spyOn(JSON, 'parse').mockImplementationOnce(() => {
        throw new RangeError('Maximum call stack size exceeded');
      });
      expect(problemsOf(FIXTURE_TEXT)).toEqual(['The file is nested too deeply to read as JSON.']);
    });
  });
});

describe('scenario file migrations', () => {
  it('ships one step for each version before the current one', () => {
    const froms = migrations.map((migration) => migration.from).sort((a, b) => a - b);
    expect(froms).toEqual(Array.from({ length: SCENARIO_VERSION - 1 }, (_, index) => index + 1));
  });
});

describe('docs/scenario-format.md', () => {
  it('has an example that parses', () => {
    const example = /```json\n([\s\S]*?)\n```/.exec(formatDoc)?.[1];
    expect(example).toBeDefined();
    const result = parseScenarioFile(example ?? '');
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('documents every field the shipped plan uses', () => {
    const keys = new Set<string>();
    const pending: unknown[] = [JSON.parse(FIXTURE_TEXT)];
    for (let value = pending.pop(); value !== undefined; value = pending.pop()) {
      if (value === null || typeof value !== 'object') continue;
      if (!Array.isArray(value)) for (const key of Object.keys(value)) keys.add(key);
      pending.push(...Object.values(value as Record<string, unknown>));
    }
    const undocumented = [...keys].filter((key) => !formatDoc.includes(`\`${key}\``));
    expect(undocumented).toEqual([]);
  });
});
