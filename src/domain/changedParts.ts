/**
 * The parts of a plan one edit changed, as paths to its leaves, and whether those parts still hold
 * what the edit left: how a shared workspace tells that a colleague has since changed what an undo
 * would take back. Items of a list are matched by what names them (`id`, or `areaId` in the ESI
 * schedule), so an item a colleague added or moved elsewhere in the list is no change to the others.
 */
import { isPlainObject } from './unknownValues';

const keyOf = (item: unknown, index: number): string =>
  isPlainObject(item) && typeof item['id'] === 'string'
    ? `#${item['id']}`
    : isPlainObject(item) && typeof item['areaId'] === 'string'
      ? `#${item['areaId']}`
      : String(index);

function children(value: unknown): Map<string, unknown> | null {
  if (Array.isArray(value)) return new Map(value.map((item, index) => [keyOf(item, index), item]));
  if (isPlainObject(value)) return new Map(Object.entries(value));
  return null;
}

/** A value with its source is one fact: a change to either is a change to the figure. */
export const isFigure = (value: unknown): boolean => isPlainObject(value) && 'value' in value && 'source' in value;

/**
 * The paths at which `before` and `after` differ, the deepest that does (but a figure is one
 * part); unchanged branches (the same object) are skipped.
 */
export function changedParts(before: unknown, after: unknown, path: string[] = []): string[][] {
  if (before === after) return [];
  const first = children(before);
  const second = children(after);
  if (!first || !second || Array.isArray(before) !== Array.isArray(after) || isFigure(before) || isFigure(after)) {
    return JSON.stringify(before) === JSON.stringify(after) ? [] : [path];
  }
  const keys = new Set([...first.keys(), ...second.keys()]);
  return [...keys].flatMap((key) => changedParts(first.get(key), second.get(key), [...path, key]));
}

/** The value at `path` of `value`, or undefined where there is none. */
export function partAt(value: unknown, path: string[]): unknown {
  let current = value;
  for (const key of path) current = children(current)?.get(key);
  return current;
}

/** Which of `parts` no longer hold in `now` what they held in `expected`. */
export function partsChangedSince(parts: string[][], expected: unknown, now: unknown): string[][] {
  return parts.filter((path) => JSON.stringify(partAt(expected, path)) !== JSON.stringify(partAt(now, path)));
}
