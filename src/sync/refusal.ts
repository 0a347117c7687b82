/**
 * How the server words a refused change, and how the browser reads it back: the reason arrives as
 * the text of a document's close message, so each kind begins with words of its own, which tell a
 * refusal from the connection merely closing and a change that can never be taken from one that
 * only cannot be saved yet.
 */

/** `invalid`: the change is not one the server takes, ever. `storage`: it cannot be saved now; sent again, it may be. */
export interface Refusal {
  kind: 'invalid' | 'storage';
  /** What the server found, in plain English. */
  problem: string;
}

const LEADS: Record<Refusal['kind'], string> = {
  invalid: 'The server refused a change: ',
  storage: 'The server cannot save changes just now: ',
};

export function refusalReason({ kind, problem }: Refusal): string {
  return `${LEADS[kind]}${problem}`;
}

/** The refusal a close reason states, or null for a reason that is not the planner server's refusal. */
export function readRefusal(reason: string): Refusal | null {
  for (const kind of ['invalid', 'storage'] as const) {
    if (reason.startsWith(LEADS[kind])) return { kind, problem: reason.slice(LEADS[kind].length) };
  }
  return null;
}
