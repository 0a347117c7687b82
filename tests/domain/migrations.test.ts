import { describe, expect, it, vi } from 'vitest';
import { runMigrations, type Migration, type MigrationWording } from '../../src/domain/migrations';
import { SCENARIO_FILE_WORDING } from '../../src/domain/scenarioFile';
import { WORKSPACE_WORDING } from '../../src/domain/workspaceFile';

const WORDING: MigrationWording = { subject: 'the ledger', ofVersion: (version) => `ledgers of version ${version}` };

/** A fake step that records its name in the document's `trail`, so that the order of application shows. */
const step = (from: number, name: string): Migration => ({
  from,
  name,
  up: (document) => ({ trail: [...(document as { trail: string[] }).trail, name] }),
});

/** A fake step that always fails. */
const throwing = (from: number, name: string, message: string): Migration => ({
  from,
  name,
  up: () => {
    throw new Error(message);
  },
});

describe('runMigrations', () => {
  it('applies the named steps in version order, whatever their order in the list', () => {
    const steps = [step(3, 'three to four'), step(1, 'one to two'), step(2, 'two to three')];
    expect(runMigrations({ trail: [] }, 1, 4, steps, WORDING)).toEqual({
      ok: true,
      document: { trail: ['one to two', 'two to three', 'three to four'] },
    });
  });

  it('starts from the document’s version', () => {
    const steps = [step(1, 'one to two'), step(2, 'two to three')];
    expect(runMigrations({ trail: [] }, 2, 3, steps, WORDING)).toEqual({
      ok: true,
      document: { trail: ['two to three'] },
    });
  });

  it('leaves a current document alone, the same object', () => {
    const document = { trail: [] };
    const result = runMigrations(document, 3, 3, [step(1, 'one to two')], WORDING);
    expect(result.ok && result.document).toBe(document);
  });

  it('names the first missing step, in the document’s own words', () => {
    const steps = [step(1, 'one to two'), step(3, 'three to four')];
    expect(runMigrations({ trail: [] }, 1, 4, steps, WORDING)).toEqual({
      ok: false,
      problem: 'version: the planner cannot read ledgers of version 1 (there is no upgrade from version 2)',
    });
  });

  it('names a step that throws, and runs no step after it', () => {
    const failing = throwing(2, 'split the budget', 'no budget to split');
    const later = step(3, 'three to four');
    const up = vi.spyOn(later, 'up');
    expect(runMigrations({ trail: [] }, 1, 4, [step(1, 'one to two'), failing, later], WORDING)).toEqual({
      ok: false,
      problem: 'version: upgrading the ledger from version 2 ("split the budget") failed: no budget to split',
    });
    expect(up).not.toHaveBeenCalled();
  });
});

describe('the wording of each document the planner upgrades', () => {
  const failing = throwing(1, 'split the budget', 'no budget to split');

  it.each([
    [
      'a scenario file',
      SCENARIO_FILE_WORDING,
      'version: the planner cannot read version 1 files (there is no upgrade from version 1)',
      'version: upgrading the file from version 1 ("split the budget") failed: no budget to split',
    ],
    [
      'the stored workspace',
      WORKSPACE_WORDING,
      'version: the planner cannot read saved data of version 1 (there is no upgrade from version 1)',
      'version: upgrading the saved data from version 1 ("split the budget") failed: no budget to split',
    ],
  ])('stays as %s has always put it', (_, wording, missing, failed) => {
    expect(runMigrations({}, 1, 3, [], wording)).toEqual({ ok: false, problem: missing });
    expect(runMigrations({}, 1, 2, [failing], wording)).toEqual({ ok: false, problem: failed });
  });
});
