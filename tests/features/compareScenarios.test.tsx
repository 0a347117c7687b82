// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CompareScenarios } from '../../src/features/scenarios/CompareScenarios';
import { PlanStoreProvider } from '../../src/store/planContext';
import { createTestStore } from '../support/planStore';
import { renderWithPlan } from '../support/renderWithPlan';
import { scenarioVerbs } from '../../src/store/slices/scenarioVerbs';

afterEach(cleanup);

describe('the scenario comparison', () => {
  it('with only one scenario, says how to make another and links to the scenarios', () => {
    renderWithPlan(<CompareScenarios />);
    expect(screen.getByText(/There is only one scenario, so there is nothing to compare it with yet/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Scenarios' }).getAttribute('href')).toBe('#/scenarios');
    expect(screen.queryByText('Choose at least two scenarios to see them side by side.')).toBeNull();
  });

  it('with two scenarios, asks for two to be chosen', () => {
    const store = renderWithPlan(<CompareScenarios />);
    act(() => scenarioVerbs(store).duplicateScenario('plan-1'));
    expect(screen.getByText('Choose at least two scenarios to see them side by side.')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Scenarios' })).toBeNull();
  });

  it('opens the plan measured against its latest agreed copy, which a button chooses again', () => {
    const store = createTestStore();
    scenarioVerbs(store).agreeScenario('plan-1', '2004-04-05');
    scenarioVerbs(store).agreeScenario('plan-1', '2004-06-01');
    store.getState().setBudget(3_000_000);
    render(
      <PlanStoreProvider store={store}>
        <CompareScenarios />
      </PlanStoreProvider>,
    );
    const agreedName = '2004/05 plan (Annual Report 2003/2004) (agreed 1 June 2004)';
    const checked = () =>
      screen
        .getAllByRole('checkbox')
        .filter((box) => (box as HTMLInputElement).checked)
        .map((box) => box.parentElement?.textContent);
    expect(checked()).toEqual(['2004/05 plan (Annual Report 2003/2004)', `${agreedName}baseline`]);
    expect(screen.getByText(`2004/05 plan (Annual Report 2003/2004) against ${agreedName}`)).toBeTruthy();
    expect(screen.getByText(/budget/i, { selector: 'li' }).textContent).toMatch(/£3,200,000.*£3,000,000/);

    act(() => screen.getByRole('checkbox', { name: /agreed 1 June 2004/ }).click());
    expect(checked()).toEqual(['2004/05 plan (Annual Report 2003/2004)baseline']);
    act(() => screen.getByRole('button', { name: 'Compare the open plan with its agreed copy' }).click());
    expect(checked()).toEqual(['2004/05 plan (Annual Report 2003/2004)', `${agreedName}baseline`]);
  });
});
