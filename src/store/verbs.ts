/**
 * Verbs kept outside the store's state, as zustand's "practice with no store actions" describes:
 * each programme's verbs load with the view that uses them, so the first screen does not carry
 * them. `verbsFor` makes them once per store, from the tools the store was made with.
 */
import type { PlanStore, SliceTools } from './planStore';

const toolsOfStore = new WeakMap<PlanStore, SliceTools>();

/** Called by `createPlanStore`, so that verbs made later edit through the store's history core. */
export function keepSliceTools(store: PlanStore, tools: SliceTools): void {
  toolsOfStore.set(store, tools);
}

/** A programme's verbs for a given store, made the first time they are asked for. */
export function verbsFor<TVerbs>(create: (tools: SliceTools) => TVerbs): (store: PlanStore) => TVerbs {
  const made = new WeakMap<PlanStore, TVerbs>();
  return (store) => {
    let verbs = made.get(store);
    if (verbs === undefined) {
      const tools = toolsOfStore.get(store);
      if (!tools) throw new Error('verbs need a store made by createPlanStore');
      verbs = create(tools);
      made.set(store, verbs);
    }
    return verbs;
  };
}
