/** The one upgrade runner for the planner's versioned documents: the scenario file and the stored workspace. */
import { errorMessage } from './unknownValues';

/** One upgrade step: reads the document as version `from` wrote it and returns it as version `from + 1` writes it. */
export interface Migration {
  from: number;
  name: string;
  up(document: unknown): unknown;
}

/**
 * How a document names itself in the problems: `subject` as in "upgrading the file", `ofVersion`
 * as in "cannot read version 1 files". Each document keeps the wording its users already see.
 */
export interface MigrationWording {
  subject: string;
  ofVersion(version: number): string;
}

export type MigrationResult = { ok: true; document: unknown } | { ok: false; problem: string };

/** Upgrades a document from `fromVersion` to `toVersion` by applying each step in version order. */
export function runMigrations(
  document: unknown,
  fromVersion: number,
  toVersion: number,
  steps: readonly Migration[],
  describe: MigrationWording,
): MigrationResult {
  let current = document;
  for (let version = fromVersion; version < toVersion; version += 1) {
    const step = steps.find((candidate) => candidate.from === version);
    if (!step) {
      return {
        ok: false,
        problem: `version: the planner cannot read ${describe.ofVersion(fromVersion)} (there is no upgrade from version ${version})`,
      };
    }
    try {
      current = step.up(current);
    } catch (error) {
      return {
        ok: false,
        problem: `version: upgrading ${describe.subject} from version ${version} ("${step.name}") failed: ${errorMessage(error)}`,
      };
    }
  }
  return { ok: true, document: current };
}
