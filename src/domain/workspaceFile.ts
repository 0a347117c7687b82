/**
 * The stored workspace: an envelope (format, version, who saved it and when, which scenario is
 * open) holding each scenario as its scenario file, so scenario upgrades apply to stored data too.
 * The browser saver in `src/store/persistence.ts` writes and reads it.
 */
import { runMigrations, type Migration, type MigrationWording } from './migrations';
import { parseScenarioFile, SCENARIO_VERSION, serializeScenario } from './scenarioFile';
import type { Scenario, Workspace } from './types';
import { errorMessage, isPlainObject } from './unknownValues';

export const WORKSPACE_FORMAT = 'inspection-hours-planner/workspace';
export const WORKSPACE_VERSION = 1;

/** Who saved the workspace and when, written with it. */
export interface SaveStamp {
  savedAt: string;
  writerId: string;
}

/** One scenario as stored: its id in the workspace and its scenario file, exactly as an export writes it. */
interface StoredScenario {
  id: string;
  file: string;
}

/**
 * Each scenario's file, written once per scenario object: scenarios are never changed in place, so
 * a save after an edit writes only the scenario that changed afresh.
 */
const scenarioFiles = new WeakMap<Scenario, string>();

function scenarioFile(scenario: Scenario): string {
  let file = scenarioFiles.get(scenario);
  if (file === undefined) {
    file = serializeScenario(scenario);
    scenarioFiles.set(scenario, file);
  }
  return file;
}

/** The workspace as stored, stamped with who saved it and when. */
export function serializeWorkspace(workspace: Workspace, stamp: SaveStamp): string {
  const scenarios: StoredScenario[] = workspace.scenarios.map(({ id, scenario }) => ({
    id,
    file: scenarioFile(scenario),
  }));
  return JSON.stringify({
    format: WORKSPACE_FORMAT,
    version: WORKSPACE_VERSION,
    savedAt: stamp.savedAt,
    writerId: stamp.writerId,
    scenarios,
    activeId: workspace.activeId,
  });
}

export type StoredWorkspace =
  | { status: 'ok'; workspace: Workspace; savedAt: string | null }
  /** Written by a newer planner: `workspace` holds what of it this planner can show, if anything. */
  | { status: 'newer'; problem: string; workspace: Workspace | null }
  | { status: 'unreadable'; problems: string[] };

/** The upgrade steps of the workspace envelope, one per version after the first. Scenario upgrades are the scenario format's own. */
export const workspaceMigrations: readonly Migration[] = [];

/** How upgrade problems name the stored workspace. */
export const WORKSPACE_WORDING: MigrationWording = {
  subject: 'the saved data',
  ofVersion: (version) => `saved data of version ${version}`,
};

/** Reads stored text back into a workspace; never throws. Each scenario goes through the scenario file parser, so its upgrades apply. */
export function readWorkspace(text: string): StoredWorkspace {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    return {
      status: 'unreadable',
      problems: [
        error instanceof RangeError
          ? 'The saved data is nested too deeply to read.'
          : `The saved data is not JSON: ${errorMessage(error)}`,
      ],
    };
  }
  if (!isPlainObject(document))
    return { status: 'unreadable', problems: ['The saved data is not a workspace: expected an object.'] };
  if (document['format'] !== WORKSPACE_FORMAT) {
    return {
      status: 'unreadable',
      problems: [`format: the saved data is not a workspace of this planner (expected "${WORKSPACE_FORMAT}")`],
    };
  }
  const version = document['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { status: 'unreadable', problems: ['version: must be a whole number from 1'] };
  }
  if (version > WORKSPACE_VERSION) {
    const shown = readScenarios(document, { skipUnreadable: true });
    return {
      status: 'newer',
      problem: `The saved scenarios were written by a newer version of the planner (saved data version ${version}; this planner reads up to version ${WORKSPACE_VERSION}).`,
      workspace: shown.ok ? shown.workspace : null,
    };
  }
  const migrated = runMigrations(document, version, WORKSPACE_VERSION, workspaceMigrations, WORKSPACE_WORDING);
  if (!migrated.ok) return { status: 'unreadable', problems: [migrated.problem] };
  if (!isPlainObject(migrated.document))
    return { status: 'unreadable', problems: ['The upgraded saved data is not a workspace.'] };

  const read = readScenarios(migrated.document, { skipUnreadable: false });
  if (read.ok)
    return {
      status: 'ok',
      workspace: read.workspace,
      savedAt: typeof document['savedAt'] === 'string' ? document['savedAt'] : null,
    };
  if (read.newerScenarios > 0) {
    const shown = readScenarios(migrated.document, { skipUnreadable: true });
    return {
      status: 'newer',
      problem: `${read.newerScenarios === 1 ? 'A saved scenario was' : `${read.newerScenarios} saved scenarios were`} written by a newer version of the planner (this planner reads scenario files up to version ${SCENARIO_VERSION}).`,
      workspace: shown.ok ? shown.workspace : null,
    };
  }
  return { status: 'unreadable', problems: read.problems };
}

type ScenariosRead = { ok: true; workspace: Workspace } | { ok: false; problems: string[]; newerScenarios: number };

/**
 * The scenarios and active id of a workspace document. With `skipUnreadable`, scenarios that
 * cannot be read are left out (to show what can be shown of a newer planner's data).
 */
function readScenarios(
  document: Record<string, unknown>,
  { skipUnreadable }: { skipUnreadable: boolean },
): ScenariosRead {
  const stored = document['scenarios'];
  if (!Array.isArray(stored)) return { ok: false, problems: ['scenarios: must be a list'], newerScenarios: 0 };
  const problems: string[] = [];
  let newerScenarios = 0;
  const scenarios: Workspace['scenarios'] = [];
  const ids = new Set<string>();
  stored.forEach((entry: unknown, index) => {
    const path = `scenarios[${index}]`;
    if (
      !isPlainObject(entry) ||
      typeof entry['id'] !== 'string' ||
      entry['id'] === '' ||
      typeof entry['file'] !== 'string'
    ) {
      problems.push(`${path}: must hold an id and a scenario file`);
      return;
    }
    const { id, file } = entry;
    if (ids.has(id)) {
      problems.push(`${path}.id: duplicate scenario id "${id}"`);
      return;
    }
    const parsed = parseScenarioFile(file);
    if (!parsed.ok) {
      if (isNewerScenarioFile(file)) newerScenarios += 1;
      problems.push(...parsed.problems.map((problem) => `${path}: ${problem}`));
      return;
    }
    ids.add(id);
    scenarios.push({ id, scenario: parsed.scenario });
  });
  const activeId = document['activeId'];
  if (!skipUnreadable) {
    if (scenarios.length === 0 && problems.length === 0)
      problems.push('scenarios: the list is empty; a workspace holds at least one scenario');
    if (problems.length === 0 && (typeof activeId !== 'string' || !ids.has(activeId)))
      problems.push('activeId: must be the id of one of the scenarios');
    if (problems.length > 0) return { ok: false, problems, newerScenarios };
  }
  const first = scenarios[0];
  if (!first) return { ok: false, problems, newerScenarios };
  return {
    ok: true,
    workspace: { scenarios, activeId: typeof activeId === 'string' && ids.has(activeId) ? activeId : first.id },
  };
}

/** Whether a stored scenario file says it is of a version after this planner's, looked at only once parsing it has failed. */
function isNewerScenarioFile(file: string): boolean {
  try {
    const document: unknown = JSON.parse(file);
    return isPlainObject(document) && typeof document['version'] === 'number' && document['version'] > SCENARIO_VERSION;
  } catch {
    return false;
  }
}
