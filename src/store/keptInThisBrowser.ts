/**
 * The scenarios this browser holds for the planner alone, as the shared workspace reads them and
 * adds to them: a person's version of a shared scenario is kept there when the server will not
 * take it, so that it is never lost and can be opened, exported or copied in again.
 */
import type { Scenario, Workspace } from '../domain/types';
import { errorMessage } from '../domain/unknownValues';
import { readWorkspace, serializeWorkspace } from '../domain/workspaceFile';
import { WORKSPACE_KEY, type StorageLike } from './persistence';
import { workspaceOf } from './workspace';

/** The scenarios this browser holds for the planner alone, or none if they cannot be read. */
export function thisBrowsersScenarios(storage: StorageLike | null): Workspace['scenarios'] {
  try {
    const text = storage?.getItem(WORKSPACE_KEY) ?? null;
    const read = text === null ? null : readWorkspace(text);
    return read?.status === 'ok' ? read.workspace.scenarios : [];
  } catch {
    return [];
  }
}

/** Adds `scenario` under `id`; returns what stopped it (nothing stored is changed then), or null once it is kept. */
export function keepInThisBrowser(
  storage: StorageLike | null,
  scenario: Scenario,
  { id, now, writerId }: { id: string; now: Date; writerId: string },
): string | null {
  if (!storage) return 'the browser does not let the planner store data on this computer';
  try {
    const text = storage.getItem(WORKSPACE_KEY);
    let workspace: Workspace;
    if (text === null) workspace = workspaceOf(scenario, id);
    else {
      const read = readWorkspace(text);
      // What cannot be read, or was saved by a newer planner, is left as it is for the planner alone to deal with.
      if (read.status !== 'ok') return 'the scenarios this browser already holds cannot be read by this planner';
      workspace = { ...read.workspace, scenarios: [...read.workspace.scenarios, { id, scenario }] };
    }
    storage.setItem(WORKSPACE_KEY, serializeWorkspace(workspace, { savedAt: now.toISOString(), writerId }));
    return null;
  } catch (error) {
    return `the browser’s storage refused it (${errorMessage(error)})`;
  }
}
