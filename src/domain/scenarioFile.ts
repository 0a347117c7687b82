/**
 * The one way a scenario from outside the planner (a file import, the command line) becomes a
 * `Scenario`: size and shape checks that keep hostile input harmless, the file's format and
 * version, upgrades from older versions, one schema for every field, then the checks that span
 * fields. Every problem names the field it is about, so the person fixing the file can find it.
 */
import * as v from 'valibot';
import { firstMonthOf, isCalendarDate, isFinancialYear, isYearMonth, lastMonthOf, monthsBetween } from './months';
import { JOINT_POOLS } from './jointInspections';
import { runMigrations, type Migration, type MigrationWording } from './migrations';
import type { JointInspection, LineGroup, Scenario } from './types';
import { errorMessage, isPlainObject } from './unknownValues';

export const SCENARIO_FORMAT = 'inspection-hours-planner/scenario';
export const SCENARIO_VERSION = 5;

const MEGABYTE = 1024 * 1024;
/** The whole 2004/05 plan is about 30 KB; 5 MB leaves room for very large plans while refusing pathological ones. */
export const MAX_FILE_BYTES = 5 * MEGABYTE;
/** A scenario's deepest field is seven objects and lists down; anything near 64 is not a scenario. */
const MAX_NESTING_DEPTH = 64;
/** Past this many problems the file is wrong in some wholesale way, and a longer list does not help. */
const MAX_PROBLEMS = 20;

export type ParseResult =
  { ok: true; scenario: Scenario; migratedFrom: number | null } | { ok: false; problems: string[] };

/** Version 2's default for `esi.maxPerMonth`: the report never states a limit, so the figure is an assumption. */
export const DEFAULT_MAX_ESIS_PER_MONTH = {
  value: 3,
  source: {
    kind: 'assumption',
    reasoning:
      'The report gives no limit. Three ESIs started together in June 2003 (Derbyshire, Nottinghamshire, Leicestershire & Rutland, §2.2), so three is taken as the most the inspectorate runs in one month.',
  },
} as const;

/** Version 3's default monthly profile: the report gives none, so each month takes an equal twelfth. */
const EVEN_MONTHLY_PROFILE = {
  weights: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
  source: {
    kind: 'assumption',
    reasoning:
      'The report gives no monthly profile of the deployable hours, so each month takes an equal twelfth; lighten the holiday months to suit.',
  },
} as const;

/** Version 3's Supporting People figures a version 2 file lacks, as §4.28 gives them. */
const SUPPORTING_PEOPLE_CYCLE = {
  cycleStart: {
    month: '2003-09',
    source: { kind: 'report', ref: '§4.28', note: 'Inspections commenced in September 2003' },
  },
  doneBefore: {
    value: 29,
    source: { kind: 'report', ref: '§4.28', note: '29 Supporting People inspections by the close of March 2004' },
  },
} as const;

/** The upgrade steps of the `scenario` object, one per version after the first. */
export const migrations: readonly Migration[] = [
  {
    from: 1,
    name: 'add the ESI month limit',
    // Version 2 adds esi.maxPerMonth (required) and an optional coreHoursPerEsi on each family;
    // a version 1 file has neither, so it gets the stated default and no family overrides.
    up: (scenario) => {
      if (!isPlainObject(scenario) || !isPlainObject(scenario.esi)) return scenario;
      if ('maxPerMonth' in scenario.esi) return scenario;
      return { ...scenario, esi: { ...scenario.esi, maxPerMonth: structuredClone(DEFAULT_MAX_ESIS_PER_MONTH) } };
    },
  },
  {
    from: 2,
    name: 'add YOT moves, joint inspection months, contingency draws, the monthly profile and the Supporting People cycle',
    // Version 2 had none of these. Its joint inspections had no months, so each gets the whole
    // planning year; its plans had no manual YOT moves and no draws on contingency.
    up: (scenario) => {
      if (
        !isPlainObject(scenario) ||
        !isPlainObject(scenario.yot) ||
        !isPlainObject(scenario.supportingPeople) ||
        !Array.isArray(scenario.jointInspections)
      )
        return scenario;
      const planningYear =
        typeof scenario.planningYear === 'string' && isFinancialYear(scenario.planningYear)
          ? scenario.planningYear
          : null;
      const yearMonths =
        planningYear === null ? {} : { startMonth: firstMonthOf(planningYear), endMonth: lastMonthOf(planningYear) };
      return {
        ...scenario,
        yot: { ...scenario.yot, moves: [] },
        supportingPeople: { ...structuredClone(SUPPORTING_PEOPLE_CYCLE), ...scenario.supportingPeople },
        jointInspections: scenario.jointInspections.map((inspection: unknown) =>
          isPlainObject(inspection) ? { ...yearMonths, ...inspection } : inspection,
        ),
        contingencyDraws: [],
        monthlyProfile: structuredClone(EVEN_MONTHLY_PROFILE),
      };
    },
  },
  {
    from: 3,
    name: 'allow an agreed plan’s frozen copy',
    // Version 4 adds only the optional `agreed` mark, which no version 3 scenario has.
    up: (scenario) => scenario,
  },
  {
    from: 4,
    name: 'allow a figure carried from an earlier year’s plan',
    // Version 5 adds only the `carried` kind of source, which no version 4 scenario has.
    up: (scenario) => scenario,
  },
];

/** How upgrade problems name a scenario file. */
export const SCENARIO_FILE_WORDING: MigrationWording = {
  subject: 'the file',
  ofVersion: (version) => `version ${version} files`,
};

/** Reads a scenario file's text; never throws, and on failure lists every problem found. */
export function parseScenarioFile(text: string): ParseResult {
  const bytes = new TextEncoder().encode(text).byteLength;
  if (bytes > MAX_FILE_BYTES) {
    return fail([
      `The file is ${describeSize(bytes)}; a scenario file may be at most ${MAX_FILE_BYTES / MEGABYTE} MB.`,
    ]);
  }
  // Editors on Windows often save a byte-order mark, which JSON.parse refuses.
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return fail(['The file is empty.']);

  let document: unknown;
  try {
    document = JSON.parse(body);
  } catch (error) {
    return fail([
      error instanceof RangeError
        ? 'The file is nested too deeply to read as JSON.'
        : `The file is not JSON: ${errorMessage(error)}`,
    ]);
  }

  const unsafe = unsafeStructure(document);
  if (unsafe.length > 0) return fail(unsafe);

  const envelope = readEnvelope(document);
  if (!envelope.ok) return fail(envelope.problems);

  const migrated = runMigrations(
    envelope.scenario,
    envelope.version,
    SCENARIO_VERSION,
    migrations,
    SCENARIO_FILE_WORDING,
  );
  if (!migrated.ok) return fail([migrated.problem]);

  const result = v.safeParse(scenarioSchema, migrated.document);
  if (!result.success) return fail(result.issues.map(describeIssue));
  const scenario: Exactly<v.InferOutput<typeof scenarioSchema>, Scenario> = result.output;

  const problems = crossFieldProblems(scenario);
  if (problems.length > 0) return fail(problems);
  return { ok: true, scenario, migratedFrom: envelope.version === SCENARIO_VERSION ? null : envelope.version };
}

/** The scenario as a file of the current version: pretty JSON that `parseScenarioFile` reads back. */
export function serializeScenario(scenario: Scenario): string {
  return `${JSON.stringify({ format: SCENARIO_FORMAT, version: SCENARIO_VERSION, scenario }, null, 2)}\n`;
}

function fail(problems: string[]): ParseResult {
  if (problems.length <= MAX_PROBLEMS) return { ok: false, problems };
  return {
    ok: false,
    problems: [...problems.slice(0, MAX_PROBLEMS), `…and ${problems.length - MAX_PROBLEMS} more problems`],
  };
}

/** Keys that reach object prototypes if the data is ever merged or spread into another object. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Forbidden keys anywhere, and nesting no scenario has. Walks with an explicit stack rather than
 * recursion, so that a 100,000-deep file cannot overflow the call stack.
 */
function unsafeStructure(root: unknown): string[] {
  const problems: string[] = [];
  let tooDeep = false;
  const pending: { value: unknown; path: PathKey[] }[] = [{ value: root, path: [] }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { value, path } = next;
    if (value === null || typeof value !== 'object') continue;
    if (path.length >= MAX_NESTING_DEPTH) {
      // One report is enough: every deeper branch would say the same.
      if (!tooDeep) {
        problems.push(
          `The file is nested more than ${MAX_NESTING_DEPTH} levels deep, beneath ${formatPath(path.slice(0, 3))}; no scenario is nested that deep.`,
        );
        tooDeep = true;
      }
      continue;
    }
    const children: [PathKey, unknown][] = Array.isArray(value)
      ? value.map((child, index) => [index, child])
      : Object.entries(value);
    for (const [key] of children) {
      if (typeof key === 'string' && FORBIDDEN_KEYS.has(key))
        problems.push(`${formatPath([...path, key])}: the key "${key}" is not allowed in a scenario file`);
    }
    // Reversed so that the stack visits children, and so reports problems, in file order.
    for (const [key, child] of children.reverse()) pending.push({ value: child, path: [...path, key] });
  }
  return problems;
}

type Envelope = { ok: true; version: number; scenario: unknown } | { ok: false; problems: string[] };

const ENVELOPE_KEYS = ['format', 'version', 'scenario'];

/** The wrapper around the scenario: which format, which version, and the scenario object itself. */
function readEnvelope(document: unknown): Envelope {
  if (!isPlainObject(document)) {
    return {
      ok: false,
      problems: [
        `The file does not hold a scenario: expected an object with "format", "version" and "scenario", got ${describeValue(document)}.`,
      ],
    };
  }
  if (!('format' in document)) {
    return { ok: false, problems: [`format: missing; a scenario file has "format": "${SCENARIO_FORMAT}"`] };
  }
  if (document.format !== SCENARIO_FORMAT) {
    return {
      ok: false,
      problems: [
        `format: ${describeValue(document.format)} is not a format this planner reads; expected "${SCENARIO_FORMAT}"`,
      ],
    };
  }

  const problems: string[] = [];
  for (const key of Object.keys(document)) {
    if (!ENVELOPE_KEYS.includes(key))
      problems.push(`${formatPath([key])}: unknown field; a scenario file holds only ${ENVELOPE_KEYS.join(', ')}`);
  }
  const { version } = document;
  if (version === undefined) problems.push('version: missing');
  else if (typeof version !== 'number' || !Number.isInteger(version))
    problems.push(`version: must be a whole number, got ${describeValue(version)}`);
  else if (version > SCENARIO_VERSION) {
    problems.push(
      `version: the file was made by a newer version of the planner (file version ${version}; this planner reads up to version ${SCENARIO_VERSION}). Update the planner to open it.`,
    );
  }
  if (!('scenario' in document)) problems.push('scenario: missing');

  if (problems.length > 0 || typeof version !== 'number') return { ok: false, problems };
  return { ok: true, version, scenario: document.scenario };
}

/** A when A and B are assignable to each other, otherwise `never`, so that assigning to it fails to compile. */
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? A : never) : never;

const LINE_GROUPS = [
  'yot',
  'esi-core',
  'esi-thematic',
  'thematic',
  'joint-cjs',
  'joint-non-cjs',
  'supporting-people',
  'other',
  'contingency',
] as const satisfies readonly LineGroup[];
const JOINT_STATUSES = ['proposed', 'committed'] as const satisfies readonly JointInspection['status'][];

const oneOf = (options: readonly string[]) => `must be one of ${options.map((option) => `"${option}"`).join(', ')}`;

const OBJECT_RULE = 'must be an object';
const object = <const TEntries extends v.ObjectEntries>(entries: TEntries) => v.strictObject(entries, OBJECT_RULE);
const list = <const TItem extends v.GenericSchema>(item: TItem) => v.array(item, 'must be a list');

const text = v.string('must be text');
const id = v.pipe(text, v.nonEmpty('must not be empty'));
const finiteNumber = v.pipe(v.number('must be a number'), v.finite('must be a finite number'));
const zeroOrMore = v.pipe(finiteNumber, v.minValue(0, 'must be zero or more'));
const aboveZero = v.pipe(finiteNumber, v.gtValue(0, 'must be more than zero'));
const percentage = v.pipe(zeroOrMore, v.maxValue(100, 'must be a percentage, 100 or less'));
const wholeAboveZero = v.pipe(finiteNumber, v.integer('must be a whole number'), v.minValue(1, 'must be 1 or more'));

const FINANCIAL_YEAR_RULE = 'must be a financial year written like "2004/05", the second year following the first';
const financialYear = v.pipe(v.string(FINANCIAL_YEAR_RULE), v.guard(isFinancialYear, FINANCIAL_YEAR_RULE));
const MONTH_RULE = 'must be a month written "yyyy-MM", like "2004-09"';
const yearMonth = v.pipe(v.string(MONTH_RULE), v.guard(isYearMonth, MONTH_RULE));

const reportSource = object({ kind: v.literal('report'), ref: text, note: v.optional(text) });
const assumptionSource = object({ kind: v.literal('assumption'), reasoning: text });
// A variant reports a bad `kind` with the path of `kind` itself, and a non-object with no path.
const kindRule = (kinds: readonly string[]) => (issue: v.BaseIssue<unknown>) =>
  issue.path ? oneOf(kinds) : OBJECT_RULE;
// A carried figure keeps its first origin, so what it `was` is never itself carried.
const originSource = v.variant('kind', [reportSource, assumptionSource], kindRule(['report', 'assumption']));
const source = v.variant(
  'kind',
  [reportSource, assumptionSource, object({ kind: v.literal('carried'), from: financialYear, was: originSource })],
  kindRule(['report', 'assumption', 'carried']),
);

const figure = (value: typeof zeroOrMore | typeof aboveZero) => object({ value, source });
const DATE_RULE = 'must be a date written "yyyy-MM-dd", like "2004-06-14"';
const isoDate = v.pipe(
  v.string(DATE_RULE),
  v.isoDate(DATE_RULE),
  v.check(isCalendarDate, 'must be a day that exists in the calendar'),
);
const datedMonth = object({ month: yearMonth, source });

const scenarioSchema = object({
  name: text,
  planningYear: financialYear,
  budgetGBP: figure(zeroOrMore),
  deployableHours: figure(aboveZero),
  ceilingGBPPerHour: figure(aboveZero),
  lines: list(
    object({ id, label: text, group: v.picklist(LINE_GROUPS, oneOf(LINE_GROUPS)), hours: zeroOrMore, source }),
  ),
  esi: object({
    years: list(financialYear),
    coreHoursPerEsi: figure(aboveZero),
    thematicHoursPerEsi: figure(zeroOrMore),
    maxPerMonth: object({ value: wholeAboveZero, source }),
    families: list(object({ id, name: text, source, coreHoursPerEsi: v.optional(figure(aboveZero)) })),
    areas: list(
      object({
        id,
        name: text,
        familyId: id,
        scores: v.optional(
          object({ assessment: percentage, interventions: percentage, outcomes: percentage, overall: percentage }),
        ),
        coreHoursPerEsi: v.optional(figure(aboveZero)),
      }),
    ),
    schedule: list(
      object({
        areaId: id,
        year: financialYear,
        month: v.optional(yearMonth),
        inspected: v.optional(object({ year: financialYear, month: v.optional(yearMonth), source })),
        source,
      }),
    ),
  }),
  yot: object({
    teams: figure(zeroOrMore),
    doneBefore: figure(zeroOrMore),
    beforePhase2: figure(zeroOrMore),
    phase2Start: datedMonth,
    ratePer12Months: figure(zeroOrMore),
    hoursPerInspection: figure(zeroOrMore),
    programmeStart: datedMonth,
    moves: list(object({ from: yearMonth, to: yearMonth, count: wholeAboveZero })),
  }),
  supportingPeople: object({
    authorities: figure(zeroOrMore),
    cycleStart: datedMonth,
    cycleYears: figure(zeroOrMore),
    doneBefore: figure(zeroOrMore),
    inspectionsPerYear: figure(zeroOrMore),
    hoursPerInspection: figure(zeroOrMore),
  }),
  jointInspections: list(
    object({
      id,
      name: text,
      pool: v.picklist(JOINT_POOLS, oneOf(JOINT_POOLS)),
      partners: list(text),
      hours: zeroOrMore,
      status: v.picklist(JOINT_STATUSES, oneOf(JOINT_STATUSES)),
      startMonth: yearMonth,
      endMonth: yearMonth,
      source,
    }),
  ),
  contingencyDraws: list(
    object({
      id,
      date: isoDate,
      reason: v.pipe(text, v.nonEmpty('must say what the hours are for')),
      hours: zeroOrMore,
      jointInspectionId: v.optional(id),
    }),
  ),
  monthlyProfile: object({
    weights: v.pipe(
      list(zeroOrMore),
      v.length(12, 'must list 12 weights, April to March'),
      v.check((weights) => weights.some((weight) => weight > 0), 'must have at least one weight above zero'),
    ),
    source,
  }),
  agreed: v.optional(object({ fromScenarioId: id, on: isoDate })),
});

function describeIssue(issue: v.BaseIssue<unknown>): string {
  const issuePath = issue.path ?? [];
  const path = formatPath([
    'scenario',
    ...issuePath.map((item) => (typeof item.key === 'number' ? item.key : String(item.key))),
  ]);
  // A strict object reports a missing field and an unknown one as issues about the key itself.
  if (issue.type === 'strict_object' && issuePath.at(-1)?.origin === 'key') {
    return issue.expected === 'never'
      ? `${path}: unknown field; the scenario format has no such field`
      : `${path}: missing`;
  }
  return `${path}: ${issue.message}, got ${describeValue(issue.input)}`;
}

/** Problems no single field shows: identities that must be unique, and references that must resolve. */
function crossFieldProblems(scenario: Scenario): string[] {
  const { esi } = scenario;
  const problems = [
    ...duplicateIds(scenario.lines, 'scenario.lines', 'line id'),
    ...duplicateIds(esi.families, 'scenario.esi.families', 'family id'),
    ...duplicateIds(esi.areas, 'scenario.esi.areas', 'Area id'),
    ...duplicateIds(scenario.jointInspections, 'scenario.jointInspections', 'joint inspection id'),
    ...duplicateIds(scenario.contingencyDraws, 'scenario.contingencyDraws', 'contingency draw id'),
  ];

  const planStart = firstMonthOf(scenario.planningYear);
  scenario.yot.moves.forEach((move, index) => {
    for (const end of ['from', 'to'] as const) {
      if (monthsBetween(planStart, move[end]) < 0)
        problems.push(
          `scenario.yot.moves[${index}].${end}: ${move[end]} is before the plan starts (${planStart}, the start of ${scenario.planningYear})`,
        );
    }
  });
  const jointIds = new Set<string>();
  scenario.jointInspections.forEach((inspection, index) => {
    jointIds.add(inspection.id);
    if (monthsBetween(inspection.startMonth, inspection.endMonth) < 0) {
      problems.push(
        `scenario.jointInspections[${index}].endMonth: ${inspection.endMonth} is before its startMonth ${inspection.startMonth}`,
      );
    }
  });
  scenario.contingencyDraws.forEach((draw, index) => {
    if (draw.jointInspectionId !== undefined && !jointIds.has(draw.jointInspectionId)) {
      problems.push(
        `scenario.contingencyDraws[${index}].jointInspectionId: unknown joint inspection "${draw.jointInspectionId}"; no joint inspection in scenario.jointInspections has that id`,
      );
    }
  });

  const familyIds = new Set(esi.families.map((family) => family.id));
  esi.areas.forEach((area, index) => {
    if (!familyIds.has(area.familyId)) {
      problems.push(
        `scenario.esi.areas[${index}].familyId: unknown family "${area.familyId}"; no family in scenario.esi.families has that id`,
      );
    }
  });

  const areaIds = new Set(esi.areas.map((area) => area.id));
  const cycleYears = new Set(esi.years);
  const firstEntryOfArea = new Map<string, number>();
  esi.schedule.forEach((entry, index) => {
    const path = `scenario.esi.schedule[${index}]`;
    if (!areaIds.has(entry.areaId)) {
      problems.push(`${path}.areaId: unknown Area "${entry.areaId}"; no Area in scenario.esi.areas has that id`);
    }
    const first = firstEntryOfArea.get(entry.areaId);
    if (first === undefined) firstEntryOfArea.set(entry.areaId, index);
    else
      problems.push(
        `${path}.areaId: duplicated Area "${entry.areaId}", already scheduled at scenario.esi.schedule[${first}]`,
      );
    if (!cycleYears.has(entry.year)) {
      problems.push(
        `${path}.year: ${entry.year} is not one of the cycle's years (scenario.esi.years: ${esi.years.join(', ')})`,
      );
    }
  });
  return problems;
}

function duplicateIds(items: readonly { id: string }[], path: string, what: string): string[] {
  const firstIndex = new Map<string, number>();
  const problems: string[] = [];
  items.forEach((item, index) => {
    const first = firstIndex.get(item.id);
    if (first === undefined) firstIndex.set(item.id, index);
    else problems.push(`${path}[${index}].id: duplicate ${what} "${item.id}", also used by ${path}[${first}]`);
  });
  return problems;
}

type PathKey = string | number;

/** `scenario.lines[2].hours` from ["scenario", "lines", 2, "hours"]. */
function formatPath(keys: readonly PathKey[]): string {
  return keys
    .map((key, index) => {
      if (typeof key === 'number') return `[${key}]`;
      if (!/^[A-Za-z_$][\w$]*$/.test(key)) return `[${JSON.stringify(key)}]`;
      return index === 0 ? key : `.${key}`;
    })
    .join('');
}

/** A value as a person reading the problem would write it: text quoted, containers by kind. */
function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  return Array.isArray(value) ? 'a list' : 'an object';
}

/** "6.0 MB (6,291,456 bytes)", for messages about a file's size. */
export function describeSize(bytes: number): string {
  return `${(bytes / MEGABYTE).toFixed(1)} MB (${bytes.toLocaleString('en-GB')} bytes)`;
}
