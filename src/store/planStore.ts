import { create } from 'zustand';
import { immer } from 'zustand/middleware/immer';
import { evaluatePlan } from '../domain/evaluatePlan';
import type { PlanReport, Scenario } from '../domain/types';

/** A figure the user can type into; the key under which its input problem is kept. */
export type EditableField = 'budgetGBP' | 'deployableHours' | 'ceilingGBPPerHour' | `line:${string}`;

interface PlanState {
  scenario: Scenario;
  /** What is wrong with what the user last typed in each field; the scenario keeps the last valid value. */
  inputProblems: Partial<Record<EditableField, string>>;
  setBudget: (gbp: number) => void;
  setDeployableHours: (hours: number) => void;
  setCeiling: (gbpPerHour: number) => void;
  setLineHours: (lineId: string, hours: number) => void;
  reportInputProblem: (field: EditableField, problem: string | null) => void;
}

/** The planner's one store: the scenario being edited and the user's intents as verbs. */
export function createPlanStore(initial: Scenario) {
  return create<PlanState>()(
    immer((set) => ({
      scenario: initial,
      inputProblems: {},
      setBudget: (gbp) => set((state) => { state.scenario.budgetGBP.value = gbp; }),
      setDeployableHours: (hours) => set((state) => { state.scenario.deployableHours.value = hours; }),
      setCeiling: (gbpPerHour) => set((state) => { state.scenario.ceilingGBPPerHour.value = gbpPerHour; }),
      setLineHours: (lineId, hours) => set((state) => {
        const line = state.scenario.lines.find((candidate) => candidate.id === lineId);
        if (line) line.hours = hours;
      }),
      reportInputProblem: (field, problem) => set((state) => {
        if (problem === null) delete state.inputProblems[field];
        else state.inputProblems[field] = problem;
      }),
    })),
  );
}

export type PlanStore = ReturnType<typeof createPlanStore>;

let lastScenario: Scenario | null = null;
let lastReport: PlanReport | null = null;

/**
 * The report for a scenario, evaluated once per scenario: immer gives every edit a new
 * scenario object, so identity tells whether anything changed, and all panels share one report.
 */
export function reportFor(scenario: Scenario): PlanReport {
  if (scenario !== lastScenario || lastReport === null) {
    lastReport = evaluatePlan(scenario);
    lastScenario = scenario;
  }
  return lastReport;
}
