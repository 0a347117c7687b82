import { expect, test, type Locator, type Page } from '@playwright/test';
import { evaluatePlan } from '../../src/domain/evaluatePlan';
import { monthName } from '../../src/domain/months';
import { expectNoAxeViolations } from '../support/axe';
import { loadFixture } from '../support/fixture';

const month = (page: Page, name: string) =>
  page.locator('li.yot-month').filter({ has: page.getByText(name, { exact: true }) });
const handle = (page: Page, name: string) => page.getByRole('button', { name: `Drag an inspection from ${name}` });
const findings = (page: Page) => page.getByRole('region', { name: 'YOT findings' });
const undoMove = (page: Page, from: string, to: string) =>
  page.getByRole('button', { name: `Undo: move a YOT inspection from ${from} to ${to}` });

/** The plan as the fixture gives it: 18 in phase 2 of 2004/05, every YOT by December 2008, nothing moved. */
async function expectAsOpened(page: Page) {
  await expect(page.getByTestId('yot-total')).toContainText('155 of 155 YOTs');
  await expect(page.getByTestId('yot-phase2-2004/05')).toHaveText(
    'Phase 2, September 2004 to March 2005: 18 inspections (§5.8)',
  );
  await expect(page.getByTestId('yot-completion')).toHaveText('Every YOT inspected by December 2008');
  await expect(month(page, 'September 2004')).toContainText('3 inspections');
  await expect(page.getByText(/moved (here|out)/)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Put the plan back to its rate' })).toHaveCount(0);
}

/** One inspection moved from September 2004 to `to`: marked in text at both ends, the plan still whole. */
async function expectMoved(page: Page, to: string, toInspections: string) {
  await expect(page.getByTestId('yot-total')).toContainText('155 of 155 YOTs');
  await expect(month(page, 'September 2004')).toContainText('2 inspections');
  await expect(month(page, 'September 2004')).toContainText('−1 moved out');
  await expect(month(page, to)).toContainText(toInspections);
  await expect(month(page, to)).toContainText('+1 moved here');
  await expect(page.getByRole('button', { name: 'Put the plan back to its rate' })).toBeVisible();
}

/** Drags with real pointer events from a month's handle to the middle of another month. */
async function dragTo(page: Page, from: Locator, to: Locator) {
  await from.scrollIntoViewIfNeeded();
  const start = await from.boundingBox();
  const end = await to.boundingBox();
  if (!start || !end) throw new Error('nothing to drag, or nowhere to drop');
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  await page.mouse.move(end.x + end.width / 2, end.y + end.height / 2, { steps: 10 });
  await page.mouse.up();
}

test.use({ viewport: { width: 1280, height: 800 } });

test.beforeEach(async ({ page }) => {
  await page.goto('/#/yot');
  await expect(page.getByRole('heading', { level: 2, name: 'YOT inspection programme' })).toBeVisible();
});

test('the plan gives 18 inspections from September 2004 to March 2005 and every YOT by December 2008, late against §5.4', async ({
  page,
}) => {
  // axe reads every month of the plan: slow on a busy machine.
  test.slow();
  await expectAsOpened(page);
  await expect(page.getByTestId('yot-verdict')).toHaveText(
    'Late: 3 months after September 2008, five years from September 2003 (§5.4).',
  );
  await expect(page.getByTestId('yot-year-2004/05')).toHaveText('28 inspections, 10,500 hours');
  await expect(page.getByRole('row', { name: /^2004\/05/ })).toHaveText(/28\s*10,500\s*Within, 750 hours to spare/);
  await expect(month(page, 'December 2008')).toContainText('155 of 155 done');
  await expect(month(page, 'January 2009')).toContainText('after completion');
  await expect(findings(page).locator('[data-code="YOT_COMPLETION_LATE"]')).toContainText(
    'finishes in December 2008, later than five years from September 2003',
  );
  await expect(page.getByLabel('Inspections in each 12 months (phase 2)')).toHaveValue('30');
  await expect(page.getByLabel('Phase 2 starts in')).toHaveValue('2004-09');
  await expect(page.locator('#yot-hours-hint')).toContainText('Assumption');
  await page.screenshot({ path: 'test-results/screenshots/yot-opening.png' });
  await page.screenshot({ path: 'test-results/screenshots/yot-full.png', fullPage: true });
  await expectNoAxeViolations(page);
});

test('36 inspections a year brings completion earlier and puts 2004/05 over the YOT line', async ({ page }) => {
  const scenario = loadFixture();
  scenario.yot.ratePer12Months.value = 36;
  const expected = evaluatePlan(scenario).yot.completionMonth;
  if (expected === null) throw new Error('36 a year should finish');

  await page.getByLabel('Inspections in each 12 months (phase 2)').fill('36');
  const completion = page.getByTestId('yot-completion');
  await expect(completion).toHaveText(`Every YOT inspected by ${monthName(expected)}`);
  const shown = (await completion.innerText()).replace('Every YOT inspected by ', '');
  expect(Date.parse(`1 ${shown}`)).toBeLessThan(Date.parse('1 December 2008'));
  await expect(page.getByTestId('yot-verdict')).toContainText('On time');
  await expect(page.getByRole('row', { name: /^2004\/05/ })).toContainText('Over by 375 hours');
  // 2004/05 and each later year of 36 (13,500 hours) are over the 11,250-hour line.
  await expect(findings(page).locator('[data-code="YOT_HOURS_OVER_LINE"]')).toHaveCount(4);
  await expect(findings(page).locator('[data-code="YOT_HOURS_OVER_LINE"]').first()).toContainText(
    '2004/05 has 31 YOT inspections needing 11,625 hours',
  );
  await expect(findings(page).locator('[data-code="YOT_COMPLETION_LATE"]')).toHaveCount(0);
  await expect(page.getByTestId('yot-total')).toContainText('155 of 155 YOTs');
});

test('a rate of 0 is refused beside the field and the plan stays; a later phase 2 start moves the split', async ({
  page,
}) => {
  const rate = page.getByLabel('Inspections in each 12 months (phase 2)');
  await rate.fill('0');
  await expect(rate).toHaveAccessibleDescription(/The inspections in each 12 months must be more than 0/);
  await expect(page.getByRole('region', { name: 'There is a problem' })).toContainText(
    'The inspections in each 12 months must be more than 0',
  );
  await expect(page).toHaveTitle(/^Error: YOT programme/);
  await expectAsOpened(page);
  await rate.fill('30');

  const scenario = loadFixture();
  scenario.yot.phase2Start.month = '2004-10';
  const expected = evaluatePlan(scenario).yot;
  if (expected.completionMonth === null) throw new Error('phase 2 from October 2004 should finish');
  const phase2 = expected.months
    .filter((entry) => entry.month >= '2004-10' && entry.month <= '2005-03')
    .reduce((sum, entry) => sum + entry.inspections, 0);

  await page.getByLabel('Phase 2 starts in').selectOption({ label: 'October 2004' });
  await expect(page.getByLabel('Inspections April 2004 to September 2004, before phase 2')).toHaveValue('10');
  await expect(page.getByTestId('yot-phase2-2004/05')).toHaveText(
    `Phase 2, October 2004 to March 2005: ${phase2} inspections (§5.8)`,
  );
  await expect(page.getByTestId('yot-completion')).toHaveText(
    `Every YOT inspected by ${monthName(expected.completionMonth)}`,
  );
  await expect(page.getByRole('button', { name: 'Undo: change the start of YOT phase 2' })).toBeVisible();
});

test('moving an inspection by menu and by mouse keeps 155, marks the change, and undo restores', async ({ page }) => {
  // 1. The "Move one to…" menu.
  await page.getByRole('button', { name: 'Move one to… (an inspection from September 2004)' }).click();
  const menu = page.getByRole('menu', { name: 'Move an inspection from September 2004 to' });
  await expect(menu.getByRole('menuitemradio', { name: 'September 2004' })).toHaveAttribute('aria-checked', 'true');
  await page.screenshot({ path: 'test-results/screenshots/yot-move-menu.png' });
  await menu.getByRole('menuitemradio', { name: 'November 2004' }).click();
  await expectMoved(page, 'November 2004', '4 inspections');
  await expect(page.getByTestId('yot-phase2-2004/05')).toContainText('18 inspections');
  await expect(page.getByRole('button', { name: 'Move one to… (an inspection from September 2004)' })).toBeFocused();
  await undoMove(page, 'September 2004', 'November 2004').click();
  await expectAsOpened(page);

  // 2. The mouse.
  await dragTo(page, handle(page, 'September 2004'), month(page, 'November 2004'));
  await expectMoved(page, 'November 2004', '4 inspections');
  await undoMove(page, 'September 2004', 'November 2004').click();
  await expectAsOpened(page);
});

test('an inspection held at the right edge of the window leaves the page where it is, and then drops where it is taken', async ({
  page,
}) => {
  const from = handle(page, 'September 2004');
  const to = month(page, 'March 2005');
  const before = Number((await to.innerText()).match(/(\d+) inspections?/)?.[1]);
  await from.scrollIntoViewIfNeeded();
  const start = await from.boundingBox();
  const end = await to.boundingBox();
  if (!start || !end) throw new Error('September 2004 or March 2005 is not on the page');
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  // At the window's right edge, where dnd-kit scrolls the page sideways if it can, and held there a while.
  await page.mouse.move(1275, end.y + end.height / 2, { steps: 10 });
  await page.waitForTimeout(1000);
  expect(await page.evaluate(() => window.scrollX)).toBe(0);
  expect(await to.boundingBox()).toEqual(end);
  await page.mouse.move(end.x + end.width / 2, end.y + end.height / 2, { steps: 5 });
  await page.mouse.up();
  await expectMoved(page, 'March 2005', `${before + 1} inspections`);
});

test('moving an inspection by keyboard into the next year keeps 155, is announced, and undo restores', async ({
  page,
}) => {
  test.slow();
  // Space picks up, down goes to the month below (March 2005), right on to April 2005, Space drops.
  await handle(page, 'September 2004').focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByText('An inspection from September 2004, over March 2005.')).toBeAttached();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText('An inspection from September 2004, over April 2005.')).toBeAttached();
  await expect(month(page, 'April 2005')).toHaveClass(/yot-month--target/);
  await page.screenshot({ path: 'test-results/screenshots/yot-keyboard-drag.png' });
  await expectNoAxeViolations(page);
  await page.keyboard.press('Space');
  await expectMoved(page, 'April 2005', '3 inspections');
  await expect(page.getByText('An inspection moved from September 2004 to April 2005.')).toBeAttached();
  // Out of 2004/05 into 2005/06: the year's phase 2 now holds 17, and 2005/06 needs more than the line.
  await expect(page.getByTestId('yot-phase2-2004/05')).toContainText('17 inspections');
  await expect(page.getByTestId('yot-year-2005/06')).toHaveText('31 inspections, 11,625 hours');
  await page.screenshot({ path: 'test-results/screenshots/yot-moved.png' });
  await undoMove(page, 'September 2004', 'April 2005').click();
  await expectAsOpened(page);
});

test('Escape cancels a keyboard drag, and the plan can be put back to its rate in one step', async ({ page }) => {
  await handle(page, 'September 2004').focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Escape');
  await expect(page.getByText('Moving an inspection cancelled; it stays in September 2004.')).toBeAttached();
  await expectAsOpened(page);
  await expect(page.getByRole('button', { name: /^Undo/ })).toHaveText('Undo');

  for (const to of ['November 2004', 'January 2005']) {
    await page.getByRole('button', { name: 'Move one to… (an inspection from September 2004)' }).click();
    await page
      .getByRole('menu', { name: 'Move an inspection from September 2004 to' })
      .getByRole('menuitemradio', { name: to })
      .click();
  }
  await expect(month(page, 'September 2004')).toContainText('−2 moved out');
  await page.getByRole('button', { name: 'Put the plan back to its rate' }).click();
  await expectAsOpened(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Month by month' })).toBeFocused();
  await page.getByRole('button', { name: 'Undo: put the YOT plan back to its rate' }).click();
  await expect(month(page, 'September 2004')).toContainText('−2 moved out');
});
