import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';

const PLAN = '2004/05 plan (Annual Report 2003/2004)';
const COPY = `${PLAN} (copy)`;

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const costPerHour = (page: Page) => page.getByTestId('cost-per-hour');
const scenarioList = (page: Page) => page.getByRole('region', { name: 'Scenarios' });
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The scenario's row; the open one's row header also says "Open now". */
const rowOf = (page: Page, name: string) =>
  scenarioList(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${escaped(name)}( Open now)?$`) }) });
const view = (page: Page, title: string) =>
  page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: title, exact: true }).click();

/** Duplicates the 2004/05 plan, renames the copy, and gives it YOT 12,000 hours on the budget view. */
async function yotVariant(page: Page, name: string) {
  await page.goto('/#/scenarios');
  await scenarioList(page)
    .getByRole('button', { name: `Duplicate ${PLAN}` })
    .click();
  await scenarioList(page)
    .getByRole('button', { name: `Rename ${COPY}` })
    .click();
  await page.getByLabel(`New name for ${COPY}`).fill(name);
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText(name);
  await view(page, 'Budget and hours');
  await page.getByLabel('Hours for YOT inspections').fill('12,000');
  await page.getByLabel('Hours for YOT inspections').blur();
}

test('lists the scenarios with £/hour, hours and findings, and creates, duplicates, renames, deletes and undoes', async ({
  page,
}) => {
  await page.goto('/');
  const findingCounts = (
    await page.getByRole('region', { name: 'Findings' }).locator('.findings__summary').textContent()
  )
    ?.split(', ')
    .slice(0, 2)
    .join(', ');
  expect(findingCounts).toMatch(/^\d+ errors?, \d+ warnings?$/);
  await view(page, 'Scenarios');
  await expect(heading(page)).toHaveText(PLAN);
  const plan = rowOf(page, PLAN);
  await expect(plan).toHaveAttribute('aria-current', 'true');
  await expect(plan).toContainText('£91.43');
  await expect(plan).toContainText('35,000 of 35,000');
  await expect(plan).toContainText(findingCounts ?? '');
  await expect(scenarioList(page)).toContainText('The last scenario cannot be deleted.');
  await expect(plan.getByRole('button', { name: /^Delete/ })).toHaveCount(0);

  await plan.getByRole('button', { name: `Duplicate ${PLAN}` }).click();
  await expect(heading(page)).toHaveText(COPY);
  await expect(rowOf(page, COPY)).toHaveAttribute('aria-current', 'true');
  await expect(plan).not.toHaveAttribute('aria-current');

  await rowOf(page, COPY)
    .getByRole('button', { name: `Rename ${COPY}` })
    .click();
  const nameField = page.getByLabel(`New name for ${COPY}`);
  await expect(nameField).toBeFocused();
  await nameField.fill('   ');
  await page.keyboard.press('Enter');
  await expect(nameField).toHaveAttribute('aria-invalid', 'true');
  await expect(nameField).toHaveAccessibleDescription('Error: Enter a name for the scenario');
  await expect(heading(page)).toHaveText(COPY);
  await nameField.fill(PLAN);
  await page.keyboard.press('Enter');
  await expect(nameField).toHaveAccessibleDescription(
    `Error: There is already a scenario called “${PLAN}”; choose another name`,
  );
  await page.screenshot({ path: 'test-results/screenshots/scenarios-rename-error.png', fullPage: true });
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(nameField).toHaveCount(0);
  await expect(rowOf(page, COPY).getByRole('button', { name: `Rename ${COPY}` })).toBeFocused();

  await rowOf(page, COPY)
    .getByRole('button', { name: `Rename ${COPY}` })
    .click();
  await page.getByLabel(`New name for ${COPY}`).fill('Budget cut 5%');
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Budget cut 5%');
  await expect(page.getByRole('button', { name: `Undo: rename ${COPY} to Budget cut 5%` })).toBeVisible();

  await scenarioList(page).getByRole('button', { name: 'New scenario from the 2004/05 plan' }).click();
  await expect(heading(page)).toHaveText(`${PLAN} (2)`);
  await rowOf(page, PLAN)
    .getByRole('button', { name: `Open ${PLAN}` })
    .click();
  await expect(heading(page)).toHaveText(PLAN);
  await expect(scenarioList(page).getByRole('row')).toHaveCount(4);
  await page.screenshot({ path: 'test-results/screenshots/scenarios-list.png', fullPage: true });
  await expectNoAxeViolations(page);

  await rowOf(page, 'Budget cut 5%').getByRole('button', { name: 'Delete Budget cut 5%' }).click();
  const notice = scenarioList(page).getByRole('status');
  await expect(notice).toHaveText('Deleted Budget cut 5%. Undo deleting Budget cut 5%');
  await expect(notice).toBeFocused();
  await expect(rowOf(page, 'Budget cut 5%')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Undo: delete Budget cut 5%' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/scenarios-deleted.png', fullPage: true });
  await notice.getByRole('button', { name: 'Undo deleting Budget cut 5%' }).click();
  await expect(rowOf(page, 'Budget cut 5%')).toHaveCount(1);
  await expect(notice).toHaveText('Restored Budget cut 5%.');
  await expect(page.getByRole('button', { name: 'Redo: delete Budget cut 5%' })).toBeVisible();
});

test('deleting the open scenario opens its neighbour, and the header names it', async ({ page }) => {
  await page.goto('/#/scenarios');
  await rowOf(page, PLAN)
    .getByRole('button', { name: `Duplicate ${PLAN}` })
    .click();
  await rowOf(page, COPY)
    .getByRole('button', { name: `Delete ${COPY}` })
    .click();
  await expect(heading(page)).toHaveText(PLAN);
  await expect(rowOf(page, PLAN)).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('Control+z');
  await expect(heading(page)).toHaveText(COPY);
});

test('the comparison shows YOT +750 highlighted against the baseline, and says what changed', async ({ page }) => {
  await yotVariant(page, 'YOT 12,000');
  await page.getByLabel('Deployable inspection hours').fill('36,000');
  await page.getByLabel('Deployable inspection hours').blur();
  await expect(costPerHour(page)).toHaveText('£88.89');

  await view(page, 'Compare scenarios');
  const compare = page.getByRole('region', { name: 'Compare scenarios' });
  await expect(compare).toContainText('Choose at least two scenarios to see them side by side.');
  await compare.getByLabel(PLAN).check();
  await compare.getByLabel('YOT 12,000').check();
  await expect(compare.getByLabel(/baseline/)).toHaveAccessibleName(`${PLAN} baseline`);

  const hours = compare.getByRole('table', { name: 'Hours by line', exact: true });
  const yotRow = hours.getByRole('row', { name: /^YOT inspections/ });
  await expect(yotRow.getByRole('cell')).toHaveText(['11,250', '12,000▲ changed: +750']);
  const changedCell = yotRow.getByRole('cell').nth(1);
  await expect(changedCell).toHaveClass(/compare__cell--changed/);
  await expect(changedCell.locator('strong')).toHaveText('12,000');
  await expect(hours.getByRole('row', { name: /^ESI \(core area inspections\)/ }).getByRole('cell')).toHaveText([
    '8,750',
    '8,750',
  ]);

  const totals = compare.getByRole('table', { name: 'Totals, £ per hour and findings' });
  await expect(totals.getByRole('row', { name: /^Cost per hour/ }).getByRole('cell')).toHaveText([
    '£91.43',
    '£88.89▼ changed: \u2212£2.54',
  ]);
  await expect(
    compare
      .getByRole('table', { name: 'Share of the deployable hours by line' })
      .getByRole('row', { name: /^YOT inspections/ }),
  ).toContainText('+1.2 pts');
  await expect(
    compare
      .getByRole('table', { name: 'ESI: Areas scheduled each year' })
      .getByRole('row', { name: /^2004\/05 \d/ })
      .getByRole('cell'),
  ).toHaveText(['16', '16']);

  const whatChanged = compare.getByRole('region', { name: 'What changed' });
  await expect(whatChanged.getByRole('heading', { name: `YOT 12,000 against ${PLAN}` })).toBeVisible();
  await expect(whatChanged.getByRole('listitem')).toContainText([
    'YOT inspections +750 h',
    'Deployable hours 35,000 → 36,000 (+1,000 h)',
    '£/hour £91.43 → £88.89',
  ]);
  await page.screenshot({ path: 'test-results/screenshots/scenarios-compare.png', fullPage: true });
  await expectNoAxeViolations(page);

  await compare.getByLabel(PLAN).uncheck();
  await expect(compare).toContainText('Choose at least two scenarios to see them side by side.');
});

test('goal seek sets the budget for £90 an hour in one undoable step, and explains a bad target', async ({ page }) => {
  await page.goto('/');
  const goalSeek = page.getByRole('region', { name: 'Goal seek: cost per hour' });
  const target = page.getByLabel('Target cost per hour');
  await expect(target).toHaveValue('96.00');

  await target.fill('0');
  await expect(goalSeek.getByText('The target cost per hour must be more than 0')).toBeVisible();
  await expect(target).toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveTitle(/^Error: /);
  await expect(
    page
      .getByRole('region', { name: 'There is a problem' })
      .getByRole('link', { name: 'The target cost per hour must be more than 0' }),
  ).toHaveAttribute('href', '#goal-seek-target');
  await expect(goalSeek).toContainText('Enter a valid target to see the budget and the hours that meet it.');
  await expect(costPerHour(page)).toHaveText('£91.43');
  await page.screenshot({ path: 'test-results/screenshots/goal-seek-error.png', fullPage: true });
  await expectNoAxeViolations(page);

  await target.fill('£90');
  await expect(page).not.toHaveTitle(/^Error: /);
  await expect(goalSeek).toContainText('Budget at today’s 35,000 hours£3,150,000');
  await expect(goalSeek).toContainText('Budget £3,200,000 → £3,150,000 (\u2212£50,000)');
  await expect(goalSeek).toContainText('Hours at today’s £3,200,000 budget35,555.6 hours');
  await expect(goalSeek).toContainText('Deployable hours 35,000 → 35,555.6 (+555.6 h)');
  await page.screenshot({ path: 'test-results/screenshots/goal-seek.png', fullPage: true });

  await goalSeek.getByRole('button', { name: 'Set the budget to £3,150,000' }).click();
  await expect(costPerHour(page)).toHaveText('£90.00');
  await expect(page.getByLabel('Total budget')).toHaveValue('3,150,000');
  await expect(goalSeek).toContainText('Already meets £90.00 an hour: nothing would change.');
  await expect(page.getByRole('button', { name: 'Undo: goal seek: budget for £90.00 an hour' })).toBeVisible();
  await page.getByRole('button', { name: 'Undo: goal seek: budget for £90.00 an hour' }).click();
  await expect(costPerHour(page)).toHaveText('£91.43');

  await goalSeek.getByRole('button', { name: 'Set the deployable hours to 35,555.6' }).click();
  await expect(costPerHour(page)).toHaveText('£90.00');
  await expect(
    page.getByRole('button', { name: 'Undo: goal seek: deployable hours for £90.00 an hour' }),
  ).toBeVisible();
});

test('undo and redo by buttons and by Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y, naming the step', async ({ page }) => {
  await page.goto('/');
  const undo = page.getByRole('group', { name: 'History' }).getByRole('button').first();
  const redo = page.getByRole('group', { name: 'History' }).getByRole('button').last();
  await expect(undo).toBeDisabled();
  const budget = page.getByLabel('Total budget');
  await budget.fill('3,000,000');
  await budget.blur();
  await expect(costPerHour(page)).toHaveText('£85.71');
  await expect(undo).toHaveText('Undo: change budget');

  await undo.click();
  await expect(costPerHour(page)).toHaveText('£91.43');
  await expect(redo).toHaveText('Redo: change budget');
  await redo.click();
  await expect(costPerHour(page)).toHaveText('£85.71');

  await page.keyboard.press('Control+z');
  await expect(costPerHour(page)).toHaveText('£91.43');
  await expect(budget).toHaveValue('3,200,000');
  await page.keyboard.press('Control+Shift+z');
  await expect(costPerHour(page)).toHaveText('£85.71');
  await page.keyboard.press('Control+z');
  await expect(undo).toBeDisabled();
  await page.keyboard.press('Control+y');
  await expect(costPerHour(page)).toHaveText('£85.71');
  await expect(redo).toBeDisabled();
});

test('prints a one-page summary of the open scenario from any view, without navigation or controls', async ({
  page,
}) => {
  await yotVariant(page, 'YOT 12,000');
  await view(page, 'Compare scenarios');
  await page.emulateMedia({ media: 'print' });
  const summary = page.getByRole('article', { name: 'YOT 12,000' });
  await expect(summary).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Views' })).toBeHidden();
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('button')).toHaveCount(0);
  const today = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
  await expect(summary).toContainText(`Printed ${today}`);
  await expect(summary).toContainText('£91.43 against the £96.00 ceiling: within the ceiling');
  await expect(summary.getByRole('row', { name: /^YOT inspections/ }).getByRole('cell')).toHaveText([
    '12,000',
    '34.3%',
    '£1,097,143',
  ]);
  await expect(
    summary
      .getByRole('table', { name: 'ESI cycle: Areas each year' })
      .getByRole('row', { name: /^2004\/05/ })
      .getByRole('cell')
      .first(),
  ).toHaveText('16');
  await expect(summary.getByRole('listitem').filter({ hasText: 'Error:' })).not.toHaveCount(0);
  // An A4 page less its 12 mm margins, at 96 pixels an inch: what fits here fits on the paper.
  await page.setViewportSize({ width: 703, height: 1032 });
  await page.screenshot({ path: 'test-results/screenshots/print-summary.png', fullPage: true });

  const pdf = await page.pdf({
    format: 'A4',
    preferCSSPageSize: true,
    path: 'test-results/screenshots/print-summary.pdf',
  });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
  expect(pages).toHaveLength(1);
});

test('the Print summary button opens the browser’s print', async ({ page }) => {
  await page.goto('/#/scenarios');
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', 'yes');
  });
  await scenarioList(page).getByRole('button', { name: 'Print summary' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
});

test('an agreed plan is frozen beside the working plan, which the comparison measures against it', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2004-04-05T10:00:00'));
  const agreed = `${PLAN} (agreed 5 April 2004)`;
  await page.goto('/#/scenarios');
  await scenarioList(page)
    .getByRole('button', { name: `Mark agreed ${PLAN}` })
    .click();
  await expect(scenarioList(page).getByRole('status')).toContainText(`Marked ${PLAN} agreed`);
  const agreedRow = scenarioList(page).getByRole('row', {
    name: new RegExp(`^${escaped(agreed)} Agreed 5 April 2004, frozen`),
  });
  await expect(agreedRow.getByRole('button')).toHaveText([`Open ${agreed}`, `Duplicate ${agreed}`, `Delete ${agreed}`]);
  await expect(heading(page)).toHaveText(PLAN);

  await view(page, 'Budget and hours');
  await page.getByLabel('Hours for YOT inspections').fill('12,000');
  await page.getByLabel('Hours for YOT inspections').blur();
  await view(page, 'Compare scenarios');
  const compare = page.getByRole('region', { name: 'Compare scenarios' });
  const yotRow = compare
    .getByRole('table', { name: 'Hours by line', exact: true })
    .getByRole('row', { name: /^YOT inspections/ });
  await expect(yotRow.getByRole('cell')).toHaveText(['11,250', '12,000▲ changed: +750']);
  await expect(compare.getByRole('heading', { name: `${PLAN} against ${agreed}` })).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/scenarios-agreed-compare.png', fullPage: true });
  await expectNoAxeViolations(page);

  await view(page, 'Scenarios');
  await scenarioList(page)
    .getByRole('button', { name: `Open ${agreed}` })
    .click();
  await view(page, 'Budget and hours');
  await expect(page.getByText('The plan agreed on 5 April 2004, frozen: nothing in it can be changed.')).toBeVisible();
  await expect(page.getByLabel('Hours for YOT inspections')).toHaveCount(0);
  await expect(page.getByRole('main')).toContainText('11,250');
  await page.screenshot({ path: 'test-results/screenshots/scenarios-agreed-frozen.png', fullPage: true });
  await expectNoAxeViolations(page);

  await view(page, 'Scenarios');
  await scenarioList(page)
    .getByRole('button', { name: `Duplicate ${agreed}` })
    .click();
  await expect(heading(page)).toHaveText(`${agreed} (copy)`);
  await view(page, 'Budget and hours');
  await expect(page.getByLabel('Hours for YOT inspections')).toHaveValue('11,250');
});
