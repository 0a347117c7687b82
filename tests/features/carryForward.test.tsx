// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { ScenarioList } from '../../src/features/scenarios/ScenarioList';
import type { Scenario } from '../../src/domain/types';
import { expectNoAxeViolationsIn } from '../support/axeInJsdom';
import { loadFixture } from '../support/fixture';
import { openScenarioOf } from '../support/planStore';
import { renderWithPlan } from '../support/renderWithPlan';

afterEach(cleanup);

/** The 2004/05 plan with Norfolk in 2005/06: 15 ESIs in 2004/05, so it has no errors. */
function planWithoutErrors(): Scenario {
  const scenario = loadFixture();
  const norfolk = scenario.esi.schedule.find((entry) => entry.areaId === 'norfolk');
  if (norfolk) {
    norfolk.year = '2005/06';
    delete norfolk.month;
  }
  return scenario;
}

describe('starting the next year’s plan from the scenario list', () => {
  it('starts the 2005/06 plan from a plan without errors at once, and says what was carried, done and to decide', async () => {
    const store = renderWithPlan(<ScenarioList />, planWithoutErrors());
    await userEvent.click(screen.getByRole('button', { name: 'Start the 2005/06 plan from this one' }));
    expect(openScenarioOf(store).planningYear).toBe('2005/06');
    const summary = screen.getByRole('region', {
      name: 'The 2005/06 plan was started from the 2004/05 plan, and is open now',
    });
    expect(document.activeElement).toBe(summary);
    const headings = within(summary)
      .getAllByRole('heading', { level: 5 })
      .map((heading) => heading.textContent);
    expect(headings).toEqual(['What was carried', 'What is now done', 'What needs a decision']);
    expect(within(summary).getByText('29 ESIs of the cycle done, 13 ESIs still to do.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Start the 2006/07 plan from this one' })).toBeTruthy();
    await expectNoAxeViolationsIn();
  });

  it('lists a plan’s errors and asks before starting the next year from it, and Cancel changes nothing', async () => {
    const store = renderWithPlan(<ScenarioList />);
    await userEvent.click(screen.getByRole('button', { name: 'Start the 2005/06 plan from this one' }));
    expect(store.getState().workspace.scenarios).toHaveLength(1);
    expect(
      screen.getByRole('heading', { name: '2004/05 plan (Annual Report 2003/2004) still has an error' }),
    ).toBeTruthy();
    expect(
      screen.getByText(
        '2004/05 has 16 Areas scheduled for ESI but its 8,750 core hours fund 15: 9,333 hours are needed, 583 hours short.',
      ),
    ).toBeTruthy();
    await expectNoAxeViolationsIn();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(store.getState().workspace.scenarios).toHaveLength(1);
    expect(store.getState().past).toEqual([]);

    await userEvent.click(screen.getByRole('button', { name: 'Start the 2005/06 plan from this one' }));
    await userEvent.click(screen.getByRole('button', { name: 'Start the 2005/06 plan anyway' }));
    expect(openScenarioOf(store).name).toBe('2005/06 plan (carried from 2004/05)');
    expect(store.getState().past.map((step) => step.label)).toEqual([
      'start the 2005/06 plan from 2004/05 plan (Annual Report 2003/2004)',
    ]);
  });
});
