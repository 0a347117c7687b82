// @vitest-environment jsdom
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { CapacityView } from '../../src/features/capacity/CapacityView';
import { EsiCycleView } from '../../src/features/esi-cycle/EsiCycleView';
import { JointWorkView } from '../../src/features/joint-work/JointWorkView';
import { CompareScenarios } from '../../src/features/scenarios/CompareScenarios';
import { ScenarioList } from '../../src/features/scenarios/ScenarioList';
import { YotView } from '../../src/features/yot/YotView';
import type { PlanStore } from '../../src/store/planStore';
import { expectNoAxeViolationsIn } from '../support/axeInJsdom';
import { renderWithPlan } from '../support/renderWithPlan';
import { esiVerbs } from '../../src/store/slices/esiVerbs';
import { jointWorkVerbs } from '../../src/store/slices/jointWorkVerbs';
import { scenarioVerbs } from '../../src/store/slices/scenarioVerbs';
import { yotVerbs } from '../../src/store/slices/yotVerbs';

const REASON = 'Another tab has saved newer changes.';

afterEach(cleanup);

/** Renders `ui` over the 2004/05 plan after `before` has changed it, then makes the store read-only. */
function renderReadOnly(ui: ReactElement, before: (store: PlanStore) => void = () => undefined): PlanStore {
  const store = renderWithPlan(ui);
  act(() => {
    before(store);
    store.getState().setReadOnly(REASON);
  });
  return store;
}

/** Nothing on the screen to type into or choose from: every figure is text. */
function expectNoFields(): void {
  for (const role of ['textbox', 'spinbutton', 'combobox', 'radio'] as const)
    expect(screen.queryAllByRole(role)).toEqual([]);
}

const buttonNames = () => screen.queryAllByRole('button').map((button) => button.textContent);

/** The text of the field labelled `label`: its label, hint and figure, as a screen reader reads them in order. */
const fieldText = (label: string) =>
  screen.getByText(label, { selector: 'label' }).closest('.field')?.textContent ?? '';

describe('the budget and hours view while the plan is read-only', () => {
  it('shows the budget, hours and lines as text, with no undo, goal seek button or import', async () => {
    renderReadOnly(<App />, (store) => store.getState().setBudget(3_300_000));
    await screen.findByRole('button', { name: 'Scenario file' }, { timeout: 5000 });
    await screen.findByRole('heading', { name: 'Goal seek: cost per hour' });

    expectNoFields();
    expect(buttonNames()).toEqual([
      'Scenario file',
      'Lines as CSV',
      'ESI schedule as CSV',
      'Download for Excel (.xlsx)',
    ]);
    expect(screen.queryByText('Import a scenario file')).toBeNull();
    expect(fieldText('Total budget')).toContain('£3,300,000');
    expect(fieldText('Deployable inspection hours')).toMatch(/35,000\s*hours$/);
    expect(fieldText('Ceiling per hour')).toContain('£96.00');
    expect(screen.getByTestId('cost-per-hour').textContent).toBe('£94.29');
    expect(fieldText('Hours for YOT inspections')).toBe('Hours for YOT inspections11,250');
    expect(screen.getByTestId('allocated-hours').textContent).toBe('35,000');
    // The goal seek still answers for the ceiling; it only cannot apply the answer.
    expect(screen.getByText('£3,360,000')).toBeTruthy();
    await expectNoAxeViolationsIn();
  });

  it('gives the fields back once the plan may be changed again', async () => {
    const store = renderReadOnly(<App />);
    await screen.findByRole('button', { name: 'Scenario file' }, { timeout: 5000 });
    act(() => store.getState().setReadOnly(null));
    expect(screen.getByRole('textbox', { name: 'Total budget' })).toHaveProperty('value', '3,200,000');
    expect(screen.getByRole('group', { name: 'History' })).toBeTruthy();
    expect(await screen.findByText('Import a scenario file')).toBeTruthy();
  });
});

describe('the scenarios views while the plan is read-only', () => {
  it('lists every scenario with its figures and offers only to open one or print', async () => {
    const store = renderReadOnly(<ScenarioList />, (current) => scenarioVerbs(current).duplicateScenario('plan-1'));
    expectNoFields();
    const firstRow = screen.getByRole('row', { name: /^2004\/05 plan \(Annual Report 2003\/2004\) £/ });
    expect(firstRow.textContent).toContain('£91.4335,000 of 35,000');
    expect(buttonNames()).toEqual(['Open 2004/05 plan (Annual Report 2003/2004)', 'Print summary']);
    await expectNoAxeViolationsIn();

    // Opening changes which scenario is shown, not the plan: it is not undone and not saved from here.
    await userEvent.click(screen.getByRole('button', { name: 'Open 2004/05 plan (Annual Report 2003/2004)' }));
    expect(store.getState().workspace.activeId).toBe('plan-1');
    expect(store.getState().workspace.scenarios).toHaveLength(2);
  });

  it('still compares scenarios side by side', async () => {
    renderReadOnly(<CompareScenarios />, (store) => scenarioVerbs(store).duplicateScenario('plan-1'));
    for (const checkbox of screen.getAllByRole('checkbox')) await userEvent.click(checkbox);
    expect(screen.getByRole('table', { name: 'Totals, £ per hour and findings' })).toBeTruthy();
    expect(screen.queryAllByRole('button')).toEqual([]);
    await expectNoAxeViolationsIn();
  });
});

describe('the ESI cycle view while the plan is read-only', () => {
  it('shows every year, Area and assumption with no handle, menu, setting or resolve action', async () => {
    renderReadOnly(<EsiCycleView />, (store) => esiVerbs(store).setFamilyCoreHours('metropolitan', 650));
    expectNoFields();
    expect(buttonNames()).toEqual([]);
    expect(screen.getByTestId('esi-count-2004/05').textContent).toBe('16 Areas of 15 funded Over');
    expect(screen.getByText('2004/05 is over capacity.')).toBeTruthy();
    expect(screen.getByText('Norfolk')).toBeTruthy();
    expect(fieldText('ESIs that can start in the same month')).toContain('ESIs');
    expect(fieldText('Metropolitan (and London) family: core hours per ESI')).toMatch(/650\s*hours$/);
    expect(screen.queryByText(/Drag a card/)).toBeNull();
    await expectNoAxeViolationsIn();
  });
});

describe('the YOT programme view while the plan is read-only', () => {
  it('shows the figures and the months with nothing to drag, move or put back', async () => {
    renderReadOnly(<YotView />, (store) => yotVerbs(store).moveYotInspections('2004-09', '2004-10'));
    expectNoFields();
    expect(buttonNames()).toEqual([]);
    expect(fieldText('Inspections in each 12 months (phase 2)')).toContain('30');
    expect(fieldText('Phase 2 starts in')).toContain('September 2004');
    expect(fieldText('Hours per YOT inspection')).toContain('hours');
    expect(screen.getByTestId('yot-total').textContent).toContain('of 155 YOTs');
    await expectNoAxeViolationsIn();
  });
});

describe('the joint work view while the plan is read-only', () => {
  it('shows the register, contingency and Supporting People with no commit, withdraw, remove or form', async () => {
    renderReadOnly(<JointWorkView />, (store) => {
      jointWorkVerbs(store).commitJointInspection('sex-offender-work', '2004-06-01');
      jointWorkVerbs(store).addContingencyDraw({ date: '2004-07-01', reason: 'Inquiry', hours: 100 });
    });
    expectNoFields();
    expect(buttonNames()).toEqual([]);
    // Showing or hiding proposed work is a way of looking, and stays.
    expect(screen.getByRole('checkbox', { name: 'Include proposed (tentative) work in totals' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Propose a joint inspection' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Record a draw on contingency' })).toBeNull();
    const register = within(screen.getByRole('table', { name: /Each joint inspection/ }));
    expect(register.getByRole('row', { name: /Resettlement/ }).textContent).toContain('1,500');
    expect(screen.getByTestId('contingency-left').textContent).toBe('1,900 hours');
    expect(fieldText('Hours per inspection')).toContain('hours');
    await expectNoAxeViolationsIn();
  });
});

describe('the capacity view while the plan is read-only', () => {
  it('shows each month’s weight as text', async () => {
    renderReadOnly(<CapacityView />);
    expectNoFields();
    const profile = within(screen.getByRole('table', { name: /Each month’s weight/ }));
    expect(profile.getByRole('row', { name: /August 2004/ }).textContent).toBe(
      'August 2004Weight for August 200412,917',
    );
    await expectNoAxeViolationsIn();
  });
});
