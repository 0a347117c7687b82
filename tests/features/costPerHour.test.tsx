// @vitest-environment jsdom
/** The live £ per hour in the header: drawn again when its figures change, and only then. */
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CostPerHour } from '../../src/app/CostPerHour';
import { renderWithPlan } from '../support/renderWithPlan';
import { esiVerbs } from '../../src/store/slices/esiVerbs';

// It formats its two amounts each time it is drawn: counting the calls counts the draws.
const formatted = vi.hoisted(() => ({ amounts: [] as number[] }));
vi.mock('../../src/domain/format', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/domain/format')>();
  return {
    ...actual,
    formatPoundsAndPence: (amount: number) => {
      formatted.amounts.push(amount);
      return actual.formatPoundsAndPence(amount);
    },
  };
});

afterEach(cleanup);

describe('the cost per hour', () => {
  it('shows the 2004/05 plan’s £91.43 an hour within the £96 ceiling, and the new figure when the budget changes', () => {
    const store = renderWithPlan(<CostPerHour />);
    expect(screen.getByTestId('cost-per-hour').textContent).toBe('£91.43');
    expect(screen.getByRole('group', { name: 'Cost per hour' }).textContent).toContain(
      'ceiling £96.00: within the ceiling',
    );

    act(() => store.getState().setBudget(3_500_000));
    expect(screen.getByTestId('cost-per-hour').textContent).toBe('£100.00');
    expect(screen.getByRole('group', { name: 'Cost per hour' }).textContent).toContain('above the ceiling');
  });

  it('is not drawn again by an edit that leaves its figures as they were, such as a move on the ESI board', () => {
    const store = renderWithPlan(<CostPerHour />);
    formatted.amounts.length = 0;
    act(() => esiVerbs(store).moveArea('norfolk', '2005/06'));
    expect(formatted.amounts).toEqual([]);
  });
});
