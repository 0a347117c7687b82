// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { carryForward } from '../../src/domain/carryForward';
import { BudgetFields } from '../../src/features/budget/BudgetFields';
import { SourceNote } from '../../src/shared/SourceNote';
import { loadFixture } from '../support/fixture';
import { renderWithPlan } from '../support/renderWithPlan';

afterEach(cleanup);

/** The hint an input is described by, as a screen reader reads it after the label. */
function hintOf(input: HTMLElement): HTMLElement {
  const hint = document.getElementById(input.getAttribute('aria-describedby')?.split(' ')[0] ?? '');
  if (!hint) throw new Error('the field has no hint');
  return hint;
}

describe('a source carried from an earlier year’s plan', () => {
  it('reads "Carried from the 2004/05 plan" and opens to where the figure came from there', async () => {
    render(
      <SourceNote
        source={{ kind: 'carried', from: '2004/05', was: { kind: 'assumption', reasoning: 'Two teams.' } }}
      />,
    );
    const summary = screen.getByText('Carried from the 2004/05 plan');
    expect(summary.tagName).toBe('SUMMARY');
    expect(screen.queryByText('Assumption')).toBeNull();
    await userEvent.click(summary);
    expect(
      screen.getByText('Taken from the 2004/05 plan as a starting point; there it came from an assumption: Two teams.'),
    ).toBeTruthy();
  });

  it('is the source shown for the 2005/06 plan’s budget, hours and ceiling, keeping the report’s paragraph', () => {
    renderWithPlan(<BudgetFields />, carryForward(loadFixture()).scenario);
    const budgetHint = within(hintOf(screen.getByLabelText('Total budget')));
    expect(budgetHint.getByText('Carried from the 2004/05 plan')).toBeTruthy();
    expect(
      budgetHint.getByText(
        'Taken from the 2004/05 plan as a starting point; there it came from report §1.30: Total budget for the coming year is £3.2 million',
      ),
    ).toBeTruthy();
    for (const label of ['Deployable inspection hours', 'Ceiling per hour']) {
      expect(hintOf(screen.getByLabelText(label)).textContent).toMatch(/^Carried from the 2004\/05 plan/);
    }
  });
});
