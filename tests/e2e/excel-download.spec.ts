import { expect, test } from '@playwright/test';
import { download } from '../support/scenarioFiles';
import { zipEntries } from '../support/zipEntries';

test('the open scenario downloads as an Excel workbook with its four sheets and live formulas', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('2004/05 plan (Annual Report 2003/2004)');
  const button = page.getByRole('button', { name: 'Download for Excel (.xlsx)' });
  await expect(button).toHaveAccessibleDescription('with live formulas');
  const workbook = await download(page, () => button.click());

  expect(workbook.name).toBe('2004-05-plan-annual-report-2003-2004.xlsx');
  // An .xlsx is a zip archive: it starts with a zip local file header.
  expect(workbook.bytes.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
  const files = zipEntries(workbook.bytes);
  const sheetNames = [
    ...(files.get('xl/workbook.xml')?.toString('utf8') ?? '').matchAll(/<sheet [^>]*name="([^"]+)"/g),
  ].map((match) => match[1]);
  expect(sheetNames).toEqual(['Allocation', 'ESI schedule', 'YOT plan', 'Findings']);
  const allocation = files.get('xl/worksheets/sheet1.xml')?.toString('utf8') ?? '';
  expect(allocation).toContain('<f>B3/B4</f>');
  expect(allocation).toContain('<f>D9*$B$5</f>');
  expect(allocation).toContain('<f>SUM(D9:D19)</f>');

  await expect(page.getByRole('region', { name: 'Export and import' }).getByRole('alert')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screenshots/excel-download.png' });
});
