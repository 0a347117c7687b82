// @vitest-environment jsdom
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CompareScenarios } from '../../src/features/scenarios/CompareScenarios';
import { renderWithPlan } from '../support/renderWithPlan';

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
    act(() => store.getState().duplicateScenario('plan-1'));
    expect(screen.getByText('Choose at least two scenarios to see them side by side.')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Scenarios' })).toBeNull();
  });
});
