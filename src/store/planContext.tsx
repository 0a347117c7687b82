import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { PlanReport, Scenario } from '../domain/types';
import { activeReport } from './reports';
import { planEditable } from './history';
import { activeScenario } from './workspace';
import type { PlanState, PlanStore } from './planStore';

const PlanStoreContext = createContext<PlanStore | null>(null);

/** Makes one plan store available to the panels below it (tests give each render its own). */
export function PlanStoreProvider({ store, children }: { store: PlanStore; children: ReactNode }) {
  return <PlanStoreContext.Provider value={store}>{children}</PlanStoreContext.Provider>;
}

/** The store itself, for an event handler that must read the state its own action just made. */
export function usePlanStore(): PlanStore {
  const store = useContext(PlanStoreContext);
  if (!store) throw new Error('usePlan needs a PlanStoreProvider above it');
  return store;
}

/** A programme's verbs (e.g. `esiVerbs`) for the store this component edits. */
export function useVerbs<TVerbs>(verbsOf: (store: PlanStore) => TVerbs): TVerbs {
  return verbsOf(usePlanStore());
}

/** One value from the plan store; the component re-renders only when that value changes. */
export function usePlan<T>(selector: (state: PlanState) => T): T {
  return useStore(usePlanStore(), selector);
}

/** One value from the scenario being edited. */
export function useScenario<T>(selector: (scenario: Scenario) => T): T {
  return usePlan((state) => selector(activeScenario(state.workspace)));
}

/** The evaluated report of the scenario being edited. */
export function usePlanReport(): PlanReport {
  return usePlan(activeReport);
}

/**
 * Whether the plan may be changed here: false while the store is read-only (another tab saved, the
 * data is from a newer planner, or the member may only look) or the plan open is an agreed one's
 * frozen copy, when views show no control that changes it.
 */
export function usePlanEditable(): boolean {
  return usePlan(planEditable);
}

/**
 * Whether scenarios may be added, deleted or renamed here: false only while the store is read-only.
 * An agreed plan's frozen copy may be open meanwhile, and duplicated to work on.
 */
export function useWorkspaceEditable(): boolean {
  return usePlan((state) => state.readOnlyReason === null);
}
