import type { FinancialYear, YearMonth } from './types';

const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;
const YEAR_PATTERN = /^(\d{4})\/(\d{2})$/;

/** True when text is a month written "yyyy-MM". */
export function isYearMonth(text: string): text is YearMonth {
  return MONTH_PATTERN.test(text);
}

/** True when text is a financial year written "2004/05" whose second half follows the first. */
export function isFinancialYear(text: string): text is FinancialYear {
  const match = YEAR_PATTERN.exec(text);
  if (!match) return false;
  const start = Number(match[1]);
  return (start + 1) % 100 === Number(match[2]);
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when text is a day written "yyyy-MM-dd" that exists in the calendar ("2004-02-30" does not). */
export function isCalendarDate(text: string): boolean {
  const match = DATE_PATTERN.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The calendar year in which a financial year starts (April). */
export function financialYearStart(year: FinancialYear): number {
  return Number(year.slice(0, 4));
}

/** The financial year starting in April of the given calendar year. */
export function financialYearOf(startYear: number): FinancialYear {
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}` as FinancialYear;
}

/** The financial year before this one: "2003/04" for "2004/05". */
export function previousFinancialYear(year: FinancialYear): FinancialYear {
  return financialYearOf(financialYearStart(year) - 1);
}

/** The financial year (April–March) a month falls in. */
export function financialYearOfMonth(month: YearMonth): FinancialYear {
  const year = Number(month.slice(0, 4));
  const monthNumber = Number(month.slice(5, 7));
  return financialYearOf(monthNumber >= 4 ? year : year - 1);
}

/** April of the financial year, as "yyyy-MM". */
export function firstMonthOf(year: FinancialYear): YearMonth {
  return `${financialYearStart(year)}-04` as YearMonth;
}

/** March of the financial year, as "yyyy-MM". */
export function lastMonthOf(year: FinancialYear): YearMonth {
  return `${financialYearStart(year) + 1}-03` as YearMonth;
}

/** Months since year 0, so that month arithmetic is integer arithmetic (it runs on every evaluation). */
function monthIndex(month: YearMonth): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

function fromMonthIndex(index: number): YearMonth {
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}` as YearMonth;
}

/** The month `count` months after `month` (negative counts go back). */
export function addToMonth(month: YearMonth, count: number): YearMonth {
  return fromMonthIndex(monthIndex(month) + count);
}

/** Whole months from `from` to `to` (positive when `to` is later). */
export function monthsBetween(from: YearMonth, to: YearMonth): number {
  return monthIndex(to) - monthIndex(from);
}

/** `count` months in a row, from `first`. */
export function monthsFrom(first: YearMonth, count: number): YearMonth[] {
  return Array.from({ length: count }, (_, index) => addToMonth(first, index));
}

/** The twelve months of a financial year, April first. */
export function monthsOf(year: FinancialYear): YearMonth[] {
  return monthsFrom(firstMonthOf(year), 12);
}

const monthAndYear = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const shortMonthAndYear = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const shortMonth = new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' });
const dayMonthAndYear = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** The first day of the month, as a UTC time for the formats above. */
function monthStart(month: YearMonth): number {
  return Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1);
}

/** "September 2004" for "2004-09". */
export function monthName(month: YearMonth): string {
  return monthAndYear.format(monthStart(month));
}

/** "Sept" for "2004-09", or "Sept 2004" with the year: for where space is short. */
export function shortMonthName(month: YearMonth, withYear = false): string {
  return (withYear ? shortMonthAndYear : shortMonth).format(monthStart(month));
}

/** "5 April 2004": a date the UK way. */
export function dayName(date: Date): string {
  return dayMonthAndYear.format(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()));
}
