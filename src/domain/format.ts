/** UK formatting of money, hours and shares, used by the messages, the command line and the screen. */

const pounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 });
const poundsAndPence = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });
const hoursFormats: Record<0 | 1 | 2, Intl.NumberFormat> = {
  0: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 }),
  1: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }),
  2: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }),
};
const percent = new Intl.NumberFormat('en-GB', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** "£3,200,000" — whole pounds, for budgets and line costs. */
export function formatPounds(value: number): string {
  return pounds.format(value);
}

/** "£91.43" — pounds and pence, for the cost of an hour. */
export function formatPoundsAndPence(value: number): string {
  return poundsAndPence.format(value);
}

/** "11,250" for hours, rounded to the whole hour unless up to two decimals are asked for ("583.3"). */
export function formatHours(value: number, fractionDigits: 0 | 1 | 2 = 0): string {
  return hoursFormats[fractionDigits].format(value);
}

/** "32.1%" for 0.3214. */
export function formatShare(fraction: number): string {
  return percent.format(fraction);
}
