/** Scenario files into and out of the planner in the browser, as the e2e specs move them. */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { loadFixtureFile } from './fixture';

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

/** A scenario file made from the shipped plan under another name and budget. */
export function variantFile(name: string, budgetGBP: number): string {
  const file = loadFixtureFile();
  file.scenario.budgetGBP.value = budgetGBP;
  file.scenario.name = name;
  return JSON.stringify(file, null, 2);
}

/** Drops a file on the page, as dragging it from the desktop does; the export and import bar must be on the page. */
export async function dropFile(page: Page, name: string, text: string) {
  const transfer = await page.evaluateHandle(
    ([fileName, contents]) => {
      const data = new DataTransfer();
      data.items.add(new File([contents], fileName, { type: 'application/json' }));
      return data;
    },
    [name, text] as const,
  );
  await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
}

/** Gives the planner's import control a file, as choosing it in the file picker does. */
export async function importFile(page: Page, name: string, text: string | Buffer) {
  await page
    .getByLabel('Import a scenario file')
    .setInputFiles({ name, mimeType: 'application/json', buffer: typeof text === 'string' ? Buffer.from(text) : text });
}
