/** What the component tests share: a part of the planner rendered over a plan store of its own. */
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { Scenario } from '../../src/domain/types';
import { PlanStoreProvider } from '../../src/store/planContext';
import type { PlanStore } from '../../src/store/planStore';
import { loadFixture } from './fixture';
import { createTestStore } from './planStore';

/** Renders `ui` over a store from createTestStore holding `scenario` (the shipped 2004/05 plan unless given), and returns the store. */
export function renderWithPlan(ui: ReactElement, scenario: Scenario = loadFixture()): PlanStore {
  const store = createTestStore(scenario);
  render(<PlanStoreProvider store={store}>{ui}</PlanStoreProvider>);
  return store;
}

/** jsdom lays nothing out and cannot scroll; the boards' keyboard sensor scrolls a card into view as it picks it up. */
export function letElementsScrollIntoView(): void {
  Element.prototype.scrollIntoView = () => undefined;
}
