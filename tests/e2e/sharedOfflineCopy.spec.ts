import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { download } from '../support/scenarioFiles';
import { startServerProcess, type ServerProcess } from '../support/serverProcess';

// Each test has a server of its own, started from the build the e2e run made (playwright.config.ts).
let server: ServerProcess;
let folder: string;
let context: BrowserContext | null = null;

test.beforeEach(async () => {
  folder = mkdtempSync(join(tmpdir(), 'shared-offline-copy-e2e-'));
  server = await startServerProcess({ folder, dist: 'dist' });
});

test.afterEach(async () => {
  await context?.close();
  context = null;
  await server.stop();
  rmSync(folder, { recursive: true, force: true });
});

const PLAN = '2004/05 plan (Annual Report 2003/2004)';
const sharedAddress = () => `${server.url.replace('ws:', 'http:')}/?shared`;
const connection = (page: Page) => page.getByRole('region', { name: 'Shared workspace' }).getByRole('status');
const unreadableNotice = (page: Page) =>
  page.getByRole('alert').filter({ hasText: `offline copy of “${PLAN}” could not be read` });
/** Not a Yjs update: it cannot be applied to any document. */
const GARBAGE = [0xff, 0xfe, 0x00, 0x13, 0x37, 0xde, 0xad, 0xbe, 0xef, 0x7f, 0x80, 0x01];

/** Puts `bytes` in place of everything the opening plan's offline copy (y-indexeddb's `updates` store) holds. */
async function overwriteOfflineCopy(page: Page, bytes: number[]): Promise<void> {
  await page.evaluate(async (garbage) => {
    const names = (await indexedDB.databases()).map((database) => database.name ?? '');
    const name = names.find((candidate) => candidate.endsWith('/opening-plan'));
    if (!name) throw new Error(`no offline copy of the opening plan among ${names.join(', ')}`);
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(new Error(String(request.error)));
    });
    const transaction = db.transaction('updates', 'readwrite');
    transaction.objectStore('updates').clear();
    transaction.objectStore('updates').add(new Uint8Array(garbage));
    await new Promise<void>((resolve, reject) => {
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(new Error(String(transaction.error)));
    });
    db.close();
  }, bytes);
}

test('an offline copy that cannot be read is kept aside for download, the plan read from the server, and offline copies work again', async ({
  browser,
}) => {
  context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(sharedAddress());
  await page.getByLabel('Total budget').fill('3,360,000');
  await page.getByLabel('Total budget').blur();
  await expect(connection(page)).toHaveText('Connected: every change is saved on the server');

  await overwriteOfflineCopy(page, GARBAGE);
  await page.reload();

  await expect(connection(page)).toHaveText('Connected: every change is saved on the server');
  await expect(page.getByLabel('Total budget')).toHaveValue('3,360,000');
  await expect(page.getByTestId('cost-per-hour')).toHaveText('£96.00');
  await expect(unreadableNotice(page)).toContainText(
    'so it was loaded from the server instead; nothing on the server was changed. The unreadable copy (12 bytes, found',
  );
  const offered = await download(page, () =>
    unreadableNotice(page).getByRole('button', { name: 'Download the unreadable copy' }).click(),
  );
  expect([...offered.bytes]).toEqual(GARBAGE);
  expect(offered.name).toMatch(/^inspection-hours-planner-unreadable-offline-copy-[\dT-]+Z\.bin$/);
  await page.screenshot({
    path: 'test-results/screenshots/shared-workspace-unreadable-offline-copy.png',
    fullPage: true,
  });
  await expectNoAxeViolations(page);

  // The offline copy works again: an edit made while the server is down outlives the tab.
  const { port } = server;
  await server.kill();
  await page.getByLabel('Total budget').fill('3,040,000');
  await expect(connection(page)).toContainText(/kept in this browser/);
  await page.close();
  server = await startServerProcess({ folder, port, dist: 'dist' });
  const again = await context.newPage();
  await again.goto(sharedAddress());
  await expect(connection(again)).toHaveText('Connected: every change is saved on the server');
  await expect(again.getByLabel('Total budget')).toHaveValue('3,040,000');

  // The unreadable copy is still kept, across the reload, until it is deleted.
  await expect(unreadableNotice(again)).toBeVisible();
  await unreadableNotice(again).getByRole('button', { name: 'Delete the unreadable copy' }).click();
  await expect(unreadableNotice(again)).toHaveCount(0);
  await again.reload();
  await expect(connection(again)).toHaveText('Connected: every change is saved on the server');
  await expect(unreadableNotice(again)).toHaveCount(0);
});
