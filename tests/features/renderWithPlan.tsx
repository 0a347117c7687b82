/** What the component tests share: a part of the planner rendered with a plan store of its own. */
import { render } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import type { ReactElement } from 'react';
import type { Scenario } from '../../src/domain/types';
import { PlanStoreProvider } from '../../src/store/planContext';
import { createPlanStore, workspaceOf, type PlanStore } from '../../src/store/planStore';

// Read from the working directory: under jsdom, import.meta.url is not a file URL (as tests/domain/fixture.ts uses).
const fixtureText = readFileSync('fixtures/hmip-2004-05.json', 'utf8');

/** A fresh copy of the shipped 2004/05 plan, safe to modify. */
export function loadFixture(): Scenario {
  return (JSON.parse(fixtureText) as { scenario: Scenario }).scenario;
}

/** Renders `ui` over a store holding `scenario` (the shipped 2004/05 plan unless given), and returns the store. */
export function renderWithPlan(ui: ReactElement, scenario: Scenario = loadFixture()): PlanStore {
  const store = createPlanStore(workspaceOf(scenario, 'plan-1'), { baseline: loadFixture(), newId: () => 'plan-2' });
  render(<PlanStoreProvider store={store}>{ui}</PlanStoreProvider>);
  return store;
}

/** jsdom lays nothing out and cannot scroll; the boards' keyboard sensor scrolls a card into view as it picks it up. */
export function letElementsScrollIntoView(): void {
  Element.prototype.scrollIntoView = () => undefined;
}
