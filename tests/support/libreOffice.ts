/**
 * LibreOffice Calc from Debian's packages (`libreoffice-calc-nogui`, which .ci/run installs), as a
 * real spreadsheet program for the tests: it opens workbooks and saves every sheet as CSV, its
 * formulas recalculated and its cells as they show on screen.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { csvRecords } from './csvRecords';

/** Starting LibreOffice with a new profile takes about 5 s here; allow for a busy machine. */
export const LIBREOFFICE_TIMEOUT_MS = 90_000;

/**
 * By default LibreOffice shows the values a workbook was saved with rather than working its formulas
 * out again (headless, it cannot ask): "always recalculate" makes it a client that computes them.
 */
const ALWAYS_RECALCULATE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/**
 * The CSV filter's options: comma, double quote, UTF-8 (76), from line 1, default cell formats and
 * language, text unquoted, numbers as they show ("save cell contents as shown"), no formulas, spaces
 * kept, and -1: every sheet, each to "<file>-<sheet>.csv" (LibreOffice 7.2 and later).
 */
const CSV_EVERY_SHEET = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1';

/**
 * Opens each workbook in LibreOffice in one run and returns, for each, its sheets by name as CSV
 * records. `workDir` holds a profile of its own, so that runs side by side never share one.
 */
export function sheetsAsLibreOfficeShowsThem(
  workbooks: string[],
  workDir: string,
): Map<string, Map<string, string[][]>> {
  const profile = join(workDir, 'libreoffice-profile');
  mkdirSync(join(profile, 'user'), { recursive: true });
  writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), ALWAYS_RECALCULATE);
  const outDir = join(workDir, 'csv');
  const result = spawnSync(
    'soffice',
    [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--headless',
      '--norestore',
      '--convert-to',
      CSV_EVERY_SHEET,
      '--outdir',
      outDir,
      ...workbooks,
    ],
    { encoding: 'utf8', timeout: LIBREOFFICE_TIMEOUT_MS },
  );
  if (result.error)
    throw new Error(`soffice could not be run (is libreoffice-calc-nogui installed?): ${result.error.message}`);
  if (result.status !== 0) throw new Error(`soffice exited ${result.status}: ${result.stderr}`);
  const written = readdirSync(outDir);
  return new Map(
    workbooks.map((workbook) => {
      const stem = basename(workbook).replace(/\.xlsx$/, '');
      const sheets = new Map<string, string[][]>();
      for (const file of written) {
        if (file.startsWith(`${stem}-`) && file.endsWith('.csv'))
          sheets.set(file.slice(stem.length + 1, -'.csv'.length), csvRecords(readFileSync(join(outDir, file), 'utf8')));
      }
      return [workbook, sheets];
    }),
  );
}
