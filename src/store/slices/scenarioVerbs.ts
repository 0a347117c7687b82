import type { carryForward, CarrySummary } from '../../domain/carryForward';
import { formatDay } from '../../domain/format';
import type { Scenario } from '../../domain/types';
import type { SliceTools } from '../planStore';
import { verbsFor } from '../verbs';

/**
 * The scenarios of the workspace. Every verb is one undoable step except `openScenario`: which
 * scenario is open is saved, but moving between them is looking, not changing the plan.
 */
export interface ScenarioVerbs {
  /** A new scenario from the baseline plan, opened at once; rejects, changing nothing, if the plan cannot be had. */
  createScenario: () => Promise<void>;
  duplicateScenario: (id: string) => void;
  /**
   * Starts the next year's plan from a scenario as a new scenario, opened at once (one undo step);
   * returns what was carried, what became done and what needs a decision, or null if there is no such scenario.
   * The domain's `carryForward` is passed in, so that its code loads with the view that asks for it.
   */
  carryForwardScenario: (id: string, carry: typeof carryForward) => CarrySummary | null;
  renameScenario: (id: string, name: string) => void;
  /** Deletes a scenario (undoable); the last one cannot be deleted. */
  deleteScenario: (id: string) => void;
  /** Not undoable. */
  openScenario: (id: string) => void;
  /** Adds a scenario read from a file and opens it. */
  addImportedScenario: (scenario: Scenario) => void;
  /**
   * Marks a plan agreed on `on` ("yyyy-MM-dd") by freezing a copy of it beside it, named for the
   * day; the plan itself stays open to work on. An agreed copy cannot itself be agreed again.
   */
  agreeScenario: (id: string, on: string) => void;
}

/** The name itself if no scenario has it, else the name with the first free number: "Plan (2)". */
function unusedName(name: string, taken: Set<string>): string {
  if (!taken.has(name)) return name;
  for (let number = 2; ; number += 1) {
    const candidate = `${name} (${number})`;
    if (!taken.has(candidate)) return candidate;
  }
}

function createScenarioVerbs({ get, set, editWorkspace, newId, loadBaseline }: SliceTools): ScenarioVerbs {
  /** Adds a scenario under a name no other has, and opens it. */
  const addScenario = (label: string, scenario: Scenario, name: string, { open = true, after = -1 } = {}) => {
    const id = newId();
    editWorkspace(label, (workspace) => {
      const names = new Set(workspace.scenarios.map((entry) => entry.scenario.name));
      const entry = { id, scenario: { ...scenario, name: unusedName(name, names) } };
      if (after === -1) workspace.scenarios.push(entry);
      else workspace.scenarios.splice(after + 1, 0, entry);
      if (open) workspace.activeId = id;
    });
  };
  return {
    createScenario: async () => {
      const baseline = await loadBaseline();
      addScenario('create scenario', baseline, baseline.name);
    },
    duplicateScenario: (sourceId) => {
      const source = get().workspace.scenarios.find((entry) => entry.id === sourceId);
      if (!source) return;
      // A copy of an agreed plan is a working plan again.
      const { agreed: _agreed, ...working } = source.scenario;
      addScenario(`duplicate ${source.scenario.name}`, working, `${source.scenario.name} (copy)`);
    },
    carryForwardScenario: (sourceId, carry) => {
      const source = get().workspace.scenarios.find((entry) => entry.id === sourceId);
      if (!source) return null;
      const { scenario, summary } = carry(source.scenario);
      addScenario(`start the ${summary.to} plan from ${source.scenario.name}`, scenario, scenario.name);
      return summary;
    },
    renameScenario: (id, name) => {
      const trimmed = name.trim();
      const entry = get().workspace.scenarios.find((candidate) => candidate.id === id);
      if (!entry || entry.scenario.agreed || trimmed === '' || trimmed === entry.scenario.name) return;
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
    agreeScenario: (id, on) => {
      const { scenarios } = get().workspace;
      const index = scenarios.findIndex((entry) => entry.id === id);
      const source = scenarios[index];
      if (!source || source.scenario.agreed) return;
      const { name } = source.scenario;
      addScenario(
        `mark ${name} agreed`,
        { ...source.scenario, agreed: { fromScenarioId: id, on } },
        `${name} (agreed ${formatDay(on)})`,
        // The frozen copy sits beside the plan it was taken from, which stays open to work on.
        { open: false, after: index },
      );
    },
  };
}

/** The verbs for one store: `scenarioVerbs(store).…`, or `useVerbs(scenarioVerbs)` in a component. */
export const scenarioVerbs = verbsFor(createScenarioVerbs);
