// @vitest-environment jsdom
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PrintSummary } from '../../src/features/scenarios/PrintSummary';
import { renderWithPlan } from './renderWithPlan';

/** The browser's idle callbacks, held until the test runs them. */
function holdIdleCallbacks() {
  const waiting: (() => void)[] = [];
  vi.stubGlobal('requestIdleCallback', (callback: () => void) => waiting.push(callback));
  vi.stubGlobal('cancelIdleCallback', (handle: number) => { waiting[handle - 1] = () => undefined; });
  return { runAll: () => waiting.splice(0).forEach((callback) => callback()) };
}

function renderSummary() {
  return renderWithPlan(<PrintSummary />);
}

const costPerHour = () => screen.getByText(/ceiling: /).textContent;

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the printed summary', () => {
  it('takes an edit when the browser is next idle, not in the render that shows the edit', () => {
    const idle = holdIdleCallbacks();
    const store = renderSummary();
    expect(costPerHour()).toContain('£91.43 against the £96.00 ceiling');
    act(() => store.getState().setBudget(3_360_000));
    expect(costPerHour()).toContain('£91.43');
    act(() => idle.runAll());
    expect(costPerHour()).toContain('£96.00 against the £96.00 ceiling');
  });

  it('takes the latest edit at once when the page is about to be printed', () => {
    holdIdleCallbacks();
    const store = renderSummary();
    act(() => store.getState().setBudget(3_360_000));
    act(() => { window.dispatchEvent(new Event('beforeprint')); });
    expect(costPerHour()).toContain('£96.00 against the £96.00 ceiling');
  });
});
