import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';

const chartPanel = (page: Page) => page.getByRole('region', { name: 'Hours demanded and available, month by month' });
const monthTable = (page: Page) => page.getByRole('table', { name: /Hours demanded and available in each month/ });
const monthRow = (page: Page, month: string) => monthTable(page).getByRole('row', { name: new RegExp(`^${month}`) });
const yearTable = (page: Page) => page.getByRole('table', { name: /Inspections and hours by financial year/ });
const profile = (page: Page) => page.getByRole('region', { name: 'Monthly profile of the deployable hours' });

/** A month row's cells by their column header, read from the table as a person would. */
async function monthFigures(page: Page, month: string): Promise<Record<string, string>> {
  // The view is fetched when first opened: the table is read once it is there.
  await expect(monthRow(page, month)).toBeVisible();
  const headers = await monthTable(page).locator('thead th').allTextContents();
  const cells = await monthRow(page, month).locator('th, td').allTextContents();
  return Object.fromEntries(headers.map((header, index) => [header, cells[index] ?? '']));
}

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/#/capacity');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('2004/05 plan (Annual Report 2003/2004)');
  await expect(page.getByRole('link', { name: 'Capacity over time' })).toHaveAttribute('aria-current', 'page');
});

test('the chart flags April and May 2004 as over capacity against 2,917 hours a month', async ({ page }) => {
  const april = await monthFigures(page, 'April 2004');
  expect(april['Hours available']).toBe('2,917');
  expect(april['Hours demanded']).toBe('3,235');
  expect(april['Joint, proposed']).toBe('208');
  expect(april['Over capacity']).toBe('318 hours over');
  expect((await monthFigures(page, 'June 2004'))['Over capacity']).toBe('No');
  expect((await monthFigures(page, 'March 2005'))['Hours available']).toBe('2,917');

  const summary = '2 months over capacity: April 2004 (318 hours over), May 2004 (318 hours over).';
  await expect(page.getByTestId('capacity-summary')).toHaveText(summary);
  const chart = chartPanel(page).getByRole('img');
  await expect(chart).toHaveAccessibleName(new RegExp(summary.replace(/[()]/g, '\\$&')));
  await expect(chart.locator('text', { hasText: /^318\s*over$/ })).toHaveCount(2);
  await expect(page.getByRole('region', { name: 'Months over capacity' }).getByRole('listitem')).toHaveText([
    /April 2004 needs 3,235 hours \(208 of them proposed joint work\) against 2,917 available: 318 over/,
    /May 2004 needs 3,235 hours/,
  ]);

  await expect(yearTable(page).getByRole('row', { name: /^2004\/05/ })).toContainText('16');
  await expect(
    yearTable(page)
      .getByRole('row', { name: /^2006\/07/ })
      .getByRole('cell')
      .first(),
  ).toHaveText('—outside the cycle');
  await expect(page.getByRole('region', { name: 'Programmes year by year' })).toContainText(
    '16 YOT inspections (§5.7), 29 Supporting People inspections (§4.28) and 14 ESIs (§2.2)',
  );

  await page.screenshot({ path: 'test-results/screenshots/capacity-opening.png' });
  await page.screenshot({ path: 'test-results/screenshots/capacity-full.png', fullPage: true });
  await expectNoAxeViolations(page);
});

test('lowering August’s weight takes hours from it and gives them to the other months, until it is over-full', async ({
  page,
}) => {
  const august = page.getByLabel('Weight for August 2004');
  await expect(august).toHaveValue('1');
  await expect(profile(page).getByRole('row', { name: /^August 2004/ })).toContainText('2,917');
  expect((await monthFigures(page, 'August 2004'))['Over capacity']).toBe('No');

  await august.fill('0.5');
  // 35,000 × 0.5 ÷ 11.5 and 35,000 × 1 ÷ 11.5; the lines spread by the profile move with it.
  await expect(profile(page).getByRole('row', { name: /^August 2004/ })).toContainText('1,522');
  await expect(profile(page).getByRole('row', { name: /^July 2004/ })).toContainText('3,043');
  const augustFigures = await monthFigures(page, 'August 2004');
  expect(augustFigures['Hours available']).toBe('1,522');
  expect(augustFigures['Over capacity']).toBe('723 hours over');
  await expect(page.getByTestId('capacity-summary')).toHaveText(
    '3 months over capacity: April 2004 (215 hours over), May 2004 (215 hours over), August 2004 (723 hours over).',
  );
  await expect(page.getByRole('region', { name: 'Months over capacity' })).toContainText(
    'August 2004 needs 2,244 hours',
  );
  await page.screenshot({ path: 'test-results/screenshots/capacity-august-half.png' });
  await august.blur();
  await expect(page.getByRole('button', { name: 'Undo: change the weight of August 2004' })).toBeVisible();
  await profile(page).getByText('Assumption').click();
  await expect(profile(page)).toContainText("the management group's profile of the deployable hours");

  await august.fill('-1');
  await expect(page.getByRole('region', { name: 'There is a problem' })).toContainText(
    'The weight for August 2004 must be 0 or more',
  );
  expect((await monthFigures(page, 'August 2004'))['Hours available']).toBe('1,522');
  await expectNoAxeViolations(page);
});

test('hiding tentative work takes the proposed joint hours out of the bars, totals and flags', async ({ page }) => {
  const toggle = page.getByLabel('Include proposed (tentative) work in totals');
  await expect(toggle).toBeChecked();
  await expect(monthTable(page).getByRole('columnheader', { name: 'Joint, proposed' })).toBeVisible();
  await expect(yearTable(page).getByRole('columnheader', { name: 'Joint, proposed' })).toBeVisible();
  await expect(chartPanel(page).getByRole('list', { name: 'Key to the chart' })).toContainText(
    'Joint work, proposed (tentative)',
  );

  await toggle.uncheck();
  await expect(monthTable(page).getByRole('columnheader', { name: 'Joint, proposed' })).toHaveCount(0);
  await expect(yearTable(page).getByRole('columnheader', { name: 'Joint, proposed' })).toHaveCount(0);
  await expect(chartPanel(page).getByRole('list', { name: 'Key to the chart' })).not.toContainText('proposed');
  const april = await monthFigures(page, 'April 2004');
  expect(april['Hours demanded']).toBe('3,026');
  expect(april['Over capacity']).toBe('110 hours over');
  await expect(page.getByTestId('capacity-summary')).toHaveText(
    '2 months over capacity: April 2004 (110 hours over), May 2004 (110 hours over).',
  );
  await page.screenshot({ path: 'test-results/screenshots/capacity-without-tentative.png' });

  await toggle.check();
  expect((await monthFigures(page, 'April 2004'))['Hours demanded']).toBe('3,235');
});
