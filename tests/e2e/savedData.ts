import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const WORKSPACE_KEY = 'inspection-hours-planner/workspace';
export const UNREADABLE_KEY_PREFIX = 'inspection-hours-planner/unreadable/';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Clicks what starts a download and returns the file's name and bytes. */
export async function download(page: Page, start: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [started] = await Promise.all([page.waitForEvent('download'), start()]);
  return { name: started.suggestedFilename(), bytes: await readFile(await started.path()) };
}

/** The open scenario as its exported file's text. */
export async function exportedScenario(page: Page): Promise<string> {
  const file = await download(page, () => page.getByRole('button', { name: 'Scenario file', exact: true }).click());
  return file.bytes.toString('utf8');
}

/** The 2004/05 plan's file as shipped. */
export async function shippedPlanFile(): Promise<{ format: string; version: number; scenario: Record<string, unknown> & { name: string } }> {
  return JSON.parse(await readFile(new URL('../../fixtures/hmip-2004-05.json', import.meta.url), 'utf8')) as never;
}

/** A scenario file made from the shipped plan under another name and budget. */
export async function variantFile(name: string, budgetGBP: number): Promise<string> {
  const file = await shippedPlanFile();
  const budget = file.scenario['budgetGBP'] as { value: number };
  budget.value = budgetGBP;
  file.scenario.name = name;
  return JSON.stringify(file, null, 2);
}

export async function importFile(page: Page, name: string, text: string | Buffer) {
  await page.getByLabel('Import a scenario file').setInputFiles({ name, mimeType: 'application/json', buffer: typeof text === 'string' ? Buffer.from(text) : text });
}

/** What is stored under a key, read in the page. */
export function stored(page: Page, key = WORKSPACE_KEY): Promise<string | null> {
  return page.evaluate((name) => localStorage.getItem(name), key);
}

/** The budget of each stored scenario, and which is open, from the stored workspace; null while it holds none that reads. */
export async function storedBudgets(page: Page): Promise<{ budgets: number[]; active: string } | null> {
  const text = await stored(page);
  if (text === null) return null;
  let workspace: { scenarios: { id: string; file: string }[]; activeId: string };
  try {
    workspace = JSON.parse(text) as typeof workspace;
  } catch {
    return null;
  }
  const budgets = workspace.scenarios.map((entry) => (JSON.parse(entry.file) as { scenario: { budgetGBP: { value: number } } }).scenario.budgetGBP.value);
  const active = workspace.scenarios.find((entry) => entry.id === workspace.activeId);
  return { budgets, active: active ? (JSON.parse(active.file) as { scenario: { name: string } }).scenario.name : '' };
}
