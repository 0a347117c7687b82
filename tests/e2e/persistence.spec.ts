import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { download, dropFile, exportedScenario, importFile, variantFile } from '../support/scenarioFiles';

// The keys the planner saves under (src/store/persistence.ts), written out so that renaming one,
// which would lose every user's saved plans, fails here.
const WORKSPACE_KEY = 'inspection-hours-planner/workspace';
const UNREADABLE_KEY_PREFIX = 'inspection-hours-planner/unreadable/';

const PLAN_NAME = '2004/05 plan (Annual Report 2003/2004)';
const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const costPerHour = (page: Page) => page.getByTestId('cost-per-hour');
const budget = (page: Page) => page.getByLabel('Total budget');

/** A read-only tab shows its figures as text, with nothing to type into, no undo and no import. */
async function expectReadOnlyScreen(page: Page) {
  await expect(page.getByRole('button', { name: 'Scenario file', exact: true })).toBeVisible();
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await expect(page.getByRole('group', { name: 'History' })).toHaveCount(0);
  await expect(page.getByLabel('Import a scenario file')).toHaveCount(0);
  await expect(page.locator('#line-yot')).toHaveText('11,250');
}

/** What is stored under a key, read in the page. */
function stored(page: Page, key = WORKSPACE_KEY): Promise<string | null> {
  return page.evaluate((name) => localStorage.getItem(name), key);
}

/** The budget of each stored scenario, and which is open, from the stored workspace; null while it holds none that reads. */
async function storedBudgets(page: Page): Promise<{ budgets: number[]; active: string } | null> {
  const text = await stored(page);
  if (text === null) return null;
  let workspace: { scenarios: { id: string; file: string }[]; activeId: string };
  try {
    workspace = JSON.parse(text) as typeof workspace;
  } catch {
    return null;
  }
  const budgets = workspace.scenarios.map(
    (entry) => (JSON.parse(entry.file) as { scenario: { budgetGBP: { value: number } } }).scenario.budgetGBP.value,
  );
  const active = workspace.scenarios.find((entry) => entry.id === workspace.activeId);
  return { budgets, active: active ? (JSON.parse(active.file) as { scenario: { name: string } }).scenario.name : '' };
}

async function openPlanner(page: Page) {
  await page.goto('/');
  await expect(heading(page)).toBeVisible();
}

/** Puts text under the workspace key and starts the planner afresh on it. */
async function reopenWithStored(page: Page, text: string) {
  await openPlanner(page);
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [WORKSPACE_KEY, text] as const);
  await page.reload();
  await expect(heading(page)).toBeVisible();
}

test('what was entered is there after a reload, the open scenario included', async ({ page }) => {
  await openPlanner(page);
  await importFile(page, 'budget-cut.ihp.json', variantFile('Budget cut 5%', 3_040_000));
  await expect(heading(page)).toHaveText('Budget cut 5%');
  await page.getByLabel('Hours for YOT inspections').fill('12,000');
  await page.getByLabel('Hours for YOT inspections').blur();
  await expect(costPerHour(page)).toHaveText('£86.86');
  // Saved within a second of the edit, without hiding or leaving the page.
  await expect
    .poll(() => storedBudgets(page), { timeout: 1000 })
    .toEqual({ budgets: [3_200_000, 3_040_000], active: 'Budget cut 5%' });
  const before = { file: await exportedScenario(page), stored: await stored(page) };

  await page.reload();
  await expect(heading(page)).toHaveText('Budget cut 5%');
  await expect(budget(page)).toHaveValue('3,040,000');
  await expect(page.getByLabel('Hours for YOT inspections')).toHaveValue('12,000');
  await expect(page.getByTestId('allocated-hours')).toHaveText('35,750');
  await expect(costPerHour(page)).toHaveText('£86.86');
  expect(await exportedScenario(page)).toBe(before.file);
  expect(await stored(page)).toBe(before.stored);
  await expect(page.getByRole('region', { name: 'Saving' })).toHaveCount(0);
});

test('an edit made just before the tab is hidden is saved at once and survives a reload', async ({ page }) => {
  // Timers stand still, so only hiding the tab can have saved the edit.
  await page.clock.install();
  await openPlanner(page);
  await page.clock.pauseAt(Date.now() + 60_000);
  await budget(page).fill('3,360,000');
  await expect(costPerHour(page)).toHaveText('£96.00');
  expect(await stored(page)).toBeNull();

  const savedOnHide = await page.evaluate((key) => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
    return localStorage.getItem(key);
  }, WORKSPACE_KEY);
  expect(savedOnHide).not.toBeNull();
  expect(await storedBudgets(page)).toEqual({ budgets: [3_360_000], active: PLAN_NAME });

  await page.reload();
  await expect(budget(page)).toHaveValue('3,360,000');
  await expect(costPerHour(page)).toHaveText('£96.00');
});

test('an edit made just before the tab is closed is there in a new tab', async ({ context, page }) => {
  await context.clock.install();
  await openPlanner(page);
  await context.clock.pauseAt(Date.now() + 60_000);
  await page.getByLabel('Hours for YOT inspections').fill('12,000');
  await expect(page.getByTestId('allocated-hours')).toHaveText('35,750');
  expect(await stored(page)).toBeNull();
  await page.close({ runBeforeUnload: true });

  const next = await context.newPage();
  await openPlanner(next);
  await expect(next.getByLabel('Hours for YOT inspections')).toHaveValue('12,000');
  await expect(next.getByTestId('allocated-hours')).toHaveText('35,750');
});

test('two tabs never overwrite each other: the stale one turns read-only until it loads the latest version', async ({
  context,
}) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await openPlanner(first);
  await openPlanner(second);

  await budget(first).fill('3,360,000');
  const banner = second.getByRole('alert').filter({ hasText: 'This tab is read-only: another tab saved changes' });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('So that neither tab overwrites the other');
  await expectReadOnlyScreen(second);
  await expect(second.locator('#budget')).toHaveText('3,200,000');
  await expect(second.getByTestId('allocated-hours')).toHaveText('35,000');
  await expect(costPerHour(second)).toHaveText('£91.43');
  // With no import control on the page, a file dropped all the same is refused with the reason.
  await dropFile(second, 'cut.ihp.json', variantFile('Budget cut 5%', 3_040_000));
  await expect(second.getByRole('alert').filter({ hasText: 'could not be imported' })).toContainText(
    'This tab is read-only, so nothing can be imported into it.',
  );
  await expect(heading(second)).toHaveText(PLAN_NAME);
  await second.screenshot({ path: 'test-results/screenshots/persistence-other-tab.png', fullPage: true });
  await expectNoAxeViolations(second);
  expect(await storedBudgets(second)).toEqual({ budgets: [3_360_000], active: PLAN_NAME });

  await second.getByRole('button', { name: 'Load the latest version' }).click();
  await expect(banner).toHaveCount(0);
  await expect(budget(second)).toHaveValue('3,360,000');
  await expect(costPerHour(second)).toHaveText('£96.00');

  // Now the second tab edits, and the first becomes the stale one.
  await second.getByLabel('Hours for YOT inspections').fill('12,000');
  await expect(second.getByTestId('allocated-hours')).toHaveText('35,750');
  await expect(first.getByRole('alert').filter({ hasText: 'This tab is read-only' })).toBeVisible();
  await first.getByRole('button', { name: 'Load the latest version' }).click();
  await expect(first.getByTestId('allocated-hours')).toHaveText('35,750');
  await expect(first.getByLabel('Total budget')).toHaveValue('3,360,000');
});

test('stored data that cannot be read is kept, offered as a download, and the planner starts from the 2004/05 plan beside it', async ({
  page,
}) => {
  const corrupt =
    '{"format":"inspection-hours-planner/workspace","version":1,"scenarios":[{"id":"a","file":"{\\"truncated';
  await reopenWithStored(page, corrupt);
  const banner = page.getByRole('region', { name: 'Saved data could not be read' });
  await expect(banner).toContainText('kept it exactly as it was and started from the built-in 2004/05 plan beside it');
  await expect(heading(page)).toHaveText(PLAN_NAME);
  await expect(costPerHour(page)).toHaveText('£91.43');
  await banner.getByText('What is wrong with it').click();
  await expect(banner).toContainText('The saved data is not JSON');
  await page.screenshot({ path: 'test-results/screenshots/persistence-unreadable.png', fullPage: true });
  await expectNoAxeViolations(page);

  const offered = await download(page, () =>
    banner.getByRole('button', { name: 'Download the unreadable data' }).click(),
  );
  expect(offered.bytes.toString('utf8')).toBe(corrupt);
  expect(offered.name).toMatch(/^inspection-hours-planner-unreadable-.*\.txt$/);

  // The planner works, and saving over the workspace key leaves the unreadable copy as it was.
  await budget(page).fill('3,360,000');
  await expect(costPerHour(page)).toHaveText('£96.00');
  await expect.poll(() => storedBudgets(page)).toEqual({ budgets: [3_360_000], active: PLAN_NAME });
  const keptCopies = () =>
    page.evaluate(
      (prefix) =>
        Object.keys(localStorage)
          .filter((key) => key.startsWith(prefix))
          .map((key) => localStorage.getItem(key)),
      UNREADABLE_KEY_PREFIX,
    );
  expect(await keptCopies()).toEqual([corrupt]);

  await page.reload();
  await expect(costPerHour(page)).toHaveText('£96.00');
  await expect(banner).toBeVisible();
  await banner.getByRole('button', { name: 'Delete the unreadable data' }).click();
  await expect(banner).toHaveCount(0);
  expect(await keptCopies()).toEqual([]);
});

test('data saved by a newer planner opens read-only and is never overwritten', async ({ page }) => {
  await openPlanner(page);
  await budget(page).fill('3,360,000');
  await expect.poll(() => storedBudgets(page)).toEqual({ budgets: [3_360_000], active: PLAN_NAME });
  const newer = await page.evaluate((key) => {
    const document = JSON.parse(localStorage.getItem(key) ?? '{}') as Record<string, unknown>;
    return JSON.stringify({ ...document, version: 2, addedLater: ['something this planner has never heard of'] });
  }, WORKSPACE_KEY);
  await reopenWithStored(page, newer);

  const banner = page.getByRole('region', { name: 'Opened read-only: saved by a newer version of the planner' });
  await expect(banner).toContainText('saved data version 2; this planner reads up to version 1');
  await expect(costPerHour(page)).toHaveText('£96.00');
  await expectReadOnlyScreen(page);
  await expect(page.locator('#budget')).toHaveText('3,360,000');
  await page.screenshot({ path: 'test-results/screenshots/persistence-newer.png', fullPage: true });
  await expectNoAxeViolations(page);

  await expect(page.getByTestId('allocated-hours')).toHaveText('35,000');
  await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide')));
  await page.reload();
  await expect(banner).toBeVisible();
  expect(await stored(page)).toBe(newer);
});

test('when storage is full a banner that stays says edits are not saved and offers export; it clears once saving works', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const setItem = Object.getOwnPropertyDescriptor(Storage.prototype, 'setItem')?.value as (
      this: Storage,
      key: string,
      value: string,
    ) => void;
    Object.assign(window, { storageFull: true });
    Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
      if ((window as unknown as { storageFull: boolean }).storageFull)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      setItem.call(this, key, value);
    };
  });
  await openPlanner(page);
  await budget(page).fill('3,360,000');
  const banner = page.getByRole('alert').filter({ hasText: 'Your changes are not being saved' });
  await expect(banner).toContainText('The browser’s storage for the planner is full');
  await expect(costPerHour(page)).toHaveText('£96.00');
  await page.screenshot({ path: 'test-results/screenshots/persistence-storage-full.png', fullPage: true });
  await expectNoAxeViolations(page);

  const exported = await download(page, () => banner.getByRole('button', { name: `Export “${PLAN_NAME}”` }).click());
  expect(
    (JSON.parse(exported.bytes.toString('utf8')) as { scenario: { budgetGBP: { value: number } } }).scenario.budgetGBP
      .value,
  ).toBe(3_360_000);

  // Still full at the next edit: the banner stays, and nothing in memory is lost.
  await page.getByLabel('Hours for YOT inspections').fill('12,000');
  await page.waitForTimeout(1200);
  await expect(banner).toBeVisible();
  await expect(page.getByTestId('allocated-hours')).toHaveText('35,750');

  await page.evaluate(() => Object.assign(window, { storageFull: false }));
  await page.getByLabel('Hours for YOT inspections').fill('11,000');
  await expect(banner).toHaveCount(0);
  await page.reload();
  await expect(budget(page)).toHaveValue('3,360,000');
  await expect(page.getByLabel('Hours for YOT inspections')).toHaveValue('11,000');
});

test('when the browser refuses storage altogether the banner says so from the start', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get: () => {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
  });
  await openPlanner(page);
  await expect(page.getByRole('alert').filter({ hasText: 'Your changes are not being saved' })).toContainText(
    'does not let the planner store data',
  );
  await budget(page).fill('3,360,000');
  await expect(costPerHour(page)).toHaveText('£96.00');
});
