import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { INDEX_DOCUMENT, readIndex, removeFromIndex } from '../../src/sync/workspaceIndex';
import { expectNoAxeViolations } from '../support/axe';
import { startLoopbackProxy } from '../support/loopbackProxy';
import { download } from '../support/scenarioFiles';
import { startServerProcess, type ServerProcess } from '../support/serverProcess';

// Each test has a server of its own, started from the build the e2e run made (playwright.config.ts).
let server: ServerProcess;
let folder: string;
// Closed after each test: a colleague's page left open keeps reconnecting and redrawing, and slowed every later test.
let contexts: BrowserContext[] = [];

async function contextClosedAfterTest(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext();
  contexts.push(context);
  return context;
}

test.beforeEach(async () => {
  folder = mkdtempSync(join(tmpdir(), 'shared-workspace-e2e-'));
  server = await startServerProcess({ folder, dist: 'dist' });
});

test.afterEach(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  contexts = [];
  await server.stop();
  rmSync(folder, { recursive: true, force: true });
});

const sharedAddress = () => `${server.url.replace('ws:', 'http:')}/?shared`;
const costPerHour = (page: Page) => page.getByTestId('cost-per-hour');
const connection = (page: Page) => page.getByRole('region', { name: 'Shared workspace' }).getByRole('status');

/** A colleague's browser of their own (no storage shared with the others) on the shared workspace. */
async function openAs(browser: Browser, name: string, address = sharedAddress()): Promise<Page> {
  const context = await contextClosedAfterTest(browser);
  const page = await context.newPage();
  await page.goto(address);
  await expect(connection(page)).toHaveText('Connected: every change is saved on the server');
  await page.getByLabel('Your name for colleagues').fill(name);
  return page;
}

/** Takes every scenario out of the workspace's index, as another client on the server could, and waits until the server has it; returns their ids. */
async function removeEveryScenarioOnTheServer(): Promise<string[]> {
  const index = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({ url: server.url, WebSocketPolyfill: WebSocket });
  const provider = new HocuspocusProvider({ websocketProvider: socket, name: INDEX_DOCUMENT, document: index });
  provider.attach();
  try {
    await new Promise<void>((resolve) => provider.on('synced', () => resolve()));
    const at = new Date().toISOString();
    const removed = readIndex(index);
    for (const id of removed) removeFromIndex(index, id, { name: 'Removed outside the planner', by: 'Test', at });
    await expect.poll(() => readIndex(index).length === 0 && !provider.hasUnsyncedChanges).toBe(true);
    return removed;
  } finally {
    provider.destroy();
    socket.destroy();
  }
}

test('an edit in one colleague’s browser shows in the other’s, who see each other here', async ({ browser }) => {
  const anne = await openAs(browser, 'Anne');
  const ben = await openAs(browser, 'Ben');
  await expect(anne.getByRole('heading', { level: 1 })).toHaveText('2004/05 plan (Annual Report 2003/2004)');
  await expect(costPerHour(ben)).toHaveText('£91.43');
  await expect(anne.getByText('Also here: Ben')).toBeVisible();
  await expect(ben.getByText('Also here: Anne')).toBeVisible();

  await anne.getByLabel('Total budget').fill('3,360,000');

  await expect(costPerHour(ben)).toHaveText('£96.00');
  await expect(ben.getByLabel('Total budget')).toHaveValue('3,360,000');
  await expect(ben.getByRole('list', { name: 'Latest changes to this scenario' })).toContainText('Anne: change budget');
  // Undo is Anne's: Ben has nothing of his own to take back.
  await expect(ben.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();
  await anne.getByRole('button', { name: 'Undo: change budget' }).click();
  await expect(costPerHour(ben)).toHaveText('£91.43');

  await ben.screenshot({ path: 'test-results/screenshots/shared-workspace-two-colleagues.png', fullPage: true });
  await expectNoAxeViolations(ben);
});

test('a figure a colleague changed says who changed it and when, beside it and with it for a screen reader', async ({
  browser,
}) => {
  const anne = await openAs(browser, 'Anne');
  const ben = await openAs(browser, 'Ben');
  const changedBy = (name: string) =>
    new RegExp(`^Changed by ${name}, \\d{1,2} [A-Z][a-z]{2} 20\\d\\d, \\d\\d:\\d\\d$`);
  await expect(anne.getByText(/^Changed by/)).toHaveCount(0);

  await anne.getByLabel('Hours for ESI (core area inspections)').fill('9,000');
  await anne.getByLabel('Total budget').fill('3,100,000');
  await anne.getByLabel('Total budget').blur();
  await expect(ben.getByLabel('Total budget')).toHaveValue('3,100,000');
  await ben.getByLabel('Total budget').fill('3,360,000');
  await ben.getByLabel('Total budget').blur();

  await expect(costPerHour(anne)).toHaveText('£96.00');
  await expect(anne.locator('#budget-changed')).toHaveText(changedBy('Ben'));
  await expect(anne.getByLabel('Total budget')).toHaveAccessibleDescription(/Changed by Ben, /);
  await expect(ben.locator('#budget-changed')).toHaveText(changedBy('Ben'));
  await expect(anne.getByLabel('Hours for ESI (core area inspections)')).toHaveAccessibleDescription(changedBy('Anne'));
  await expect(anne.locator('#deployable-hours-changed')).toHaveCount(0);

  await anne.screenshot({ path: 'test-results/screenshots/shared-workspace-changed-by.png', fullPage: true });
  await expectNoAxeViolations(anne);
});

test('edits made while the server is down are kept and sent when it returns', async ({ browser }) => {
  const anne = await openAs(browser, 'Anne');
  const ben = await openAs(browser, 'Ben');
  const { port } = server;

  await server.kill();
  await expect(connection(anne)).toContainText(/Reconnecting|Offline/);
  await anne.getByLabel('Deployable inspection hours').fill('32,000');
  await ben.getByLabel('Total budget').fill('3,040,000');
  await expect(connection(anne)).toContainText(/waiting to be sent|kept in this browser/);
  await anne.screenshot({ path: 'test-results/screenshots/shared-workspace-offline.png', fullPage: true });

  server = await startServerProcess({ folder, port, dist: 'dist' });

  for (const page of [anne, ben]) {
    await expect(connection(page)).toHaveText('Connected: every change is saved on the server', { timeout: 20_000 });
    await expect(page.getByLabel('Deployable inspection hours')).toHaveValue('32,000');
    await expect(page.getByLabel('Total budget')).toHaveValue('3,040,000');
    await expect(costPerHour(page)).toHaveText('£95.00');
  }
});

test('edits made offline are kept in the browser after the tab is closed, and sent when it opens again', async ({
  browser,
}) => {
  const anne = await openAs(browser, 'Anne');
  const { port } = server;

  await server.kill();
  await anne.getByLabel('Total budget').fill('3,040,000');
  await expect(connection(anne)).toContainText(/waiting to be sent|kept in this browser/);
  await anne.close();

  server = await startServerProcess({ folder, port, dist: 'dist' });
  const again = await anne.context().newPage();
  await again.goto(sharedAddress());
  await expect(connection(again)).toHaveText('Connected: every change is saved on the server');
  await expect(again.getByLabel('Total budget')).toHaveValue('3,040,000');

  // What reached the server is what a colleague who never saw the edit now opens.
  const ben = await openAs(browser, 'Ben');
  await expect(ben.getByLabel('Total budget')).toHaveValue('3,040,000');
  await expect(costPerHour(ben)).toHaveText('£86.86');
});

test('a scenario kept in this browser alone is copied into the shared workspace, and kept here too', async ({
  browser,
}) => {
  const context = await contextClosedAfterTest(browser);
  const alone = await context.newPage();
  const origin = server.url.replace('ws:', 'http:');
  // The planner alone, on the same address: its own scenario, with a budget cut.
  await alone.goto(`${origin}/`);
  await alone.getByLabel('Total budget').fill('3,040,000');
  await alone.getByLabel('Total budget').blur();
  await alone.close();

  const anne = await context.newPage();
  await anne.goto(sharedAddress());
  await expect(connection(anne)).toHaveText('Connected: every change is saved on the server');
  await anne.getByText('This browser also holds a scenario of its own').click();
  await anne
    .getByRole('button', { name: 'Copy “2004/05 plan (Annual Report 2003/2004)” into the shared workspace' })
    .click();
  await expect(anne.getByText('Copied into the shared workspace, and saved on the server.')).toBeVisible();
  await expect(anne.getByRole('heading', { level: 1 })).toHaveText('2004/05 plan (Annual Report 2003/2004) (2)');
  await expect(costPerHour(anne)).toHaveText('£86.86');
  await anne.screenshot({ path: 'test-results/screenshots/shared-workspace-copy-in.png', fullPage: true });
  await expectNoAxeViolations(anne);

  const ben = await openAs(browser, 'Ben');
  await ben.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Scenarios', exact: true }).click();
  await expect(ben.getByRole('rowheader', { name: '2004/05 plan (Annual Report 2003/2004) (2)' })).toBeVisible();

  // This browser's own scenario is still there, as it was.
  const againAlone = await context.newPage();
  await againAlone.goto(`${origin}/`);
  await expect(costPerHour(againAlone)).toHaveText('£86.86');
});

test('undo says so when a colleague has since changed the same figure, and leaves their figure and its source', async ({
  browser,
}) => {
  const anne = await openAs(browser, 'Anne');
  const ben = await openAs(browser, 'Ben');

  await anne.getByLabel('Total budget').fill('3,100,000');
  await anne.getByLabel('Total budget').blur();
  await expect(ben.getByLabel('Total budget')).toHaveValue('3,100,000');
  await ben.getByLabel('Total budget').fill('3,050,000');
  await ben.getByLabel('Total budget').blur();
  await expect(anne.getByLabel('Total budget')).toHaveValue('3,050,000');

  await anne.getByRole('button', { name: 'Undo: change budget' }).click();

  await expect(anne.getByRole('alert')).toHaveText(
    '“change budget” cannot be undone: a colleague has since changed everything it changed, and their change stands.',
  );
  await expect(anne.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();
  for (const page of [anne, ben]) {
    await expect(page.getByLabel('Total budget')).toHaveValue('3,050,000');
    // Ben's figure keeps Ben's source: it is not the report's £3.2m, and does not claim to be.
    await expect(page.locator('#budget-hint')).toContainText('Assumption');
  }
  await anne.screenshot({ path: 'test-results/screenshots/shared-workspace-undo-notice.png', fullPage: true });
  await expectNoAxeViolations(anne);
});

test('a browser whose storage refuses an offline copy still opens the shared workspace, and says what that means', async ({
  browser,
}) => {
  const context = await contextClosedAfterTest(browser);
  // As a browser set to block site data: opening IndexedDB fails.
  await context.addInitScript(() => {
    IDBFactory.prototype.open = () => {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    };
  });
  const page = await context.newPage();
  await page.goto(sharedAddress());

  await expect(connection(page)).toHaveText('Connected: every change is saved on the server');
  await expect(page.getByRole('alert')).toContainText(
    'This browser cannot keep an offline copy of the shared workspace',
  );
  await page.getByLabel('Total budget').fill('3,360,000');
  const ben = await openAs(browser, 'Ben');
  await expect(costPerHour(ben)).toHaveText('£96.00');
  await expectNoAxeViolations(page);
});

test('a scenario one colleague removes leaves everyone’s list, and another can put it back', async ({ browser }) => {
  const anne = await openAs(browser, 'Anne');
  const ben = await openAs(browser, 'Ben');
  const plan = '2004/05 plan (Annual Report 2003/2004)';
  const scenarios = (page: Page) => page.getByRole('region', { name: 'Scenarios' });
  for (const page of [anne, ben])
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Scenarios', exact: true }).click();

  await scenarios(anne).getByRole('button', { name: 'New scenario from the 2004/05 plan' }).click();
  await expect(scenarios(ben).getByRole('rowheader', { name: `${plan} (2)` })).toBeVisible();
  await scenarios(anne)
    .getByRole('button', { name: `Delete ${plan} (2)` })
    .click();
  await expect(scenarios(ben).getByRole('rowheader', { name: `${plan} (2)` })).toHaveCount(0);

  await ben.getByText('A scenario was removed from the shared workspace, and can be put back').click();
  await expect(ben.getByRole('region', { name: 'Shared workspace' })).toContainText(`${plan} (2), removed by Anne on`);
  await ben.screenshot({ path: 'test-results/screenshots/shared-workspace-removed.png' });
  await ben.getByRole('button', { name: `Put “${plan} (2)” back` }).click();

  for (const page of [anne, ben])
    await expect(
      scenarios(page).getByRole('rowheader', { name: new RegExp(`^${plan.replace(/[()/]/g, '\\$&')} \\(2\\)`) }),
    ).toBeVisible();
  await expectNoAxeViolations(ben);
});

test('while the server cannot save, edits wait in the browser and it says why; they land once it can', async ({
  browser,
}) => {
  const anne = await openAs(browser, 'Anne');
  await server.setDiskFull(true);
  await anne.getByLabel('Total budget').fill('3,040,000');
  await anne.getByLabel('Total budget').blur();
  await expect(connection(anne)).toHaveText(
    /^The server cannot save changes just now \(its disk is full\)\. Your \d+ changes? (is|are) kept in this browser and will be sent when it can\.$/,
  );
  // Nothing unsaved reached the server: a colleague opening now sees the budget as it was.
  const ben = await openAs(browser, 'Ben');
  await expect(ben.getByLabel('Total budget')).toHaveValue('3,200,000');
  await anne.screenshot({ path: 'test-results/screenshots/shared-workspace-cannot-save.png', fullPage: true });
  await expectNoAxeViolations(anne);

  await server.setDiskFull(false);
  await expect(connection(anne)).toHaveText('Connected: every change is saved on the server', { timeout: 20_000 });
  await expect(ben.getByLabel('Total budget')).toHaveValue('3,040,000');
  await expect(costPerHour(ben)).toHaveText('£86.86');
});

test('a change the server refuses as invalid is kept in this browser as my version, and the shared one loads', async ({
  browser,
}) => {
  // Anne reaches the server through a proxy the test cuts: she alone loses the network.
  const proxy = await startLoopbackProxy(server.port);
  try {
    const anne = await openAs(browser, 'Anne', `http://127.0.0.1:${proxy.port}/?shared`);
    const ben = await openAs(browser, 'Ben');
    const inspection = 'Youth justice partnerships';
    for (const page of [anne, ben])
      await page
        .getByRole('navigation', { name: 'Views' })
        .getByRole('link', { name: 'Joint work and contingency' })
        .click();
    const form = anne.getByRole('region', { name: 'Propose a joint inspection' });
    await form.getByLabel('Name').fill(inspection);
    await form.getByLabel('Non-CJS joint inspections').check();
    await form.getByLabel('Partner inspectorates').fill('Social Services Inspectorate');
    await form.getByLabel('Estimated hours').fill('800');
    await form.getByRole('button', { name: 'Propose the inspection' }).click();
    await expect(ben.getByRole('button', { name: `Commit ${inspection}` })).toBeVisible();

    // Offline, Anne commits it, drawing 300 hours from contingency; meanwhile Ben removes it.
    proxy.cut();
    await expect(connection(anne)).toContainText(/Reconnecting|Offline/);
    await anne.getByRole('button', { name: `Commit ${inspection}` }).click();
    await anne
      .getByRole('dialog')
      .getByRole('button', { name: `Commit ${inspection}` })
      .click();
    await expect(anne.getByTestId('contingency-left')).toHaveText('1,700 hours');
    await ben.getByRole('button', { name: `Remove ${inspection}` }).click();
    await expect(connection(ben)).toHaveText('Connected: every change is saved on the server');

    // Together the two would leave a draw on contingency for an inspection no longer there: the server refuses Anne's.
    proxy.restore();
    const keep = anne.getByRole('button', {
      name: /^Keep my version of “.+” in this browser and load the shared one$/,
    });
    await expect(keep).toBeVisible({ timeout: 20_000 });
    await expect(anne.getByRole('region', { name: 'Shared workspace' })).toContainText(
      /The server refused a change from this browser: The change would leave the scenario invalid: scenario\.contingencyDraws\[0\]\.jointInspectionId: unknown joint inspection "[^"]+"; no joint inspection in scenario\.jointInspections has that id\. Colleagues’ changes to “2004\/05 plan \(Annual Report 2003\/2004\)” no longer reach this browser/,
    );
    await expect(connection(anne)).toHaveText(
      'Connected: the server refused a change from this browser (see below); other changes are saved on the server',
    );
    await expect(anne.getByText('Also here: Ben')).toBeVisible();
    await anne.screenshot({ path: 'test-results/screenshots/shared-workspace-refused.png', fullPage: true });
    await expectNoAxeViolations(anne);
    await expect(ben.getByTestId('contingency-left')).toHaveText('2,000 hours');

    await keep.click();
    await expect(connection(anne)).toHaveText('Connected: every change is saved on the server');
    await expect(anne.getByTestId('contingency-left')).toHaveText('2,000 hours');
    await expect(anne.getByRole('button', { name: `Commit ${inspection}` })).toHaveCount(0);
    await anne.getByText('This browser also holds a scenario of its own').click();
    await expect(
      anne.getByRole('button', { name: /^Copy “.+ \(my version\)” into the shared workspace$/ }),
    ).toBeVisible();
    await anne.screenshot({ path: 'test-results/screenshots/shared-workspace-refused-kept.png', fullPage: true });
  } finally {
    await proxy.close();
  }
});

test('a workspace whose every scenario was removed opens with the opening plan as it stands, not the 2004/05 one', async ({
  browser,
}) => {
  const anne = await openAs(browser, 'Anne');
  await anne.getByLabel('Total budget').fill('3,500,000');
  await anne.getByLabel('Total budget').blur();
  await expect(costPerHour(anne)).toHaveText('£100.00');
  await expect(connection(anne)).toHaveText('Connected: every change is saved on the server');
  // Anne's page is closed first, so that only the planner's opening can put the plan back.
  await anne.context().close();

  expect(await removeEveryScenarioOnTheServer()).toEqual(['opening-plan']);

  const ben = await openAs(browser, 'Ben');
  await expect(ben.getByRole('heading', { level: 1 })).toHaveText('2004/05 plan (Annual Report 2003/2004)');
  // Anne's budget over the report's 35,000 hours, not the report's £3.2m (£91.43).
  await expect(ben.getByLabel('Total budget')).toHaveValue('3,500,000');
  await expect(costPerHour(ben)).toHaveText('£100.00');
  await ben.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Scenarios', exact: true }).click();
  const listed = ben.getByRole('region', { name: 'Scenarios' }).getByRole('rowheader');
  await expect(listed).toHaveCount(1);
  await expect(listed).toContainText('2004/05 plan (Annual Report 2003/2004)');
});

test('the decision log shows who changed the budget and a line, filters by person and kind, and downloads as CSV', async ({
  browser,
}) => {
  const anne = await openAs(browser, 'Anne');
  const ben = await openAs(browser, 'Ben');
  await anne.getByLabel('Total budget').fill('3,100,000');
  await anne.getByLabel('Total budget').blur();
  await expect(ben.getByLabel('Total budget')).toHaveValue('3,100,000');
  await ben.getByLabel('Hours for CJS joint inspections').fill('4,400');
  await ben.getByLabel('Hours for CJS joint inspections').blur();

  await anne.getByRole('link', { name: 'Decisions' }).click();
  const log = anne.getByRole('table', { name: /^Decisions on 2004\/05 plan/ });
  const rows = log.locator('tbody tr');
  await expect(rows).toHaveCount(2);
  const when = /^\d{1,2} [A-Z][a-z]{2} 20\d\d, \d\d:\d\d/;
  await expect(rows.nth(0).locator('td').nth(0)).toHaveText(when);
  await expect(rows.nth(0)).toContainText(
    'BenChanged the hours of CJS joint inspectionsLine hours4,000 hours4,400 hours',
  );
  await expect(rows.nth(1)).toContainText('AnneChanged the budgetBudget and hours£3,200,000£3,100,000');

  await anne.getByLabel('Person').selectOption('Anne');
  await expect(rows).toHaveCount(1);
  await expect(anne.getByText('1 decision of 2 decisions shown.')).toBeVisible();
  const csv = await download(anne, () => anne.getByRole('button', { name: 'Download the decision log (CSV)' }).click());
  expect(csv.name).toBe('2004-05-plan-annual-report-2003-2004-decisions.csv');
  const records = csv.bytes.toString('utf8').slice(1).split('\r\n');
  expect(records[0]).toBe('When,Time (ISO 8601),Who,Kind,Decision,Before,After');
  expect(records[1]).toMatch(
    /^"\d{1,2} [A-Z][a-z]{2} 20\d\d, \d\d:\d\d",20\d\d-\d\d-\d\dT[\d:.]+Z,Anne,Budget and hours,Changed the budget,"£3,200,000","£3,100,000"$/,
  );
  expect(records).toHaveLength(3);

  await anne.getByLabel('Person').selectOption('Everyone');
  await anne.getByLabel('Kind of decision').selectOption('Line hours');
  await expect(rows).toHaveCount(1);
  await expect(rows.nth(0)).toContainText('Ben');
  await anne.getByLabel('Kind of decision').selectOption('Every kind');
  await expect(rows).toHaveCount(2);

  await anne.screenshot({ path: 'test-results/screenshots/shared-workspace-decisions.png', fullPage: true });
  await expectNoAxeViolations(anne);
});
