/** What reading a form gives, apart from the form parts, so a feature's pure reading of its input needs no React. */

/** A problem with one field of a form, GOV.UK style: the message names it, and links to the input. */
export interface FormProblem {
  inputId: string;
  message: string;
}

export type FormResult<T> = { ok: true; value: T } | { ok: false; problems: FormProblem[] };

/** The message for one input, if the last submission found a problem with it. */
export function problemFor(problems: readonly FormProblem[], inputId: string): string | null {
  return problems.find((problem) => problem.inputId === inputId)?.message ?? null;
}
