import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';

const register = (page: Page) => page.getByRole('region', { name: 'Joint inspections' });
const pools = (page: Page) => register(page).locator('table.joint-pools');
const poolRow = (page: Page, name: RegExp) => pools(page).getByRole('row', { name });
const inspectionRow = (page: Page, name: string) =>
  register(page)
    .locator('table.joint-register__table tbody tr')
    .filter({ has: page.getByRole('rowheader', { name, exact: true }) });
const dialog = (page: Page) => page.getByRole('dialog');
const contingency = (page: Page) => page.getByRole('region', { name: 'Contingency' });
const proposeForm = (page: Page) => page.getByRole('region', { name: 'Propose a joint inspection' });
const supportingPeople = (page: Page) => page.getByRole('region', { name: 'Supporting People' });

async function propose(
  page: Page,
  { name, pool, partners, hours }: { name: string; pool: 'CJS' | 'Non-CJS'; partners: string; hours: string },
) {
  const form = proposeForm(page);
  await form.getByLabel('Name').fill(name);
  await form.getByLabel(`${pool} joint inspections`).check();
  await form.getByLabel('Partner inspectorates').fill(partners);
  await form.getByLabel('Estimated hours').fill(hours);
  await form.getByRole('button', { name: 'Propose the inspection' }).click();
  await expect(inspectionRow(page, name)).toContainText('Proposed (tentative)');
}

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/#/joint-work');
  await expect(page.getByRole('heading', { level: 2, name: 'Joint inspections' })).toBeVisible();
});

test('opens on the register of §5.13 and §4.35, the joint lines, contingency and Supporting People', async ({
  page,
}) => {
  await expect(page).toHaveTitle(/^Joint work and contingency – 2004\/05/);
  await expect(inspectionRow(page, 'Resettlement')).toContainText('HMI Prisons');
  await expect(inspectionRow(page, 'Resettlement')).toContainText('April 2004 – March 2005');
  await expect(page.getByLabel('Estimated hours for Resettlement')).toHaveValue('1,500');
  await expect(inspectionRow(page, 'Sex offender work')).toContainText('Proposed (tentative)');
  await expect(poolRow(page, /^Available/)).toContainText('4,000');
  await expect(poolRow(page, /^Available/)).toContainText('500');
  await expect(poolRow(page, /^Proposed/)).toContainText('2,500');
  await expect(poolRow(page, /^Left if proposed work goes ahead/)).toHaveText(/1,500\s*500$/);
  await expect(page.getByTestId('contingency-left')).toHaveText('2,000 hours');
  await expect(page.getByTestId('supporting-people-verdict')).toHaveText(
    '2004/05 needs 1,800 hours against the 1,800-hour line (§5.14): within the line, with none to spare.',
  );
  await expect(supportingPeople(page).getByRole('row', { name: /2003\/04/ })).toHaveText(
    /2003\/04\s*29\s*1,740\s*Done/,
  );
  await expect(supportingPeople(page)).toContainText('5 years from September 2003 to August 2008');
  await page.screenshot({ path: 'test-results/screenshots/joint-work.png' });
  await page.screenshot({ path: 'test-results/screenshots/joint-work-full.png', fullPage: true });
  await expectNoAxeViolations(page);
});

test('committing an inspection its line holds shows 2,500 left first, then commits; undo takes it back', async ({
  page,
}) => {
  await inspectionRow(page, 'Resettlement').getByRole('button', { name: 'Commit Resettlement' }).click();
  await expect(dialog(page)).toBeVisible();
  await expect(dialog(page)).toHaveAccessibleName('Commit Resettlement?');
  // Modal: the rest of the page is inert until the dialog closes, so focus cannot wander out of it.
  expect(await dialog(page).evaluate((element) => element.matches(':modal'))).toBe(true);
  await expect(dialog(page).getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expect(dialog(page)).toContainText('Left in the CJS joint inspections line after2,500 hours');
  // Nothing has changed yet.
  await expect(poolRow(page, /^Committed/)).toHaveText(/Committed\s*0\s*0/);
  await page.screenshot({ path: 'test-results/screenshots/joint-work-commit.png' });
  await expectNoAxeViolations(page);

  await dialog(page).getByRole('button', { name: 'Commit Resettlement' }).click();
  await expect(dialog(page)).toHaveCount(0);
  await expect(inspectionRow(page, 'Resettlement')).toContainText('Committed');
  await expect(poolRow(page, /^Committed/)).toHaveText(/Committed\s*1,500\s*0/);
  await expect(register(page).getByRole('status')).toContainText('2,500 left in it');
  await expect(page.getByRole('button', { name: 'Withdraw the commitment to Resettlement' })).toBeFocused();
  await expect(page.getByLabel('Estimated hours for Resettlement')).toHaveCount(0);

  await page.getByRole('button', { name: 'Undo: commit Resettlement' }).click();
  await expect(inspectionRow(page, 'Resettlement')).toContainText('Proposed (tentative)');
  await expect(poolRow(page, /^Committed/)).toHaveText(/Committed\s*0\s*0/);
});

test('Escape and Cancel close the confirmation without committing, and focus returns to the Commit button', async ({
  page,
}) => {
  const commit = page.getByRole('button', { name: 'Commit Sex offender work' });
  await commit.click();
  await expect(dialog(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toHaveCount(0);
  await expect(commit).toBeFocused();
  await commit.press('Enter');
  await dialog(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog(page)).toHaveCount(0);
  await expect(commit).toBeFocused();
  await expect(inspectionRow(page, 'Sex offender work')).toContainText('Proposed (tentative)');
  await expect(page.getByRole('button', { name: /^Undo/ })).toBeDisabled();
});

test('an inspection its line cannot hold takes the rest from contingency, shown first', async ({ page }) => {
  await propose(page, {
    name: 'Youth justice partnerships',
    pool: 'Non-CJS',
    partners: 'Social Services Inspectorate, Audit Commission',
    hours: '800',
  });
  await expect(inspectionRow(page, 'Youth justice partnerships')).toContainText(
    'Social Services Inspectorate, Audit Commission',
  );
  await inspectionRow(page, 'Youth justice partnerships')
    .getByRole('button', { name: 'Commit Youth justice partnerships' })
    .click();
  // Ctrl+Z in the dialog would take back the proposal it is asking about: it does nothing there.
  await page.keyboard.press('Control+z');
  await expect(dialog(page)).toBeVisible();
  await expect(inspectionRow(page, 'Youth justice partnerships')).toBeVisible();
  await expect(dialog(page)).toContainText('From the Non-CJS joint inspections line500 hours');
  await expect(dialog(page)).toContainText('From contingency300 hours');
  await expect(dialog(page)).toContainText('Contingency left after1,700 hours');
  await expect(page.getByTestId('contingency-left')).toHaveText('2,000 hours');
  await expectNoAxeViolations(page);

  await dialog(page).getByRole('button', { name: 'Commit Youth justice partnerships' }).click();
  await expect(page.getByTestId('contingency-left')).toHaveText('1,700 hours');
  const draw = contingency(page).getByRole('row', { name: /Youth justice partnerships/ });
  await expect(draw).toContainText('300');
  await expect(draw).toContainText('Covers the commitment to Youth justice partnerships');
  await expect(poolRow(page, /^of which from contingency/)).toHaveText(/0\s*300$/);

  await page.getByRole('button', { name: 'Withdraw the commitment to Youth justice partnerships' }).click();
  await expect(page.getByTestId('contingency-left')).toHaveText('2,000 hours');
  await expect(contingency(page)).toContainText('No draws recorded.');
});

test('a commitment neither its line nor contingency can hold is refused with the figures, and nothing changes', async ({
  page,
}) => {
  await propose(page, {
    name: 'Mental health services',
    pool: 'Non-CJS',
    partners: 'Healthcare Commission',
    hours: '3,000',
  });
  const before = {
    pools: await pools(page).innerText(),
    contingency: await page.getByTestId('contingency-left').innerText(),
  };
  await page.getByRole('button', { name: 'Commit Mental health services' }).click();
  await expect(dialog(page)).toContainText('short by 500 hours');
  await expect(dialog(page).getByRole('button', { name: /^Commit/ })).toHaveCount(0);
  await expect(dialog(page).getByRole('link', { name: 'Change the allocation in Budget and hours' })).toHaveAttribute(
    'href',
    '#/budget',
  );
  await expectNoAxeViolations(page);
  await dialog(page).getByRole('button', { name: 'Close' }).click();
  await expect(inspectionRow(page, 'Mental health services')).toContainText('Proposed (tentative)');
  expect({
    pools: await pools(page).innerText(),
    contingency: await page.getByTestId('contingency-left').innerText(),
  }).toEqual(before);
  await expect(page.getByRole('button', { name: 'Undo: propose Mental health services' })).toBeVisible();

  await page.getByRole('button', { name: 'Commit Mental health services' }).click();
  await dialog(page).getByRole('link', { name: 'Change the allocation in Budget and hours' }).click();
  await expect(page).toHaveURL(/#\/budget$/);
  await expect(page.getByLabel('Hours for Non-CJS joint inspections')).toHaveValue('500');
});

test('the tentative toggle decides whether the totals include proposed work', async ({ page }) => {
  const toggle = page.getByLabel('Include proposed (tentative) work in totals');
  await expect(toggle).toBeChecked();
  await expect(poolRow(page, /^Left if proposed work goes ahead/)).toHaveText(/1,500\s*500$/);
  await toggle.uncheck();
  await expect(poolRow(page, /^Proposed/)).toHaveCount(0);
  await expect(poolRow(page, /^Left$|^Left\s/)).toHaveText(/Left\s*4,000\s*500$/);
  await page.getByLabel('Estimated hours for Resettlement').fill('2,000');
  await expect(poolRow(page, /^Left\s/)).toHaveText(/Left\s*4,000\s*500$/);
  await toggle.check();
  await expect(poolRow(page, /^Proposed/)).toHaveText(/3,000\s*0$/);
  await expect(poolRow(page, /^Left if proposed work goes ahead/)).toHaveText(/1,000\s*500$/);
});

test('the propose form names every problem and adds nothing until it is valid', async ({ page }) => {
  const rows = register(page).locator('table.joint-register__table tbody tr');
  await expect(rows).toHaveCount(2);
  const form = proposeForm(page);
  await form.getByRole('button', { name: 'Propose the inspection' }).click();
  const summary = form.getByRole('region', { name: 'There is a problem' });
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Error: Joint work and contingency/);
  await expect(summary).toContainText('Enter the name of the joint inspection');
  await expect(summary).toContainText('Enter at least one partner inspectorate');
  await expect(summary).toContainText('Enter the estimated hours');
  await expect(form.getByLabel('Name')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByLabel('Name')).toHaveAccessibleDescription(/Enter the name of the joint inspection/);

  await form.getByLabel('Name').fill('Youth custody');
  await form.getByLabel('Partner inspectorates').fill('HMI Prisons');
  await form.getByLabel('Start month').selectOption({ label: 'October 2004' });
  await form.getByLabel('End month').selectOption({ label: 'June 2004' });
  await form.getByLabel('Estimated hours').fill('-40');
  await form.getByRole('button', { name: 'Propose the inspection' }).click();
  await expect(summary).toContainText('The end month must be the same as or after the start month');
  await expect(summary).toContainText('The estimated hours must be more than 0');
  await expect(summary).not.toContainText('Enter the name');
  await expect(rows).toHaveCount(2);
  await expectNoAxeViolations(page);

  await form.getByLabel('End month').selectOption({ label: 'January 2005' });
  await form.getByLabel('Estimated hours').fill('400');
  await form.getByRole('button', { name: 'Propose the inspection' }).click();
  await expect(summary).toHaveCount(0);
  await expect(page).toHaveTitle(/^Joint work and contingency/);
  await expect(rows).toHaveCount(3);
  await expect(inspectionRow(page, 'Youth custody')).toContainText('October 2004 – January 2005');
  await expect(poolRow(page, /^Proposed/)).toHaveText(/2,900\s*0$/);
});

test('contingency draws are recorded with a date and reason, and removed with undo to bring them back', async ({
  page,
}) => {
  const panel = contingency(page);
  await panel.getByRole('button', { name: 'Record the draw' }).click();
  await expect(panel.getByRole('region', { name: 'There is a problem' })).toContainText(
    'Enter the reason for the draw',
  );
  await expect(panel.getByRole('region', { name: 'There is a problem' })).toContainText('Enter the hours drawn');
  await expect(page.getByTestId('contingency-left')).toHaveText('2,000 hours');

  await panel.getByLabel('Date').fill('2004-10-27');
  await panel.getByLabel('Reason').fill('Inquiry into a serious further offence');
  await panel.getByLabel('Hours').fill('250');
  await panel.getByRole('button', { name: 'Record the draw' }).click();
  const draw = panel.getByRole('row', { name: /Inquiry into a serious further offence/ });
  await expect(draw).toHaveText(/27 October 2004\s*Inquiry into a serious further offence\s*250/);
  await expect(page.getByTestId('contingency-left')).toHaveText('1,750 hours');

  await draw.getByRole('button', { name: 'Remove the draw "Inquiry into a serious further offence"' }).click();
  await expect(page.getByTestId('contingency-left')).toHaveText('2,000 hours');
  await page
    .getByRole('button', { name: 'Undo: remove the contingency draw "Inquiry into a serious further offence"' })
    .click();
  await expect(page.getByTestId('contingency-left')).toHaveText('1,750 hours');
});

test('Supporting People: more hours each take the year over its 1,800-hour line, fewer a year make the cycle late', async ({
  page,
}) => {
  const panel = supportingPeople(page);
  await expect(panel.getByText('Assumption').first()).toBeVisible();
  await panel.getByLabel('Hours per inspection').fill('80');
  await expect(page.getByTestId('supporting-people-verdict')).toHaveText(
    '2004/05 needs 2,400 hours against the 1,800-hour line (§5.14): 600 hours over the line.',
  );
  await expect(panel.locator('[data-code="SUPPORTING_PEOPLE_OVER_LINE"]')).toContainText(
    '600 more than the 1,800 hours',
  );
  await panel.getByLabel('Inspections a year').fill('20');
  await expect(panel.locator('[data-code="SUPPORTING_PEOPLE_CYCLE_LATE"]')).toContainText(
    'after the five-year cycle ends in August 2008',
  );
  await expect(panel.getByRole('row', { name: /2004\/05/ })).toHaveText(/2004\/05\s*20\s*1,600\s*Planning year/);
  await expectNoAxeViolations(page);
});
