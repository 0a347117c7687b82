import { expect, test, type Page } from '@playwright/test';
import type { Scenario } from '../../src/domain/types';
import { expectNoAxeViolations } from '../support/axe';
import { loadFixtureFile } from '../support/fixture';
import { download, exportedScenario, importFile, variantFile } from '../support/scenarioFiles';

const PLAN_NAME = '2004/05 plan (Annual Report 2003/2004)';
const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const importError = (page: Page) => page.getByRole('alert').filter({ hasText: 'could not be imported' });
const undoButton = (page: Page) => page.getByRole('button', { name: /^Undo/ });

async function openPlanner(page: Page) {
  await page.goto('/');
  await expect(heading(page)).toHaveText(PLAN_NAME);
}

test('a scenario exported and imported into a fresh browser is identical', async ({ page, browser, baseURL }) => {
  await openPlanner(page);
  await importFile(page, 'cut.ihp.json', variantFile('Budget cut 5%', 3_040_000));
  await expect(heading(page)).toHaveText('Budget cut 5%');
  await page.getByLabel('Hours for YOT inspections').fill('12,000');
  await expect(page.getByTestId('allocated-hours')).toHaveText('35,750');
  const exported = await download(page, () => page.getByRole('button', { name: 'Scenario file', exact: true }).click());
  expect(exported.name).toBe('budget-cut-5.ihp.json');

  const fresh = await browser.newContext({ baseURL });
  const other = await fresh.newPage();
  await openPlanner(other);
  await importFile(other, exported.name, exported.bytes);
  await expect(heading(other)).toHaveText('Budget cut 5%');
  await expect(other.getByRole('region', { name: 'Export and import' }).getByRole('status')).toContainText(
    'Imported Budget cut 5% from budget-cut-5.ihp.json and opened it',
  );
  await expect(other.getByTestId('allocated-hours')).toHaveText('35,750');
  await expect(other.getByTestId('cost-per-hour')).toHaveText('£86.86');
  expect(await exportedScenario(other)).toBe(exported.bytes.toString('utf8'));
  await other.screenshot({ path: 'test-results/screenshots/import-done.png', fullPage: true });
  await fresh.close();
});

test('an import is one undo step, named for it', async ({ page }) => {
  await openPlanner(page);
  const before = await exportedScenario(page);
  await importFile(page, 'cut.ihp.json', variantFile('Budget cut 5%', 3_040_000));
  await expect(heading(page)).toHaveText('Budget cut 5%');
  await undoButton(page).click();
  await expect(heading(page)).toHaveText(PLAN_NAME);
  await expect(undoButton(page)).toHaveText('Undo');
  expect(await exportedScenario(page)).toBe(before);
  await expect(page.getByRole('button', { name: 'Redo: import Budget cut 5%' })).toBeVisible();
});

test('a file dropped on the page is imported, with a hint while it is dragged over', async ({ page }) => {
  await openPlanner(page);
  const text = variantFile('Dropped plan', 3_100_000);
  const transfer = await page.evaluateHandle((contents) => {
    const data = new DataTransfer();
    data.items.add(new File([contents], 'dropped.ihp.json', { type: 'application/json' }));
    return data;
  }, text);
  // The bar that listens for dropped files is fetched beside the first screen: the drag is
  // repeated until it listens, as a user would drag again over a page still opening.
  await expect(async () => {
    await page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
    await expect(page.getByText('Drop the scenario file to import it')).toBeVisible({ timeout: 500 });
  }).toPass();
  await page.screenshot({ path: 'test-results/screenshots/import-drop-hint.png' });
  await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
  await expect(page.getByText('Drop the scenario file to import it')).toHaveCount(0);
  await expect(heading(page)).toHaveText('Dropped plan');
  await expect(page.getByTestId('cost-per-hour')).toHaveText('£88.57');
});

test('the allocation lines and the ESI schedule export as CSV that Excel reads', async ({ page }) => {
  await openPlanner(page);
  const lines = await download(page, () => page.getByRole('button', { name: 'Lines as CSV' }).click());
  expect(lines.name).toBe('2004-05-plan-annual-report-2003-2004-allocation.csv');
  expect([...lines.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lineRecords = lines.bytes.toString('utf8').slice(1).split('\r\n');
  expect(lineRecords[0]).toBe('Line id,Line,Group,Hours,Share of deployable hours (%),Cost (£),Source');
  expect(lineRecords[1]).toBe('yot,YOT inspections,YOT inspections,11250,32.14,1028571.43,Report §5.14');
  expect(lineRecords).toHaveLength(13);

  const schedule = await download(page, () => page.getByRole('button', { name: 'ESI schedule as CSV' }).click());
  expect(schedule.name).toBe('2004-05-plan-annual-report-2003-2004-esi-schedule.csv');
  const scheduleRecords = schedule.bytes.toString('utf8').slice(1).split('\r\n');
  expect(scheduleRecords[0]).toBe('Area,Family,Year,Month,Status');
  expect(scheduleRecords).toContain('Norfolk,"Small size, low density",2004/05,2004-04,planned');
  expect(scheduleRecords).toContain(
    'Derbyshire,"Medium size, higher density",2003/04,2003-06,done (inspected 2003-06)',
  );
  expect(scheduleRecords).toHaveLength(44);
});

/** A scenario file as a test may spoil it: any field may be given a value of any type. */
interface SpoiltFile {
  format?: unknown;
  version: unknown;
  scenario: Scenario & Record<string, unknown>;
}

/** Stands in for a value of the wrong type, which the file format must refuse. */
const wrongType = <T>(value: unknown) => value as T;

/** A copy of the shipped plan's file changed by `change`, as text. */
function planFileWith(change: (file: SpoiltFile) => void): string {
  const file = loadFixtureFile() as unknown as SpoiltFile;
  change(file);
  return JSON.stringify(file, null, 2);
}

interface BadFile {
  what: string;
  name: string;
  contents: () => string | Buffer | Promise<string | Buffer>;
  /** What the message must say: the problem, naming the field where there is one. */
  message: string | RegExp;
}

const MEGABYTE = 1024 * 1024;

const badFiles: BadFile[] = [
  {
    what: 'not JSON',
    name: 'notes.txt',
    contents: () => 'Budget: £3.2m, 35,000 hours',
    message: 'The file is not JSON',
  },
  { what: 'empty', name: 'empty.json', contents: () => '', message: 'The file is empty.' },
  { what: 'only spaces and newlines', name: 'blank.json', contents: () => '  \n\t\n', message: 'The file is empty.' },
  {
    what: 'a picture',
    name: 'logo.png',
    contents: () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    message: 'The file is not JSON',
  },
  {
    what: 'a list, not a scenario file',
    name: 'list.json',
    contents: () => '[1, 2, 3]',
    message:
      'The file does not hold a scenario: expected an object with "format", "version" and "scenario", got a list.',
  },
  { what: 'null', name: 'null.json', contents: () => 'null', message: 'got null' },
  {
    what: 'of the wrong format',
    name: 'other.json',
    contents: () =>
      planFileWith((file) => {
        file.format = 'spreadsheet/v1';
      }),
    message: 'format: "spreadsheet/v1" is not a format this planner reads',
  },
  {
    what: 'without a format',
    name: 'noformat.json',
    contents: () =>
      planFileWith((file) => {
        delete file.format;
      }),
    message: 'format: missing',
  },
  {
    what: 'from a future version',
    name: 'future.json',
    contents: () =>
      planFileWith((file) => {
        file.version = 99;
      }),
    message: 'version: the file was made by a newer version of the planner (file version 99',
  },
  {
    what: 'with a version in words',
    name: 'version-text.json',
    contents: () =>
      planFileWith((file) => {
        file.version = 'two';
      }),
    message: 'version: must be a whole number, got "two"',
  },
  {
    what: 'with negative hours',
    name: 'negative.json',
    contents: () =>
      planFileWith((file) => {
        file.scenario.lines[0]!.hours = -500;
      }),
    message: 'scenario.lines[0].hours: must be zero or more, got -500',
  },
  {
    what: 'with NaN hours',
    name: 'nan.json',
    contents: () => planFileWith(() => undefined).replace('"hours": 11250', '"hours": NaN'),
    message: 'The file is not JSON',
  },
  {
    what: 'with hours as text',
    name: 'hours-text.json',
    contents: () =>
      planFileWith((file) => {
        file.scenario.lines[0]!.hours = wrongType('NaN');
      }),
    message: 'scenario.lines[0].hours: must be a number, got "NaN"',
  },
  {
    what: 'with infinite hours',
    name: 'infinite.json',
    contents: () => planFileWith(() => undefined).replace('"hours": 11250', '"hours": 1e999'),
    message: 'scenario.lines[0].hours: must be a finite number',
  },
  {
    what: 'with an unknown Area',
    name: 'atlantis.json',
    contents: () =>
      planFileWith((file) => {
        file.scenario.esi.schedule[0]!.areaId = 'atlantis';
      }),
    message: 'scenario.esi.schedule[0].areaId: unknown Area "atlantis"',
  },
  {
    what: 'with a duplicate Area',
    name: 'twice.json',
    contents: () =>
      planFileWith((file) => {
        file.scenario.esi.schedule.push({ ...file.scenario.esi.schedule[0]!, year: '2005/06' });
      }),
    message: /scenario\.esi\.schedule\[42\]\.areaId: duplicated Area "greater-manchester"/,
  },
  {
    what: 'with a __proto__ key',
    name: 'proto.json',
    contents: () =>
      planFileWith(() => undefined).replace('"scenario": {', '"scenario": {\n"__proto__": { "polluted": true },'),
    message: 'scenario.__proto__: the key "__proto__" is not allowed in a scenario file',
  },
  {
    what: 'with a constructor key',
    name: 'constructor.json',
    contents: () =>
      planFileWith((file) => {
        Object.assign(file.scenario.lines[0]!, { constructor: { prototype: {} } });
      }),
    message: 'the key "constructor" is not allowed',
  },
  {
    what: '6 MB in size',
    name: 'huge.json',
    contents: () => Buffer.alloc(6 * MEGABYTE, 0x20),
    message: 'The file is 6.0 MB (6,291,456 bytes); a scenario file may be at most 5 MB. It was not read.',
  },
  {
    what: 'nested 100,000 deep',
    name: 'deep.json',
    contents: () => `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
    message: /nested/,
  },
  {
    what: 'missing the budget',
    name: 'nobudget.json',
    contents: () =>
      planFileWith((file) => {
        delete (file.scenario as Partial<Scenario>).budgetGBP;
      }),
    message: 'scenario.budgetGBP: missing',
  },
  {
    what: 'with an unknown field',
    name: 'extra.json',
    contents: () =>
      planFileWith((file) => {
        file.scenario['colour'] = 'blue';
      }),
    message: 'scenario.colour: unknown field',
  },
  {
    what: 'with a year that is not a financial year',
    name: 'year.json',
    contents: () =>
      planFileWith((file) => {
        file.scenario.planningYear = '2004/06';
      }),
    message: 'scenario.planningYear: must be a financial year',
  },
  {
    what: 'with a month that does not exist',
    name: 'month.json',
    contents: () =>
      planFileWith((file) => {
        file.scenario.esi.schedule.find((entry) => entry.month)!.month = '2004-13';
      }),
    message: /scenario\.esi\.schedule\[\d+\]\.month: must be a month written "yyyy-MM"/,
  },
  {
    what: 'with an unknown line group',
    name: 'group.json',
    contents: () =>
      planFileWith((file) => {
        file.scenario.lines[0]!.group = wrongType('party');
      }),
    message: 'scenario.lines[0].group: must be one of',
  },
  {
    what: 'with two lines of one id',
    name: 'dupline.json',
    contents: () =>
      planFileWith((file) => {
        file.scenario.lines[1]!.id = 'yot';
      }),
    message: 'scenario.lines[1].id: duplicate line id "yot"',
  },
  {
    what: 'with no deployable hours',
    name: 'zero.json',
    contents: () =>
      planFileWith((file) => {
        file.scenario.deployableHours.value = 0;
      }),
    message: 'scenario.deployableHours.value: must be more than zero, got 0',
  },
  {
    what: 'with an Area of an unknown family',
    name: 'family.json',
    contents: () =>
      planFileWith((file) => {
        file.scenario.esi.areas[0]!.familyId = 'nowhere';
      }),
    message: 'unknown family "nowhere"',
  },
];

test(`the corpus holds at least 20 bad files (${badFiles.length})`, () => {
  expect(badFiles.length).toBeGreaterThanOrEqual(20);
});

for (const bad of badFiles) {
  test(`a file ${bad.what} is refused with a message naming the problem, and nothing changes`, async ({ page }) => {
    await openPlanner(page);
    const before = await exportedScenario(page);
    await importFile(page, bad.name, await bad.contents());
    const error = importError(page);
    await expect(error.getByRole('heading')).toHaveText(`${bad.name} could not be imported`);
    await expect(error).toContainText('Nothing was imported and your scenarios have not changed');
    await expect(error.getByRole('listitem').filter({ hasText: bad.message }).first()).toBeVisible();
    await expect(heading(page)).toHaveText(PLAN_NAME);
    await expect(undoButton(page)).toHaveText('Undo');
    await expect(undoButton(page)).toBeDisabled();
    expect(await exportedScenario(page)).toBe(before);
  });
}

test('the import error is accessible, and a good file afterwards clears it', async ({ page }) => {
  await openPlanner(page);
  // The file input is hidden behind its label, which shows the keyboard focus instead.
  await page.getByRole('button', { name: 'Download for Excel (.xlsx)' }).focus();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Import a scenario file')).toBeFocused();
  await expect(page.locator('label[for="import-file"]')).toHaveCSS('outline-style', 'solid');
  await importFile(
    page,
    'negative.json',
    planFileWith((file) => {
      file.scenario.lines[0]!.hours = -500;
      file.scenario.esi.schedule[0]!.year = wrongType('next year');
    }),
  );
  await expect(importError(page).getByRole('listitem')).toHaveText([
    'scenario.lines[0].hours: must be zero or more, got -500',
    'scenario.esi.schedule[0].year: must be a financial year written like "2004/05", the second year following the first, got "next year"',
  ]);
  await page.screenshot({ path: 'test-results/screenshots/import-error.png', fullPage: true });
  await expectNoAxeViolations(page);

  await importFile(page, 'cut.ihp.json', variantFile('Budget cut 5%', 3_040_000));
  await expect(importError(page)).toHaveCount(0);
  await expect(heading(page)).toHaveText('Budget cut 5%');
  await expectNoAxeViolations(page);
});
