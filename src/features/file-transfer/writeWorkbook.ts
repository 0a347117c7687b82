/**
 * Writes the planner's workbook description as an .xlsx file with write-excel-file. Imported only
 * by `import()` when the user asks for the file, so the library never weighs on the first screen.
 * The browser entry's `toBlob()` needs no DOM (only `Blob`), so Node tests run this very writer.
 */
import writeXlsxFile, { type CellObject, type SheetData } from 'write-excel-file/browser';
import type { WorkbookCell, WorkbookSheet } from '../../domain/workbook';

function toCell(cell: WorkbookCell): CellObject | null {
  if (cell === null) return null;
  const weight = cell.kind !== 'number' && cell.bold ? { fontWeight: 'bold' as const } : {};
  switch (cell.kind) {
    case 'text':
      return { type: String, value: cell.text, ...weight };
    case 'number':
      return { type: Number, value: cell.value, ...(cell.format ? { format: cell.format } : {}) };
    case 'formula':
      return { type: 'Formula', value: cell.formula, ...(cell.format ? { format: cell.format } : {}), ...weight };
  }
}

/** The sheets as an .xlsx file. */
export function writeWorkbook(sheets: WorkbookSheet[]): Promise<Blob> {
  return writeXlsxFile(
    sheets.map((sheet) => ({
      sheet: sheet.name,
      data: sheet.rows.map((row) => row.map(toCell)) satisfies SheetData,
      columns: sheet.columnWidths.map((width) => ({ width })),
      stickyRowsCount: sheet.stickyRows,
    })),
  ).toBlob();
}
