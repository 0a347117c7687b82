/** UK formatting of money, hours, counts and shares, used by the messages, the command line and the screen. */

const pounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 });
const poundsAndPence = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });
const numberFormats: Record<0 | 1 | 2, Intl.NumberFormat> = {
  0: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 }),
  1: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }),
  2: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }),
};
/**
 * Below this a double holds every whole number, and every half, exactly, so rounding to the whole
 * number and grouping it by hand gives what Intl gives. (Not so for pence: Intl rounds the shortest
 * decimal that reads back as the number, so 149321.895 becomes £149,321.90 where the exact double
 * would give .89.)
 */
const LARGEST_EXACT_WHOLE = 2 ** 53;
const percent = new Intl.NumberFormat('en-GB', {
  style: 'percent',
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

/** "£3,200,000" — whole pounds, for budgets and line costs. */
export function formatPounds(value: number): string {
  return pounds.format(value);
}

/** "£91.43" — pounds and pence, for the cost of an hour. */
export function formatPoundsAndPence(value: number): string {
  return poundsAndPence.format(value);
}

/**
 * "11,250": a number grouped the UK way, rounded to the whole unless up to two decimals are asked
 * for ("583.3"). Whole numbers are grouped here rather than by Intl, which costs about a microsecond
 * a call: the findings word several figures on every edit. A property test holds the two to the same output.
 */
export function formatNumber(value: number, fractionDigits: 0 | 1 | 2 = 0): string {
  if (fractionDigits !== 0 || !(Math.abs(value) < LARGEST_EXACT_WHOLE))
    return numberFormats[fractionDigits].format(value);
  // Rounds half away from zero, as Intl does; a negative that rounds to zero keeps its sign ("-0"), as Intl's does.
  const digits = String(Math.round(Math.abs(value)));
  const firstGroup = digits.length % 3 || 3;
  let grouped = digits.slice(0, firstGroup);
  for (let index = firstGroup; index < digits.length; index += 3) grouped += `,${digits.slice(index, index + 3)}`;
  return value < 0 || Object.is(value, -0) ? `-${grouped}` : grouped;
}

/** "11,250" hours: hours are shown to the whole hour, unless a tenth is asked for ("583.3"). */
export function formatHours(value: number, fractionDigits: 0 | 1 = 0): string {
  return formatNumber(value, fractionDigits);
}

/** "583.3": a figure to a tenth, for a field whose figure need not be whole. */
export function formatNumberToTenths(value: number): string {
  return formatNumber(value, 1);
}

/** "96.00": pounds and pence without the £ sign, for a field that shows the sign beside it. */
export function formatPenceFigure(value: number): string {
  return value.toFixed(2);
}

/** "16 Areas", "1 Area": a count with its noun. */
export function formatCount(count: number, one: string, many = `${one}s`): string {
  return `${formatNumber(count)} ${count === 1 ? one : many}`;
}

/** "32.1%" for 0.3214. */
export function formatShare(fraction: number): string {
  return percent.format(fraction);
}

const longDay = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A day written "yyyy-MM-dd" as the UK writes it: "7 December 2026". */
export function formatDay(isoDay: string): string {
  return longDay.format(new Date(`${isoDay}T00:00:00Z`));
}
