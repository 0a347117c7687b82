// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Scenario } from '../../src/domain/types';
import { PrintSummary } from '../../src/features/scenarios/PrintSummary';
import { PlanStoreProvider } from '../../src/store/planContext';
import { createPlanStore, workspaceOf } from '../../src/store/planStore';

const { scenario } = JSON.parse(readFileSync('fixtures/hmip-2004-05.json', 'utf8')) as { scenario: Scenario };

/** The browser's idle callbacks, held until the test runs them. */
function holdIdleCallbacks() {
  const waiting: (() => void)[] = [];
  vi.stubGlobal('requestIdleCallback', (callback: () => void) => waiting.push(callback));
  vi.stubGlobal('cancelIdleCallback', (handle: number) => { waiting[handle - 1] = () => undefined; });
  return { runAll: () => waiting.splice(0).forEach((callback) => callback()) };
}

function renderSummary() {
  const store = createPlanStore(workspaceOf(scenario, 'plan-1'), { baseline: scenario, newId: () => 'plan-2' });
  render(<PlanStoreProvider store={store}><PrintSummary /></PlanStoreProvider>);
  return store;
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
