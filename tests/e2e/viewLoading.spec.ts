import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';

// Every view but the first screen is fetched when it is first opened (src/app/views.tsx). These
// tests hold back or break the fetch of a view's code to see what the planner says meanwhile.
const ESI_CHUNK = '**/assets/EsiCycleView-*.js';

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const budget = (page: Page) => page.getByLabel('Total budget');
const costPerHour = (page: Page) => page.getByTestId('cost-per-hour');
const viewLink = (page: Page, title: string) =>
  page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: title, exact: true });
const esiBoard = (page: Page) => page.getByRole('region', { name: 'ESI three-year cycle' });
const failure = (page: Page, heading: string) =>
  page.getByRole('alert').filter({ has: page.getByRole('heading', { name: heading }) });

async function openPlanner(page: Page) {
  await page.goto('/');
  await expect(heading(page)).toHaveText('2004/05 plan (Annual Report 2003/2004)');
}

/** Holds every fetch of the ESI cycle view's code until `release` is called; `requested` settles once one has been asked for. */
async function holdEsiChunk(page: Page) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let requested!: () => void;
  const asked = new Promise<void>((resolve) => (requested = resolve));
  await page.route(ESI_CHUNK, async (route) => {
    requested();
    await released;
    await route.continue();
  });
  return { release, requested: asked };
}

/**
 * Starts noting the text of every alert that is added to the page or written into, however
 * briefly it stands; what it returns reads the notes.
 */
async function recordAlertsWritten(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const written: string[] = [];
    Object.assign(window, { alertsWritten: written });
    new MutationObserver((records) => {
      for (const record of records) {
        const nodes = record.type === 'characterData' ? [record.target] : [record.target, ...record.addedNodes];
        for (const node of nodes) {
          const element = node instanceof Element ? node : node.parentElement;
          const alert = element?.closest('[role="alert"]') ?? element?.querySelector('[role="alert"]') ?? null;
          if (alert) written.push(alert.textContent ?? '');
        }
      }
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  return () => page.evaluate(() => (window as unknown as { alertsWritten: string[] }).alertsWritten);
}

test('a view still on its way says it is loading, to screen readers too, and the view before stays until it arrives', async ({
  page,
}) => {
  const chunk = await holdEsiChunk(page);
  await openPlanner(page);
  await viewLink(page, 'ESI cycle').click();
  await chunk.requested;

  const loading = page.getByRole('status').filter({ hasText: 'Loading the ESI cycle view…' });
  await expect(loading).toBeVisible();
  await expect(loading).toHaveText('Loading the ESI cycle view…');
  await expect(viewLink(page, 'ESI cycle')).toHaveAttribute('aria-current', 'page');
  await expect(esiBoard(page)).toHaveCount(0);
  await expect(budget(page)).toBeVisible();
  await expectNoAxeViolations(page);

  chunk.release();
  await expect(esiBoard(page)).toBeVisible();
  await expect(page.getByTestId('esi-count-2004/05')).toHaveText('16 Areas of 15 funded Over');
  await expect(loading).toHaveCount(0);
  await expect(budget(page)).toHaveCount(0);
  await expect(page.getByRole('alert').filter({ hasText: 'could not be opened' })).toHaveCount(0);
});

test('a view whose code cannot be fetched says so, keeps the plan, and opens after Reload with the edit still there', async ({
  page,
}) => {
  await page.route(ESI_CHUNK, (route) => route.abort());
  await openPlanner(page);
  await budget(page).fill('3,360,000');
  await budget(page).blur();
  await expect(costPerHour(page)).toHaveText('£96.00');

  await viewLink(page, 'ESI cycle').click();
  const alert = failure(page, 'The ESI cycle view could not be opened');
  await expect(alert).toBeVisible();
  await expect(alert.getByRole('heading', { level: 2 })).toHaveText('The ESI cycle view could not be opened');
  await expect(alert).toContainText('The planner could not fetch this part of itself');
  await expect(alert).toContainText('Your plan is saved in this browser and nothing has been lost.');
  await expect(page.getByRole('status').filter({ hasText: 'Loading' })).toHaveCount(0);
  await expect(esiBoard(page)).toHaveCount(0);
  // The rest of the planner still works around the message.
  await expect(costPerHour(page)).toHaveText('£96.00');
  await page.screenshot({ path: 'test-results/screenshots/view-loading-failed.png', fullPage: true });
  await expectNoAxeViolations(page);

  await page.unroute(ESI_CHUNK);
  await Promise.all([page.waitForEvent('load'), alert.getByRole('button', { name: 'Reload' }).click()]);
  await expect(heading(page)).toBeVisible();
  await expect(esiBoard(page)).toBeVisible();
  await expect(page.getByTestId('esi-count-2004/05')).toHaveText('16 Areas of 15 funded Over');
  await expect(alert).toHaveCount(0);
  await expect(costPerHour(page)).toHaveText('£96.00');
  await viewLink(page, 'Budget and hours').click();
  await expect(budget(page)).toHaveValue('3,360,000');
});

test('after one view fails to load another still opens, and the failed one asks for a reload again', async ({
  page,
}) => {
  await page.route(ESI_CHUNK, (route) => route.abort());
  await openPlanner(page);
  await viewLink(page, 'ESI cycle').click();
  await expect(failure(page, 'The ESI cycle view could not be opened')).toBeVisible();

  const alertsWritten = await recordAlertsWritten(page);
  await viewLink(page, 'YOT programme').click();
  await expect(page.getByRole('heading', { level: 2, name: 'YOT inspection programme' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'could not be opened' })).toHaveCount(0);
  // Not even for a moment does the message about the ESI cycle view speak of the YOT programme view.
  expect((await alertsWritten()).filter((text) => text.includes('YOT'))).toEqual([]);

  // The code that failed is not fetched again until the page is reloaded, even once the network is back.
  await page.unroute(ESI_CHUNK);
  await viewLink(page, 'ESI cycle').click();
  await expect(failure(page, 'The ESI cycle view could not be opened')).toBeVisible();
  await expect(esiBoard(page)).toHaveCount(0);
});

test('a first visit that cannot fetch the 2004/05 plan says so, and Reload opens the planner once it can', async ({
  page,
}) => {
  // The plan is fetched only when the browser holds nothing saved, as on this first visit.
  await page.route('**/assets/hmip-2004-05-*.json', (route) => route.abort('internetdisconnected'));
  await page.goto('/');
  const startupFailure = failure(page, 'The planner could not open the 2004/05 plan');
  await expect(startupFailure).toContainText('could not be fetched from the server');
  await expect(startupFailure).toContainText('Nothing saved in this browser has been changed.');
  await expectNoAxeViolations(page);

  await page.unroute('**/assets/hmip-2004-05-*.json');
  await Promise.all([page.waitForEvent('load'), startupFailure.getByRole('button', { name: 'Reload' }).click()]);
  await expect(heading(page)).toHaveText('2004/05 plan (Annual Report 2003/2004)');
  await expect(costPerHour(page)).toHaveText('£91.43');
});

test('a returning visit opens its saved plan without fetching the 2004/05 plan', async ({ page }) => {
  await openPlanner(page);
  await budget(page).fill('3,360,000');
  await budget(page).press('Tab');
  await expect(costPerHour(page)).toHaveText('£96.00');

  const planFetches: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/assets/hmip-2004-05-')) planFetches.push(request.url());
  });
  // Leaving the page saves the edit at once (pagehide), so the reload finds it.
  await page.reload();
  await expect(costPerHour(page)).toHaveText('£96.00');
  expect(planFetches).toEqual([]);
});
