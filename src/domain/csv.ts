/**
 * CSV for spreadsheets, per RFC 4180: fields separated by commas, records by CRLF, a field
 * holding a comma, quote, CR or LF wrapped in quotes with its quotes doubled. A UTF-8 byte-order
 * mark comes first, or Excel reads the file in the system code page and "£" arrives garbled.
 */

/** A cell: text, or a number written as a number so that the spreadsheet can add it up. */
export type CsvCell = string | number;

/**
 * OWASP "CSV Injection": a spreadsheet runs a cell beginning with one of these as a formula
 * (tab, CR and LF because some spreadsheets skip them before looking for the formula).
 */
const FORMULA_TRIGGERS = ['=', '+', '-', '@', '\t', '\r', '\n'] as const;

/**
 * Text the spreadsheet would run as a formula, made inert with a leading single quote. Applied
 * to text cells only: numbers are written as numbers (a scenario's numbers are never negative,
 * and a negative number stays a number Excel can sum, which a quote would spoil).
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_TRIGGERS.some((trigger) => text.startsWith(trigger)) ? `'${text}` : text;
}

function field(cell: CsvCell): string {
  if (typeof cell === 'number') return String(cell);
  const text = neutraliseFormula(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The rows as a CSV document: byte-order mark, then each record ended by CRLF. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return `\uFEFF${rows.map((row) => `${row.map(field).join(',')}\r\n`).join('')}`;
}
