// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { ErrorSummary } from '../../src/app/ErrorSummary';
import { EsiSettings } from '../../src/features/esi-cycle/EsiSettings';
import { activeScenario } from '../../src/store/workspace';
import { renderWithPlan } from '../support/renderWithPlan';

const renderPlanner = () => renderWithPlan(<App />);

afterEach(cleanup);

describe('the budget screen', () => {
  it('shows the live £ per hour and recomputes it as the budget is typed', async () => {
    renderPlanner();
    expect(screen.getByTestId('cost-per-hour').textContent).toBe('£91.43');
    const budget = screen.getByLabelText('Total budget');
    await userEvent.clear(budget);
    await userEvent.type(budget, '3360000');
    expect(screen.getByTestId('cost-per-hour').textContent).toBe('£96.00');
  });

  it('keeps the last valid value in force while the typed one is invalid', async () => {
    const store = renderPlanner();
    const esiCore = screen.getByLabelText('Hours for ESI (core area inspections)');
    await userEvent.clear(esiCore);
    expect(activeScenario(store.getState().workspace).lines.find((line) => line.id === 'esi-core')?.hours).toBe(8750);
    expect(screen.getByRole('region', { name: 'There is a problem' }).textContent).toContain(
      'Enter the hours for ESI (core area inspections)',
    );
    expect(document.title).toMatch(/^Error: /);

    await userEvent.type(esiCore, '9333.34');
    expect(activeScenario(store.getState().workspace).lines.find((line) => line.id === 'esi-core')?.hours).toBe(
      9333.34,
    );
    expect(screen.queryByRole('region', { name: 'There is a problem' })).toBeNull();
    const findings = within(screen.getByRole('region', { name: 'Findings' }));
    expect(findings.queryByText(/2004\/05 has 16 Areas scheduled/)).toBeNull();
    expect(findings.getByText(/35,583 hours, 583 more than the 35,000 deployable hours/)).toBeTruthy();
  });

  it('reformats a valid entry when the field is left', async () => {
    renderPlanner();
    const deployable = screen.getByLabelText('Deployable inspection hours');
    await userEvent.clear(deployable);
    await userEvent.type(deployable, '40000');
    await userEvent.tab();
    expect((deployable as HTMLInputElement).value).toBe('40,000');
    expect(screen.getByTestId('cost-per-hour').textContent).toBe('£80.00');
  });
});

describe('the error summary', () => {
  it('links each problem to the input it was typed into, wherever that input is', async () => {
    renderWithPlan(
      <>
        <ErrorSummary title="Plan" />
        <EsiSettings />
      </>,
    );
    await userEvent.clear(screen.getByLabelText('ESIs that can start in the same month'));
    const link = within(screen.getByRole('region', { name: 'There is a problem' })).getByRole('link');
    expect(link.getAttribute('href')).toBe('#esi-max-per-month');
    expect(document.getElementById('esi-max-per-month')).toBe(
      screen.getByLabelText('ESIs that can start in the same month'),
    );
  });
});
