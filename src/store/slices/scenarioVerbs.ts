import type { Scenario } from '../../domain/types';
import type { SliceTools } from '../planStore';

/**
 * The scenarios of the workspace. Every verb is one undoable step except `openScenario`: which
 * scenario is open is saved, but moving between them is looking, not changing the plan.
 */
export interface ScenarioVerbs {
  /** A new scenario from the baseline plan, opened at once; rejects, changing nothing, if the plan cannot be had. */
  createScenario: () => Promise<void>;
  duplicateScenario: (id: string) => void;
  renameScenario: (id: string, name: string) => void;
  /** Deletes a scenario (undoable); the last one cannot be deleted. */
  deleteScenario: (id: string) => void;
  /** Not undoable. */
  openScenario: (id: string) => void;
  /** Adds a scenario read from a file and opens it. */
  addImportedScenario: (scenario: Scenario) => void;
}

/** The name itself if no scenario has it, else the name with the first free number: "Plan (2)". */
function unusedName(name: string, taken: Set<string>): string {
  if (!taken.has(name)) return name;
  for (let number = 2; ; number += 1) {
    const candidate = `${name} (${number})`;
    if (!taken.has(candidate)) return candidate;
  }
}

export function createScenarioVerbs({ get, set, editWorkspace, newId, loadBaseline }: SliceTools): ScenarioVerbs {
  /** Adds a scenario under a name no other has, and opens it. */
  const addScenario = (label: string, scenario: Scenario, name: string) => {
    const id = newId();
    editWorkspace(label, (workspace) => {
      const names = new Set(workspace.scenarios.map((entry) => entry.scenario.name));
      workspace.scenarios.push({ id, scenario: { ...scenario, name: unusedName(name, names) } });
      workspace.activeId = id;
    });
  };
  return {
    createScenario: async () => {
      const baseline = await loadBaseline();
      addScenario('create scenario', baseline, baseline.name);
    },
    duplicateScenario: (sourceId) => {
      const source = get().workspace.scenarios.find((entry) => entry.id === sourceId);
      if (source) addScenario(`duplicate ${source.scenario.name}`, source.scenario, `${source.scenario.name} (copy)`);
    },
    renameScenario: (id, name) => {
      const trimmed = name.trim();
      const entry = get().workspace.scenarios.find((candidate) => candidate.id === id);
      if (!entry || trimmed === '' || trimmed === entry.scenario.name) return;
      editWorkspace(`rename ${entry.scenario.name} to ${trimmed}`, (workspace) => {
        const target = workspace.scenarios.find((candidate) => candidate.id === id);
        if (target) target.scenario.name = trimmed;
      });
    },
    deleteScenario: (id) => {
      const { scenarios } = get().workspace;
      const entry = scenarios.find((candidate) => candidate.id === id);
      if (!entry || scenarios.length === 1) return;
      editWorkspace(`delete ${entry.scenario.name}`, (workspace) => {
        const index = workspace.scenarios.findIndex((candidate) => candidate.id === id);
        workspace.scenarios.splice(index, 1);
        if (workspace.activeId === id)
          workspace.activeId = workspace.scenarios[Math.max(0, index - 1)]?.id ?? workspace.activeId;
      });
    },
    openScenario: (id) => {
      const { workspace } = get();
      if (workspace.activeId === id || !workspace.scenarios.some((entry) => entry.id === id)) return;
      set((state) => {
        state.workspace.activeId = id;
        state.typingIn = null;
        state.drafts = {};
      });
    },
    addImportedScenario: (scenario) => addScenario(`import ${scenario.name}`, scenario, scenario.name),
  };
}
