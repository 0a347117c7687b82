/** Making and wording sources, so every screen and export words a carried figure the same way. */
import type { FinancialYear, OriginSource, Source } from './types';

export type CarriedSource = Extract<Source, { kind: 'carried' }>;

/** Where a source's figure first came from, through any plans it was carried from. */
export const originOf = (source: Source): OriginSource => (source.kind === 'carried' ? source.was : source);

/**
 * The source of a figure taken unchanged from the `from` plan. It keeps the figure's first origin
 * rather than nesting, so a figure carried year after year names only the latest plan.
 */
export const carriedFrom = (from: FinancialYear, source: Source): CarriedSource => ({
  kind: 'carried',
  from,
  was: originOf(source),
});

/** "report §2.5" or "an assumption": an origin in a few words, for a sentence. */
export const citeOrigin = (origin: OriginSource): string =>
  origin.kind === 'report' ? `report ${origin.ref}` : 'an assumption';

/** "report §1.30: less than £96 per hour": an origin with its note or reasoning, for a sentence. */
export function originInWords(origin: OriginSource): string {
  if (origin.kind === 'assumption') return `an assumption: ${origin.reasoning}`;
  return origin.note ? `report ${origin.ref}: ${origin.note}` : `report ${origin.ref}`;
}

/** "carried from the 2004/05 plan, there from report §2.5": a carried source in a few words, for a sentence. */
export const citeCarried = (source: CarriedSource): string =>
  `carried from the ${source.from} plan, there from ${citeOrigin(source.was)}`;

/** "Report §5.14: …", "Assumption: …" or "Carried from the 2004/05 plan (there from …)": a source in full. */
export function describeSource(source: Source): string {
  if (source.kind === 'carried')
    return `Carried from the ${source.from} plan (there from ${originInWords(source.was)})`;
  if (source.kind === 'assumption') return `Assumption: ${source.reasoning}`;
  return source.note ? `Report ${source.ref}: ${source.note}` : `Report ${source.ref}`;
}
