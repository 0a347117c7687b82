import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';

const costPerHour = (page: Page) => page.getByTestId('cost-per-hour');
const findings = (page: Page) => page.getByRole('region', { name: 'Findings' });
const allocation = (page: Page) => page.getByRole('region', { name: /Allocation of inspection hours/ });

/** Every figure on the page that is derived from the scenario, to show that a bad entry changed none of them. */
async function figuresOnScreen(page: Page) {
  return {
    costPerHour: await costPerHour(page).textContent(),
    table: await allocation(page).locator('td.numeric:not(:has(input))').allTextContents(),
    findings: await findings(page).textContent(),
    programmes: await page.getByRole('region', { name: 'Programmes' }).textContent(),
  };
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('2004/05 plan (Annual Report 2003/2004)');
});

test('opens on the 2004/05 plan at £91.43 an hour, with the report’s eleven lines and the ESI capacity error', async ({
  page,
}) => {
  await expect(costPerHour(page)).toHaveText('£91.43');
  await expect(page.getByLabel('Total budget')).toHaveValue('3,200,000');
  await expect(page.getByLabel('Deployable inspection hours')).toHaveValue('35,000');
  await expect(allocation(page).locator('tbody tr')).toHaveCount(11);
  await expect(page.getByLabel('Hours for YOT inspections')).toHaveValue('11,250');
  await expect(page.getByTestId('allocated-hours')).toHaveText('35,000');
  await expect(
    findings(page).getByRole('listitem').filter({ hasText: '2004/05 has 16 Areas scheduled' }),
  ).toContainText('fund 15');
  await page.screenshot({ path: 'test-results/screenshots/budget-opening.png', fullPage: true });
  await expectNoAxeViolations(page);
});

test('a budget of £3,360,000 costs £96.00 an hour and raises the ceiling finding', async ({ page }) => {
  await page.getByLabel('Total budget').fill('3,360,000');
  await expect(costPerHour(page)).toHaveText('£96.00');
  await expect(findings(page).getByRole('listitem').filter({ hasText: 'within 2% of the £96.00 ceiling' })).toHaveCount(
    1,
  );
  await expect(page.getByRole('group', { name: 'Cost per hour' })).toContainText('within 2% of the ceiling');
  // The budget is now the user's figure, not the report's, and says so.
  await page.getByLabel('Total budget').blur();
  const budgetSource = page.locator('#budget-hint');
  await expect(budgetSource).toContainText('Assumption');
  await budgetSource.getByText('Assumption').click();
  await expect(budgetSource).toContainText("Set in the planner; the report's figure (§1.30) is £3,200,000.");
  await page.getByLabel('Total budget').fill('3,400,000');
  await expect(costPerHour(page)).toHaveText('£97.14');
  await expect(findings(page).getByRole('listitem').filter({ hasText: 'above the £96.00 ceiling' })).toHaveCount(1);
});

test('editing a line’s hours updates the totals and findings at once', async ({ page }) => {
  await page.getByLabel('Hours for YOT inspections').fill('12,000');
  await expect(page.getByTestId('allocated-hours')).toHaveText('35,750');
  await expect(
    findings(page).getByRole('listitem').filter({ hasText: '35,750 hours, 750 more than the 35,000 deployable hours' }),
  ).toHaveCount(1);
  await page.getByLabel('Deployable inspection hours').fill('36,000');
  await expect(costPerHour(page)).toHaveText('£88.89');
  await expect(findings(page).getByRole('listitem').filter({ hasText: '250 hours unallocated' })).toHaveCount(1);
});

test('a negative hours value shows a message beside the field and changes no figure', async ({ page }) => {
  const before = await figuresOnScreen(page);
  const yotHours = page.getByLabel('Hours for YOT inspections');
  await yotHours.fill('-500');
  await expect(page.getByText('The hours for YOT inspections must be 0 or more').first()).toBeVisible();
  await expect(yotHours).toHaveAttribute('aria-invalid', 'true');
  await expect(yotHours).toHaveAccessibleDescription(/must be 0 or more/);
  await expect(page).toHaveTitle(/^Error: /);
  await expect(page.getByRole('region', { name: 'There is a problem' })).toContainText(
    'The hours for YOT inspections must be 0 or more',
  );
  expect(await figuresOnScreen(page)).toEqual(before);
  await page.screenshot({ path: 'test-results/screenshots/budget-negative-hours.png', fullPage: true });
  await expectNoAxeViolations(page);

  await yotHours.fill('11,000');
  await expect(page).not.toHaveTitle(/^Error: /);
  await expect(page.getByRole('region', { name: 'There is a problem' })).toHaveCount(0);
  await expect(findings(page)).toContainText('250 hours unallocated');
});

for (const [typed, message] of [
  ['', 'Enter the total budget'],
  ['three million', 'The total budget must be a number, like 3,200,000'],
  ['1e309', 'The total budget must be 10,000,000,000 or less'],
] as const) {
  test(`a budget of "${typed}" is refused with "${message}" and the figures stay`, async ({ page }) => {
    const before = await figuresOnScreen(page);
    await page.getByLabel('Total budget').fill(typed);
    await expect(page.getByRole('region', { name: 'There is a problem' })).toContainText(message);
    await expect(costPerHour(page)).toHaveText('£91.43');
    expect(await figuresOnScreen(page)).toEqual(before);
  });
}

test('every figure says where it comes from, by keyboard too', async ({ page }) => {
  const assumption = page.getByRole('region', { name: 'Programmes' }).getByText('Assumption').last();
  await assumption.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('11,250 ÷ 30 = 375 hours each')).toBeVisible();
  await expect(allocation(page).getByRole('row', { name: /YOT inspections/ })).toContainText('Report §5.14');
});
