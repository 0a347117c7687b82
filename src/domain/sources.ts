/**
 * Sources in words, so every screen and export words a carried figure the same way. Only what the
 * first screen shows lives here, as it loads with that screen.
 */
import type { OriginSource, Source } from './types';

export type CarriedSource = Extract<Source, { kind: 'carried' }>;

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
