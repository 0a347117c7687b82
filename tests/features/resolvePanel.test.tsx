// @vitest-environment jsdom
/**
 * The Resolve helper's proposals belong to the plan they were made for: after any change
 * to the plan they are withdrawn, with a message, and nothing from them can be applied.
 */
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ResolvePanel } from '../../src/features/esi-cycle/ResolvePanel';
import { activeReport } from '../../src/store/reports';
import type { PlanStore } from '../../src/store/planStore';
import { renderWithPlan } from '../support/renderWithPlan';

const renderPanel = () => renderWithPlan(<ResolvePanel />);

const overCapacity = (store: PlanStore) =>
  activeReport(store.getState())
    .findings.filter((finding) => finding.code === 'ESI_YEAR_OVER_CAPACITY')
    .map((finding) => finding.where.year);

afterEach(cleanup);

describe('the Resolve helper', () => {
  it('names the year over capacity in the 2004/05 plan, and its proposal brings every year within capacity', () => {
    const store = renderPanel();
    expect(screen.getByText(/2004\/05 is over capacity/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Suggest moves' }));
    fireEvent.click(screen.getByRole('button', { name: /^Apply \d+ selected moves?$/ }));
    expect(overCapacity(store)).toEqual([]);
    expect(screen.getByRole('status').textContent).toMatch(
      /^Applied \d+ of \d+ suggested moves?\. Undo takes them all back\.$/,
    );
    expect(screen.getByText('Every year of the cycle is within the hours its core line funds.')).toBeTruthy();
  });

  it('withdraws its proposal when the plan changes after it was made, and applies nothing', () => {
    const store = renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Suggest moves' }));
    expect(screen.getByRole('group', { name: 'Suggested moves: untick any you do not want' })).toBeTruthy();

    // A change elsewhere in the plan: the ESI schedule is as it was, but the proposal was made for another plan.
    act(() => store.getState().setLineHours('non-cjs-joint', 600));

    expect(screen.getByText('The plan has changed since these moves were suggested; suggest again.')).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'Suggested moves: untick any you do not want' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Apply/ })).toBeNull();
    expect(overCapacity(store)).toEqual(['2004/05']);
  });
});
