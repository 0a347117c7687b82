import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';

const NEXT = '2005/06 plan (carried from 2004/05)';

test('starts the 2005/06 plan from the 2004/05 one after showing its error, and says what was carried', async ({
  page,
}) => {
  await page.goto('/#/scenarios');
  const scenarios = page.getByRole('region', { name: 'Scenarios' });
  await scenarios.getByRole('button', { name: 'Start the 2005/06 plan from this one' }).click();
  await expect(scenarios.getByRole('heading', { name: /still has an error$/ })).toBeVisible();
  await expect(scenarios).toContainText('2004/05 has 16 Areas scheduled for ESI but its 8,750 core hours fund 15');
  await scenarios.getByRole('button', { name: 'Start the 2005/06 plan anyway' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(NEXT);
  const summary = page.getByRole('region', {
    name: 'The 2005/06 plan was started from the 2004/05 plan, and is open now',
  });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('30 ESIs of the cycle done, 12 ESIs still to do.');
  await expect(summary).toContainText('28 YOT inspections planned in 2004/05 marked done: 44 of 155 YOTs inspected.');
  await expect(page.getByTestId('cost-per-hour')).toContainText('£91.43');
  await expect(
    scenarios.getByRole('row', { name: new RegExp(`^${NEXT.replace(/[()/]/g, '\\$&')} Open now`) }),
  ).toHaveAttribute('aria-current', 'true');
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'test-results/screenshots/carry-forward-summary.png', fullPage: true });

  await page.getByRole('link', { name: 'Budget and hours' }).click();
  const budget = page.getByLabel('Total budget');
  await expect(budget).toHaveValue('3,200,000');
  await expect(budget).toHaveAccessibleDescription(/^Carried from the 2004\/05 plan/);
  // The budget's note is the first on the page, as a reader comes to it.
  await page.getByText('Carried from the 2004/05 plan').first().click();
  await expect(
    page.getByText(
      'Taken from the 2004/05 plan as a starting point; there it came from report §1.30: Total budget for the coming year is £3.2 million',
    ),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});
