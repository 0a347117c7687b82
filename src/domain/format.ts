/** UK formatting of money, hours and shares, used by the messages, the command line and the screen. */

const pounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 });
const poundsAndPence = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });
const hoursFormats: Record<0 | 1 | 2, Intl.NumberFormat> = {
  0: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 }),
  1: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }),
  2: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }),
};
/**
 * Below this a double holds every whole number, and every half, exactly, so rounding whole hours and
 * grouping them by hand gives what Intl gives. (Not so for pence: Intl rounds the shortest decimal
 * that reads back as the number, so 149321.895 becomes £149,321.90 where the exact double would give .89.)
 */
const LARGEST_EXACT_WHOLE = 2 ** 53;
const percent = new Intl.NumberFormat('en-GB', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** "£3,200,000" — whole pounds, for budgets and line costs. */
export function formatPounds(value: number): string {
  return pounds.format(value);
}

/** "£91.43" — pounds and pence, for the cost of an hour. */
export function formatPoundsAndPence(value: number): string {
  return poundsAndPence.format(value);
}

/**
 * "11,250" for hours, rounded to the whole hour unless up to two decimals are asked for ("583.3").
 * Whole hours are grouped here rather than by Intl, which costs about a microsecond a call: the
 * findings word several figures on every edit. A property test holds the two to the same output.
 */
export function formatHours(value: number, fractionDigits: 0 | 1 | 2 = 0): string {
  if (fractionDigits !== 0 || !(Math.abs(value) < LARGEST_EXACT_WHOLE)) return hoursFormats[fractionDigits].format(value);
  // Rounds half away from zero, as Intl does; a negative that rounds to zero keeps its sign ("-0"), as Intl's does.
  const digits = String(Math.round(Math.abs(value)));
  const firstGroup = digits.length % 3 || 3;
  let grouped = digits.slice(0, firstGroup);
  for (let index = firstGroup; index < digits.length; index += 3) grouped += `,${digits.slice(index, index + 3)}`;
  return value < 0 || Object.is(value, -0) ? `-${grouped}` : grouped;
}

/** "583.3": hours to a tenth, for a field whose figure need not be whole. */
export function formatHoursToTenths(value: number): string {
  return formatHours(value, 1);
}

/** "96.00": pounds and pence without the £ sign, for a field that shows the sign beside it. */
export function formatPenceFigure(value: number): string {
  return value.toFixed(2);
}

/** "16 Areas", "1 Area": a count with its noun. */
export function formatCount(count: number, one: string, many = `${one}s`): string {
  return `${formatHours(count)} ${count === 1 ? one : many}`;
}

/** "32.1%" for 0.3214. */
export function formatShare(fraction: number): string {
  return percent.format(fraction);
}
