import type { Scenario, Workspace } from '../domain/types';

/** The scenario being edited in a workspace. */
export function activeScenario(workspace: Workspace): Scenario {
  const entry = workspace.scenarios.find((candidate) => candidate.id === workspace.activeId) ?? workspace.scenarios[0];
  if (!entry) throw new Error('A workspace always holds at least one scenario');
  return entry.scenario;
}

/** A workspace holding one scenario. */
export function workspaceOf(scenario: Scenario, id: string): Workspace {
  return { scenarios: [{ id, scenario }], activeId: id };
}
