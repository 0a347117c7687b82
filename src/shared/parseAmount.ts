/** What a typed amount must be, and how to name it in a message. */
export interface AmountRule {
  /** Names the field in messages, e.g. "the budget" or "YOT inspections hours". */
  label: string;
  /** Zero allowed, or strictly above zero. */
  minimum: 'zero' | 'above-zero';
  /** The largest value that is not absurd for this field. */
  maximum: number;
  example: string;
  /** A count, such as inspections a month: fractions are refused. */
  whole?: boolean;
}

export type AmountResult = { ok: true; value: number } | { ok: false; problem: string };

const NUMBER_TEXT = /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const grouping = new Intl.NumberFormat('en-GB');

/** Reads what a user typed as an amount ("£3,200,000", "11250") or says, GOV.UK style, what is wrong. */
export function parseAmount(text: string, rule: AmountRule): AmountResult {
  const cleaned = text.trim().replace(/^£/, '').replace(/[,\s]/g, '');
  if (cleaned === '') return { ok: false, problem: `Enter ${rule.label}` };
  if (!NUMBER_TEXT.test(cleaned))
    return { ok: false, problem: `${capitalise(rule.label)} must be a number, like ${rule.example}` };
  const value = Number(cleaned);
  if (rule.minimum === 'above-zero' && value <= 0)
    return { ok: false, problem: `${capitalise(rule.label)} must be more than 0` };
  if (value < 0) return { ok: false, problem: `${capitalise(rule.label)} must be 0 or more` };
  if (!Number.isFinite(value) || value > rule.maximum) {
    return { ok: false, problem: `${capitalise(rule.label)} must be ${grouping.format(rule.maximum)} or less` };
  }
  if (rule.whole && !Number.isInteger(value))
    return { ok: false, problem: `${capitalise(rule.label)} must be a whole number, like ${rule.example}` };
  return { ok: true, value };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
