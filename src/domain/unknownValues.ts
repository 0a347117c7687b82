/** Questions asked of values whose type is not known: parsed JSON, stored data, drag-and-drop data, thrown errors. */

/** An object with fields, not an array or null. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What a thrown value says, whether or not it is an Error. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
