// @vitest-environment jsdom
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PrintSummary } from '../../src/features/scenarios/PrintSummary';
import { renderWithPlan } from '../support/renderWithPlan';

const costPerHour = () => screen.getByText(/ceiling: /).textContent;

afterEach(cleanup);

describe('the printed summary', () => {
  it('follows an edit once React has rendered the deferred report', () => {
    const store = renderWithPlan(<PrintSummary />);
    expect(costPerHour()).toContain('£91.43 against the £96.00 ceiling');
    act(() => store.getState().setBudget(3_360_000));
    expect(costPerHour()).toContain('£96.00 against the £96.00 ceiling');
  });

  it('shows the latest edit at once when the page is about to be printed', () => {
    const store = renderWithPlan(<PrintSummary />);
    act(() => store.getState().setBudget(3_360_000));
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(costPerHour()).toContain('£96.00 against the £96.00 ceiling');
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(costPerHour()).toContain('£96.00 against the £96.00 ceiling');
  });
});
