// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AllocationTable } from '../../src/features/budget/AllocationTable';
import { BudgetFields } from '../../src/features/budget/BudgetFields';
import { PlanStoreProvider } from '../../src/store/planContext';
import { createPlanStore, type PlanStore } from '../../src/store/planStore';
import { bindSharedWorkspace, readSharedWorkspace } from '../../src/store/sharedBinding';
import { writeScenario } from '../../src/sync/scenarioDocument';
import { addToIndex } from '../../src/sync/workspaceIndex';
import { loadFixture } from '../support/fixture';
import { createHub, type Person } from '../support/linkedDocuments';
import { countingIds } from '../support/planStore';
import { renderWithPlan } from '../support/renderWithPlan';

afterEach(cleanup);

/** A person's plan store on the shared workspace, its clock at `now` (in the test's own time zone, as the screen shows it). */
function sharedStore(person: Person, name: string, now: Date): PlanStore {
  const read = readSharedWorkspace(person.documents, null);
  if (!read.workspace) throw new Error('the shared workspace holds no scenario');
  const store = createPlanStore(read.workspace, {
    loadBaseline: () => Promise.resolve(loadFixture()),
    newId: countingIds(`${name}-`, 1),
  });
  bindSharedWorkspace(store, person.documents, { author: () => name, now: () => now });
  return store;
}

/** Alice and Bob on one shared workspace holding the 2004/05 plan. */
function aliceAndBob() {
  const hub = createHub();
  const first = hub.join();
  writeScenario(first.documents.scenario('plan'), null, loadFixture());
  addToIndex(first.documents.index, 'plan');
  return {
    alice: sharedStore(first, 'Alice', new Date(2026, 11, 7, 9, 14)),
    bob: sharedStore(hub.join(), 'Bob', new Date(2026, 11, 7, 10, 2)),
  };
}

describe('who last changed a figure, beside it', () => {
  it('shows a colleague’s name and time beside the budget, and in the field’s accessible description', () => {
    const { alice, bob } = aliceAndBob();
    render(
      <PlanStoreProvider store={alice}>
        <BudgetFields />
        <AllocationTable />
      </PlanStoreProvider>,
    );
    expect(screen.queryByText(/^Changed by/)).toBeNull();

    act(() => {
      alice.getState().setLineHours('esi-core', 9_000);
      bob.getState().setBudget(3_050_000);
    });

    const budget = screen.getByRole('textbox', { name: 'Total budget' });
    expect(budget.closest('.field')?.textContent).toContain('Changed by Bob, 7 Dec 2026, 10:02');
    expect(
      screen.getByRole('textbox', { name: 'Total budget', description: /Changed by Bob, 7 Dec 2026, 10:02$/ }),
    ).toBe(budget);
    expect(
      screen.getByRole('textbox', {
        name: 'Hours for ESI (core area inspections)',
        description: 'Changed by Alice, 7 Dec 2026, 09:14',
      }),
    ).toBeTruthy();
    // No one has changed the deployable hours: they say nothing of it.
    expect(
      screen.getByRole('textbox', { name: 'Deployable inspection hours' }).closest('.field')?.textContent,
    ).not.toMatch(/Changed by/);
  });

  it('shows nothing of the kind for the planner alone, which keeps no one’s name', () => {
    const store = renderWithPlan(
      <>
        <BudgetFields />
        <AllocationTable />
      </>,
    );
    act(() => store.getState().setBudget(3_050_000));

    expect(screen.queryByText(/Changed by/)).toBeNull();
    const budget = screen.getByRole('textbox', { name: 'Total budget' });
    expect(budget.getAttribute('aria-describedby')).toBe('budget-hint');
  });
});
