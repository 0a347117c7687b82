import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { memberWithSecret, writeMembers, type Member } from '../../server/members';
import { membersPathBeside } from '../../server/paths';
import { NOT_A_MEMBER, SIGN_IN_NEEDED } from '../../server/signIn';
import { expectNoAxeViolations } from '../support/axe';
import { startServerProcess, type ServerProcess } from '../support/serverProcess';

const ANNE = { name: 'Anne Smith', secret: 'anne-secret-for-tests' };
const VICTOR = { name: 'Victor Jones', secret: 'victor-secret-for-tests' };

let server: ServerProcess;
let folder: string;
let members: Member[];
let contexts: BrowserContext[] = [];
const membersPath = () => membersPathBeside(join(folder, 'planner.sqlite'));

test.beforeEach(async () => {
  folder = mkdtempSync(join(tmpdir(), 'shared-members-e2e-'));
  members = [
    await memberWithSecret(ANNE.name, 'editor', ANNE.secret),
    await memberWithSecret(VICTOR.name, 'viewer', VICTOR.secret),
  ];
  writeMembers(membersPath(), members);
  server = await startServerProcess({ folder, dist: 'dist' });
});

test.afterEach(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  contexts = [];
  await server.stop();
  rmSync(folder, { recursive: true, force: true });
});

const sharedAddress = () => `${server.url.replace('ws:', 'http:')}/?shared`;
const shared = (page: Page) => page.getByRole('region', { name: 'Shared workspace' });

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  contexts.push(context);
  return context.newPage();
}

async function signIn(page: Page, { name, secret }: { name: string; secret: string }) {
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Your secret').fill(secret);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

async function openSignedIn(browser: Browser, member: { name: string; secret: string }): Promise<Page> {
  const page = await newPage(browser);
  await page.goto(sharedAddress());
  await signIn(page, member);
  await expect(shared(page).getByRole('status').first()).toHaveText('Connected: every change is saved on the server');
  return page;
}

test('a members-only workspace asks who you are, says what was wrong, and lets a member in', async ({ browser }) => {
  const page = await newPage(browser);
  await page.goto(sharedAddress());
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in to the shared workspace');
  await expect(page.getByRole('alert')).toHaveText(SIGN_IN_NEEDED);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'test-results/screenshots/shared-sign-in.png', fullPage: true });

  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'Enter your name as the workspace knows it. Enter the secret you were given.',
  );

  await signIn(page, { name: ANNE.name, secret: 'not her secret' });
  await expect(page.getByRole('alert')).toHaveText(NOT_A_MEMBER);
  // Nothing of the workspace is shown to someone not let in.
  await expect(page.getByTestId('cost-per-hour')).toHaveCount(0);

  await signIn(page, ANNE);
  await expect(shared(page).getByText('Signed in as Anne Smith, an editor')).toBeVisible();
  await expect(page.getByTestId('cost-per-hour')).toHaveText('£91.43');
  // The secret is in no address the browser keeps, and in none of its storage.
  expect(page.url()).not.toContain(ANNE.secret);
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
  expect(stored).not.toContain(ANNE.secret);
});

test('a viewer follows an editor’s change live and is told they can look but not change', async ({ browser }) => {
  const anne = await openSignedIn(browser, ANNE);
  const victor = await openSignedIn(browser, VICTOR);
  await expect(
    shared(victor).getByText('Signed in as Victor Jones, a viewer: you can look but not change'),
  ).toBeVisible();
  await expect(victor.getByTestId('cost-per-hour')).toHaveText('£91.43');

  await anne.getByLabel('Total budget').fill('3,360,000');
  await expect(victor.getByTestId('cost-per-hour')).toHaveText('£96.00');
  await expectNoAxeViolations(victor);
  await victor.screenshot({ path: 'test-results/screenshots/shared-viewer.png', fullPage: true });
});

test('a member removed while working is signed out at once, their page asking them to sign in', async ({ browser }) => {
  const anne = await openSignedIn(browser, ANNE);
  writeMembers(
    membersPath(),
    members.filter((member) => member.name !== ANNE.name),
  );
  const form = shared(anne).getByRole('form', { name: 'Sign in to the shared workspace' });
  await expect(form.getByRole('alert')).toContainText(NOT_A_MEMBER);
  await expectNoAxeViolations(anne);
  await anne.screenshot({ path: 'test-results/screenshots/shared-member-removed.png', fullPage: true });
});
