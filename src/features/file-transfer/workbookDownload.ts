import { exportFileName } from '../../domain/scenarioExport';
import type { Scenario } from '../../domain/types';
import { downloadFile } from '../../shared/downloadFile';
import { reportFor } from '../../store/reports';

/** The code that writes .xlsx files could not be fetched (offline, or a new deployment replaced it). */
export class WorkbookWriterUnavailable extends Error {
  constructor(cause: unknown) {
    super('The part of the planner that writes Excel files could not be fetched.', { cause });
    this.name = 'WorkbookWriterUnavailable';
  }
}

/**
 * Offers the open scenario as an Excel workbook. The sheets' builder, the writer and its library are
 * fetched only now, on the first such download, so that no one who never asks for one waits for them
 * (nor does the first screen, whose entry would otherwise list the builder's chunks to preload).
 */
export async function downloadWorkbook(scenario: Scenario): Promise<void> {
  const [{ workbookSheets }, { writeWorkbook }] = await Promise.all([
    import('../../domain/workbookSheets'),
    import('./writeWorkbook'),
  ]).catch((error: unknown) => {
    throw new WorkbookWriterUnavailable(error);
  });
  const blob = await writeWorkbook(workbookSheets(scenario, reportFor(scenario)));
  downloadFile(blob, exportFileName(scenario.name, '.xlsx'));
}
