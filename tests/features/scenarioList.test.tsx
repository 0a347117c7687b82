// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { ScenarioList } from '../../src/features/scenarios/ScenarioList';
import { OpeningPlanUnavailable } from '../../src/store/openingPlan';
import { PlanStoreProvider } from '../../src/store/planContext';
import { workspaceOf } from '../../src/store/workspace';
import { loadFixture } from '../support/fixture';
import { countingIds, createTestStoreWith } from '../support/planStore';
import { renderWithPlan } from '../support/renderWithPlan';

const PLAN = '2004/05 plan (Annual Report 2003/2004)';

const renderList = () => renderWithPlan(<ScenarioList />);

const names = (store: ReturnType<typeof renderList>) =>
  store.getState().workspace.scenarios.map((entry) => entry.scenario.name);

afterEach(cleanup);

describe('the scenario list', () => {
  it('makes a new scenario from the 2004/05 plan and opens it', async () => {
    const store = renderList();
    store.getState().setBudget(3_000_000);
    await userEvent.click(screen.getByRole('button', { name: 'New scenario from the 2004/05 plan' }));
    expect(await screen.findByRole('button', { name: `Rename ${PLAN} (2)` })).toBeTruthy();
    expect(store.getState().workspace.activeId).toBe('plan-2');
    expect(store.getState().workspace.scenarios[1]?.scenario.budgetGBP.value).toBe(3_200_000);
  });

  it('says why no new scenario was made when the 2004/05 plan cannot be fetched, and changes nothing', async () => {
    const problem = 'The 2004/05 plan could not be fetched from the server (Failed to fetch); the network may be down.';
    const store = createTestStoreWith(workspaceOf(loadFixture(), 'plan-1'), countingIds('plan-', 2), () =>
      Promise.reject(new OpeningPlanUnavailable([problem])),
    );
    render(
      <PlanStoreProvider store={store}>
        <ScenarioList />
      </PlanStoreProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'New scenario from the 2004/05 plan' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading').textContent).toBe('No new scenario was made');
    expect(within(alert).getByText(problem)).toBeTruthy();
    expect(names(store)).toEqual([PLAN]);
    expect(store.getState().past).toEqual([]);
  });

  it('renames on Enter, cancels on Escape, and refuses an empty name without changing anything', async () => {
    const store = renderList();
    await userEvent.click(screen.getByRole('button', { name: `Rename ${PLAN}` }));
    const field = screen.getByLabelText(`New name for ${PLAN}`);
    expect(document.activeElement).toBe(field);
    await userEvent.clear(field);
    await userEvent.keyboard('{Enter}');
    expect(screen.getByText('Enter a name for the scenario')).toBeTruthy();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(names(store)).toEqual([PLAN]);
    expect(store.getState().past).toEqual([]);

    await userEvent.type(field, 'Abandoned name{Escape}');
    expect(screen.queryByLabelText(`New name for ${PLAN}`)).toBeNull();
    expect(names(store)).toEqual([PLAN]);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: `Rename ${PLAN}` }));

    await userEvent.click(screen.getByRole('button', { name: `Rename ${PLAN}` }));
    await userEvent.clear(screen.getByLabelText(`New name for ${PLAN}`));
    await userEvent.type(screen.getByLabelText(`New name for ${PLAN}`), 'Budget cut 5%{Enter}');
    expect(names(store)).toEqual(['Budget cut 5%']);
    expect(store.getState().past.map((step) => step.label)).toEqual([`rename ${PLAN} to Budget cut 5%`]);
  });

  it('says a scenario was deleted, offers Undo while that is the last step, and restores it', async () => {
    const store = renderList();
    await userEvent.click(screen.getByRole('button', { name: `Duplicate ${PLAN}` }));
    await userEvent.click(screen.getByRole('button', { name: `Delete ${PLAN}` }));
    expect(names(store)).toEqual([`${PLAN} (copy)`]);
    const notice = screen.getByRole('status');
    expect(notice.textContent).toBe(`Deleted ${PLAN}. Undo deleting ${PLAN}`);
    expect(document.activeElement).toBe(notice);
    await userEvent.click(within(notice).getByRole('button', { name: `Undo deleting ${PLAN}` }));
    expect(names(store)).toEqual([PLAN, `${PLAN} (copy)`]);
    expect(notice.textContent).toBe(`Restored ${PLAN}.`);
  });

  it('offers no Undo in the notice once something else has been done', async () => {
    const store = renderList();
    await userEvent.click(screen.getByRole('button', { name: `Duplicate ${PLAN}` }));
    await userEvent.click(screen.getByRole('button', { name: `Delete ${PLAN} (copy)` }));
    store.getState().setBudget(3_000_000);
    expect(await screen.findByText(`Deleted ${PLAN} (copy).`)).toBeTruthy();
    expect(within(screen.getByRole('status')).queryByRole('button')).toBeNull();
  });
});
