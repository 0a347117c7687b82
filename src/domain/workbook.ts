/**
 * A workbook as the planner describes it, before any library writes it: named sheets of rows of
 * cells, each cell text, a number or a formula. Plain data, so what a download holds can be tested
 * without writing a file.
 */
import { neutraliseFormula } from './csv';

/** Excel number formats. The £ is tagged en-GB (809), so every spreadsheet shows it whatever its own locale. */
export const CELL_FORMATS = {
  hours: '#,##0',
  pounds: '[$£-809]#,##0',
  poundsAndPence: '[$£-809]#,##0.00',
  share: '0.0%',
} as const;

export type CellFormat = (typeof CELL_FORMATS)[keyof typeof CELL_FORMATS];

export type WorkbookCell =
  | { kind: 'text'; text: string; bold?: boolean }
  | { kind: 'number'; value: number; format?: CellFormat }
  /** Written without the leading "=": the file format stores a formula's expression alone. */
  | { kind: 'formula'; formula: string; format?: CellFormat; bold?: boolean }
  | null;

export interface WorkbookSheet {
  /** At most 31 characters, none of []/\:*? (Excel's rule). */
  name: string;
  /** In characters, one for each column. */
  columnWidths: number[];
  /** Rows kept in view as the sheet scrolls: its headings. */
  stickyRows: number;
  rows: WorkbookCell[][];
}

/** A text cell, made inert if a spreadsheet would run it as a formula (the CSV export's rule). */
export function text(value: string, bold = false): WorkbookCell {
  return { kind: 'text', text: neutraliseFormula(value), ...(bold ? { bold } : {}) };
}

export function number(value: number, format?: CellFormat): WorkbookCell {
  return { kind: 'number', value, ...(format ? { format } : {}) };
}

export function formula(expression: string, format?: CellFormat, bold = false): WorkbookCell {
  return { kind: 'formula', formula: expression, ...(format ? { format } : {}), ...(bold ? { bold } : {}) };
}

/** "D9" for column 3 (zero-based) of row 9 (one-based, as spreadsheets count rows). Columns past Z are not needed. */
export function cellRef(column: number, row: number): string {
  return `${String.fromCharCode(65 + column)}${row}`;
}

/** "$B$4": a reference that stays on its cell when the formula is copied down a column. */
export function absoluteRef(column: number, row: number): string {
  return `$${String.fromCharCode(65 + column)}$${row}`;
}
