/**
 * Who last changed a figure in a shared workspace, and when. It is kept beside the figure in the
 * scenario's shared document and shown beside it on screen, but is no part of the scenario: a
 * scenario file, an export or the planner alone never holds one.
 */
export interface LastChange {
  by: string;
  /** ISO 8601. */
  at: string;
}

/**
 * A scenario's figures' last changes, each under the figure's place in the scenario (its keys,
 * an item of a list by its id, joined by "/": "budgetGBP", "lines/esi-core"). A figure here is
 * anything with a source: a value with its source, or an allocation line's hours with theirs.
 */
export type LastChanges = Record<string, LastChange>;

export const figurePath = (...keys: string[]): string => keys.join('/');
