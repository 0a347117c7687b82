import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';

const year = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const card = (page: Page, name: string) =>
  page.locator('li.esi-card').filter({ has: page.getByText(name, { exact: true }) });
const handle = (page: Page, name: string) =>
  page.getByRole('button', { name: `Drag ${name}, Small size, low density` });
const splitWarning = 'The Small size, low density family is split across 2004/05 (8 Areas) and 2005/06 (1 Area)';

/** Everything the board derives from the plan: each year's counts, hours and findings, and the family warnings. */
async function boardFigures(page: Page) {
  const figures: Record<string, string[]> = {};
  for (const name of ['2003/04', '2004/05', '2005/06']) {
    figures[name] = (await year(page, name).locator('.esi-year__header').innerText()).split('\n');
  }
  figures['warnings'] = await page.locator('.esi-family__split').allInnerTexts();
  return figures;
}

async function expectNorfolkMoved(page: Page) {
  await expect(page.getByTestId('esi-count-2004/05')).toHaveText('15 Areas of 15 funded');
  await expect(page.getByTestId('esi-hours-2004/05')).toHaveText('8,750 hours needed of 8,750 core hours');
  await expect(page.getByTestId('esi-count-2005/06')).toHaveText('13 Areas of 15 funded');
  await expect(page.getByTestId('esi-hours-2005/06')).toHaveText('7,583 hours needed of 8,750 core hours');
  await expect(year(page, '2004/05').locator('.esi-year__problems')).toHaveCount(0);
  await expect(year(page, '2005/06').getByText('Norfolk', { exact: true })).toBeVisible();
  await expect(page.locator('.esi-family__split').first()).toContainText(splitWarning);
}

async function expectAsOpened(page: Page) {
  await expect(page.getByTestId('esi-count-2004/05')).toHaveText('16 Areas of 15 funded Over');
  await expect(page.getByTestId('esi-hours-2004/05')).toHaveText('9,333 hours needed of 8,750 core hours');
  await expect(year(page, '2004/05').locator('.esi-year__problems')).toContainText(
    '2004/05 has 16 Areas scheduled for ESI but its 8,750 core hours fund 15',
  );
  await expect(year(page, '2004/05').getByText('Norfolk', { exact: true })).toBeVisible();
  await expect(page.locator('.esi-family__split')).toHaveCount(0);
}

/** Where a drag of `from` starts (its middle) and ends: in the middle of `to`, at the same height as far as `to` reaches. */
async function dragPath(from: Locator, to: Locator) {
  await from.scrollIntoViewIfNeeded();
  const start = await from.boundingBox();
  const end = await to.boundingBox();
  if (!start || !end) throw new Error('nothing to drag, or nowhere to drop');
  const at = { x: start.x + start.width / 2, y: start.y + start.height / 2 };
  return { at, to: { x: end.x + end.width / 2, y: Math.min(Math.max(at.y, end.y + 10), end.y + end.height - 10) } };
}

/** Brings `from` into view and presses the mouse on its middle, to start a drag held in the test's own way. */
async function pressOn(page: Page, from: Locator) {
  await from.scrollIntoViewIfNeeded();
  const box = await from.boundingBox();
  if (!box) throw new Error('nothing to press on');
  const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await page.mouse.move(at.x, at.y);
  await page.mouse.down();
  return at;
}

/** Drags with real pointer events: press on `from`, move in steps into `to`, release. */
async function dragTo(page: Page, from: Locator, to: Locator) {
  const path = await dragPath(from, to);
  await page.mouse.move(path.at.x, path.at.y);
  await page.mouse.down();
  await page.mouse.move(path.to.x, path.to.y, { steps: 10 });
  await page.mouse.up();
}

test.beforeEach(async ({ page }) => {
  await page.goto('/#/esi-cycle');
  await expect(page.getByRole('heading', { level: 2, name: 'ESI three-year cycle' })).toBeVisible();
});

test('the board opens on the 2004/05 plan with 2004/05 over capacity, and axe finds nothing', async ({ page }) => {
  await expect(page.getByTestId('esi-count-2003/04')).toHaveText('14 Areas of 15 funded');
  await expect(page.getByTestId('esi-count-2005/06')).toHaveText('12 Areas of 15 funded');
  await expectAsOpened(page);
  await expect(card(page, 'Norfolk')).toContainText(
    'Starts April 2004: fieldwork weeks of 5 April 2004 and 3 May 2004',
  );
  await expect(card(page, 'Derbyshire')).toContainText('Done (inspected 2003/04, June 2003)');
  await expect(card(page, 'Derbyshire')).toContainText('Overall79%');
  await page.screenshot({ path: 'test-results/screenshots/esi-board.png', fullPage: true });
  await page.screenshot({ path: 'test-results/screenshots/esi-board-top.png' });
  await expectNoAxeViolations(page);
});

test('moving Norfolk to 2005/06 by menu, mouse and keyboard gives the same counts, hours and findings, and undo restores', async ({
  page,
}) => {
  const results: Awaited<ReturnType<typeof boardFigures>>[] = [];
  const undo = page.getByRole('button', { name: 'Undo: move Norfolk to 2005/06' });

  // 1. The "Move to…" menu.
  await page.getByRole('button', { name: 'Move to… (Norfolk)' }).click();
  const menu = page.getByRole('menu', { name: 'Move Norfolk to' });
  await expect(menu.getByRole('menuitemradio', { name: 'April 2004' })).toHaveAttribute('aria-checked', 'true');
  await page.screenshot({ path: 'test-results/screenshots/esi-move-menu.png' });
  await expectNoAxeViolations(page);
  await menu.getByRole('menuitemradio', { name: '2005/06, no month' }).click();
  await expectNorfolkMoved(page);
  await expect(page.getByRole('button', { name: 'Move to… (Norfolk)' })).toBeFocused();
  results.push(await boardFigures(page));
  await undo.click();
  await expectAsOpened(page);

  // 2. The mouse.
  await dragTo(page, handle(page, 'Norfolk'), year(page, '2005/06'));
  await expectNorfolkMoved(page);
  results.push(await boardFigures(page));
  await undo.click();
  await expectAsOpened(page);

  // 3. The keyboard: Space picks up, the right arrow goes to the next year, Space drops.
  await handle(page, 'Norfolk').focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await expect(year(page, '2005/06')).toHaveClass(/esi-year--target/);
  await expect(page.getByText('Norfolk, Small size, low density, over 2005/06.')).toBeAttached();
  await page.screenshot({ path: 'test-results/screenshots/esi-keyboard-drag.png' });
  await expectNoAxeViolations(page);
  await page.keyboard.press('Space');
  await expectNorfolkMoved(page);
  await expect(page.getByText('Norfolk, Small size, low density, moved to 2005/06.')).toBeAttached();
  // Focus went with the card, to its handle in 2005/06.
  await expect(
    year(page, '2005/06').getByRole('button', { name: 'Drag Norfolk, Small size, low density' }),
  ).toBeFocused();
  results.push(await boardFigures(page));
  await page.screenshot({ path: 'test-results/screenshots/esi-norfolk-moved.png', fullPage: true });

  expect(results[1]).toEqual(results[0]);
  expect(results[2]).toEqual(results[0]);
  await undo.click();
  await expectAsOpened(page);
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true });

  test('a finger drags Norfolk by its handle to 2005/06, with the figures the mouse gives, as one undo step', async ({
    page,
  }) => {
    const { at, to } = await dragPath(handle(page, 'Norfolk'), year(page, '2005/06'));
    // Playwright's touchscreen only taps: a drag is the touch events Chromium gets from a screen.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [at] });
    for (let step = 1; step <= 10; step += 1) {
      await cdp.send('Input.dispatchTouchEvent', {
        type: 'touchMove',
        touchPoints: [{ x: at.x + ((to.x - at.x) * step) / 10, y: at.y + ((to.y - at.y) * step) / 10 }],
      });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });

    await expectNorfolkMoved(page);
    await page.getByRole('button', { name: 'Undo: move Norfolk to 2005/06' }).click();
    await expectAsOpened(page);
  });
});

test('Escape during a drag, or a drop outside the years, leaves the plan as it was', async ({ page }) => {
  await handle(page, 'Norfolk').focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Escape');
  await expectAsOpened(page);
  await expect(page.getByRole('button', { name: /^Undo/ })).toHaveText('Undo');
  // The next drag starts from where the card is, not from where the cancelled one had reached.
  await handle(page, 'Norfolk').focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText('Norfolk, Small size, low density, over 2005/06.')).toBeAttached();
  await page.keyboard.press('Escape');
  await expectAsOpened(page);

  await dragTo(page, handle(page, 'Norfolk'), page.getByRole('heading', { level: 2, name: 'ESI three-year cycle' }));
  await expectAsOpened(page);
  await expect(page.getByRole('button', { name: /^Undo/ })).toHaveText('Undo');
});

test('a drop in the space below a shorter year, level with the longer ones, lands in that year', async ({ page }) => {
  const from = handle(page, 'Suffolk');
  await from.scrollIntoViewIfNeeded();
  const start = await from.boundingBox();
  const column = await year(page, '2005/06').boundingBox();
  if (!start || !column) throw new Error('Suffolk or 2005/06 is not on the board');
  // Sideways at Suffolk's own height, which is below the last of 2005/06's Areas.
  const y = start.y + start.height / 2;
  expect(y).toBeGreaterThan(column.y + column.height);
  await page.mouse.move(start.x + start.width / 2, y);
  await page.mouse.down();
  await page.mouse.move(column.x + column.width / 2, y, { steps: 10 });
  await page.mouse.up();
  await expect(year(page, '2005/06').getByText('Suffolk', { exact: true })).toBeVisible();
  await expect(page.getByTestId('esi-count-2005/06')).toHaveText('13 Areas of 15 funded');
});

test('a card held over 2005/06 by the board’s right edge leaves the years where they are, and drops there', async ({
  page,
}) => {
  const at = await pressOn(page, handle(page, 'Norfolk'));
  const board = await page.locator('.esi-board').boundingBox();
  const firstYear = await year(page, '2003/04').boundingBox();
  if (!board || !firstYear) throw new Error('the board is not on the page');
  // Near the board's right edge, where dnd-kit would scroll after anything the card made wider, and held there a while.
  await page.mouse.move(board.x + board.width - 20, at.y, { steps: 10 });
  await page.waitForTimeout(1000);
  expect(await year(page, '2003/04').boundingBox()).toEqual(firstYear);
  await page.screenshot({ path: 'test-results/screenshots/esi-held-at-right-edge.png' });
  await page.mouse.up();
  await expectNorfolkMoved(page);
});

test('a card held at the foot of the window scrolls the page to its end and no further, and dropped there moves nothing', async ({
  page,
}) => {
  const viewport = page.viewportSize();
  if (!viewport) throw new Error('the page has no window size');
  const at = await pressOn(page, handle(page, 'Norfolk'));
  const pageLength = await page.evaluate(() => document.documentElement.scrollHeight);
  const seenTo = () => page.evaluate(() => Math.round(window.scrollY + window.innerHeight));
  // dnd-kit scrolls the page while the pointer is held near the window's foot: to the page's end, and there it stops.
  await page.mouse.move(at.x, viewport.height - 3, { steps: 10 });
  await expect.poll(seenTo).toBe(pageLength);
  await page.waitForTimeout(1000);
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBe(pageLength);
  expect(await seenTo()).toBe(pageLength);
  await page.mouse.up();
  await expectAsOpened(page);
});

test.describe('on a narrow screen', () => {
  test.use({ viewport: { width: 600, height: 900 } });

  test('the years are stacked with nothing to scroll sideways, and a card dragged down into the next year lands there', async ({
    page,
  }) => {
    const boxes = await Promise.all(['2003/04', '2004/05', '2005/06'].map((name) => year(page, name).boundingBox()));
    const [first, second, third] = boxes;
    if (!first || !second || !third) throw new Error('a year is not on the board');
    expect(second.y).toBeGreaterThan(first.y + first.height);
    expect(third.y).toBeGreaterThan(second.y + second.height);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(600);
    await expectNoAxeViolations(page);

    // The last card of 2004/05, down across the gap into the top of 2005/06, both in view.
    const last = year(page, '2004/05').locator('li.esi-card:has(.esi-card__handle)').last();
    await last.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    const name = await last.locator('.esi-card__name').innerText();
    const target = await year(page, '2005/06').boundingBox();
    if (!target) throw new Error('2005/06 is not on the page');
    expect(target.y + 20).toBeLessThan(900);
    const at = await pressOn(page, last.locator('.esi-card__handle'));
    await page.mouse.move(at.x, target.y + 20, { steps: 10 });
    await page.mouse.up();

    await expect(year(page, '2005/06').getByText(name, { exact: true })).toBeVisible();
    await expect(page.getByTestId('esi-count-2004/05')).toHaveText('15 Areas of 15 funded');
    await expect(page.getByTestId('esi-count-2005/06')).toHaveText('13 Areas of 15 funded');
    await page.screenshot({ path: 'test-results/screenshots/esi-narrow.png' });
  });
});

test('the keyboard places an Area in a month out of the window, and the fieldwork weeks follow', async ({ page }) => {
  // At 1280×720 with Cumbria at the foot of the window, the months of 2005/06 lie far above it: the drag scrolls them in.
  await handle(page, 'Cumbria').evaluate((element) => element.scrollIntoView({ block: 'end' }));
  await expect(
    year(page, '2005/06').getByRole('list', { name: /^ESIs starting each month of 2005\/06/ }),
  ).not.toBeInViewport();
  await handle(page, 'Cumbria').focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  for (let step = 0; step < 3; step += 1) await page.keyboard.press('ArrowDown');
  await expect(page.getByText('Cumbria, Small size, low density, over June 2005 (2005/06).')).toBeAttached();
  await page.screenshot({ path: 'test-results/screenshots/esi-keyboard-month.png' });
  await page.keyboard.press('Space');
  await expect(card(page, 'Cumbria')).toContainText('Starts June 2005: fieldwork weeks of 6 June 2005 and 4 July 2005');
  await expect(year(page, '2005/06').getByText('June 2005: 1 ESI starts')).toBeAttached();
});

test('the keyboard reaches the months at the board’s edges: September 2005 at its right, April 2003 at its left', async ({
  page,
}) => {
  await handle(page, 'Norfolk').focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  for (let step = 0; step < 6; step += 1) await page.keyboard.press('ArrowDown');
  await expect(page.getByText('Norfolk, Small size, low density, over September 2005 (2005/06).')).toBeAttached();
  // Up through the months of 2005/06 and out to the year, then left two years and down to its first month.
  for (let step = 0; step < 6; step += 1) await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByText('Norfolk, Small size, low density, over April 2003 (2003/04).')).toBeAttached();
  await page.keyboard.press('Escape');
  await expectAsOpened(page);
});

test('with one ESI a month allowed, each month with more is marked and its warning shown beside its year, until a move clears it', async ({
  page,
}) => {
  const limit = page.getByLabel('ESIs that can start in the same month');
  await limit.fill('1');
  await limit.press('Tab');
  const aprilWarning =
    '2 ESIs start in April 2004 (West Midlands, Norfolk), more than the 1 ESI a month the setting allows (an assumption).';
  await expect(year(page, '2004/05').locator('.esi-year__warnings')).toHaveText(`Warning: ${aprilWarning}`);
  await expect(year(page, '2003/04').locator('.esi-year__warnings')).toContainText(
    '3 ESIs start in June 2003 (Derbyshire, Leicestershire & Rutland, Nottinghamshire)',
  );
  await expect(year(page, '2004/05').getByText('April 2004: 2 ESIs start, more than the limit')).toBeAttached();
  await expect(year(page, '2005/06').locator('.esi-year__warnings')).toHaveCount(0);
  await year(page, '2004/05').locator('.esi-year__header').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/esi-month-limit.png' });
  await expectNoAxeViolations(page);

  // Norfolk out of April leaves West Midlands alone there: the warning goes, and the month is no longer marked.
  await page.getByRole('button', { name: 'Move to… (Norfolk)' }).click();
  await page.getByRole('menu', { name: 'Move Norfolk to' }).getByRole('menuitemradio', { name: 'May 2004' }).click();
  await expect(year(page, '2004/05').locator('.esi-year__warnings')).toHaveCount(0);
  await expect(year(page, '2004/05').getByText('April 2004: 1 ESI starts')).toBeAttached();
});

test('a done Area cannot be moved: no handle, the menu is disabled with the reason, and a drag does nothing', async ({
  page,
}) => {
  const derbyshire = card(page, 'Derbyshire');
  await expect(page.getByRole('button', { name: 'Move to… (Derbyshire)' })).toBeDisabled();
  await expect(derbyshire).toContainText('A done inspection cannot be moved.');
  await expect(page.getByRole('button', { name: /^Drag Derbyshire/ })).toHaveCount(0);
  await dragTo(page, derbyshire.getByText('Derbyshire', { exact: true }), year(page, '2004/05'));
  await expect(page.getByTestId('esi-count-2003/04')).toHaveText('14 Areas of 15 funded');
  await expect(year(page, '2003/04').getByText('Derbyshire', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Undo/ })).toHaveText('Undo');
});

test('a family moves as one, by its menu, by dragging its header and by the keyboard, each one undo step', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'Move family to… (Small size, low density family)' }).click();
  await page
    .getByRole('menu', { name: 'Move Small size, low density family to' })
    .getByRole('menuitemradio', { name: '2005/06' })
    .click();
  await expect(page.getByTestId('esi-count-2004/05')).toHaveText('7 Areas of 15 funded');
  await expect(page.getByTestId('esi-count-2005/06')).toHaveText('21 Areas of 15 funded Over');
  await expect(
    year(page, '2005/06')
      .getByRole('region', { name: /Small size, low density/ })
      .locator('li.esi-card'),
  ).toHaveCount(9);
  await page.getByRole('button', { name: 'Undo: move Small size, low density to 2005/06' }).click();
  await expectAsOpened(page);

  await dragTo(
    page,
    page.getByRole('button', { name: 'Drag the Metropolitan (and London) family (7 Areas)' }),
    year(page, '2005/06'),
  );
  await expect(page.getByTestId('esi-count-2004/05')).toHaveText('9 Areas of 15 funded');
  await expect(page.getByTestId('esi-count-2005/06')).toHaveText('19 Areas of 15 funded Over');
  await page.getByRole('button', { name: 'Undo: move Metropolitan (and London) to 2005/06' }).click();
  await expectAsOpened(page);

  const metropolitanHandle = page.getByRole('button', { name: 'Drag the Metropolitan (and London) family (7 Areas)' });
  await metropolitanHandle.focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await expect(year(page, '2005/06')).toHaveClass(/esi-year--target/);
  await page.keyboard.press('Space');
  await expect(page.getByTestId('esi-count-2004/05')).toHaveText('9 Areas of 15 funded');
  await expect(page.getByTestId('esi-count-2005/06')).toHaveText('19 Areas of 15 funded Over');
  // Focus went with the family, to its header's handle in 2005/06.
  await expect(
    year(page, '2005/06').getByRole('button', { name: 'Drag the Metropolitan (and London) family (7 Areas)' }),
  ).toBeFocused();
  await page.getByRole('button', { name: 'Undo: move Metropolitan (and London) to 2005/06' }).click();
  await expectAsOpened(page);
});

test('the Resolve helper explains its proposal for 2004/05, and applying it leaves no capacity error', async ({
  page,
}) => {
  const resolve = page.getByRole('region', { name: 'Resolve years over capacity' });
  await resolve.getByRole('button', { name: 'Suggest moves' }).click();
  const proposals = resolve.getByRole('checkbox');
  await expect(proposals).toHaveCount(1);
  await expect(proposals.first()).toBeChecked();
  await expect(resolve).toContainText('the Small size, low density family is split, with 8 Areas staying in 2004/05');
  await page.screenshot({ path: 'test-results/screenshots/esi-resolve.png', fullPage: true });
  await expectNoAxeViolations(page);
  await resolve.getByRole('button', { name: 'Apply 1 selected move' }).click();
  await expect(page.getByTestId('esi-count-2004/05')).toHaveText('15 Areas of 15 funded');
  await expect(page.locator('.esi-year__problems')).toHaveCount(0);
  await expect(resolve).toContainText('Every year of the cycle is within the hours its core line funds.');
  await page.getByRole('link', { name: 'Budget and hours' }).click();
  await expect(page.getByRole('region', { name: 'Findings' })).not.toContainText('over capacity');
  await expect(page.getByRole('region', { name: 'Findings' })).not.toContainText('hours short');
});

test('an Area’s own core hours, set in the assumptions, change its year’s hours and its card, and are one undo step', async ({
  page,
}) => {
  const settings = page.getByRole('region', { name: 'Assumptions for the board' });
  await settings.getByText('Hours for each Area of Metropolitan (and London)').click();
  const field = settings.getByLabel('Greater Manchester: core hours for its ESI');
  await expect(field).toHaveValue('583.3');
  await field.fill('700');
  await field.blur();
  // 15 Areas at 583⅓ hours and Greater Manchester at 700.
  await expect(page.getByTestId('esi-hours-2004/05')).toHaveText('9,450 hours needed of 8,750 core hours');
  await expect(card(page, 'Greater Manchester')).toContainText('700 core hours (assumption)');
  await page.getByRole('button', { name: /^Undo: / }).click();
  await expectAsOpened(page);
  await expect(field).toHaveValue('583.3');
});
