import fc from 'fast-check';
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Scenario } from '../../src/domain/types';
import { readScenario, writeScenario } from '../../src/sync/scenarioDocument';
import { loadFixture } from '../support/fixture';

const base = loadFixture();
const AREA_IDS = base.esi.areas.map((area) => area.id);
const LINE_IDS = base.lines.map((line) => line.id);
const YEARS = base.esi.years;

/** One person's edit of the scenario they see, as the store's verbs make them. */
const edit = fc.oneof(
  fc.record({
    kind: fc.constant('moveArea' as const),
    area: fc.constantFrom(...AREA_IDS),
    year: fc.constantFrom(...YEARS),
  }),
  fc.record({
    kind: fc.constant('lineHours' as const),
    line: fc.constantFrom(...LINE_IDS),
    hours: fc.integer({ min: 0, max: 20_000 }),
  }),
  fc.record({ kind: fc.constant('addDraw' as const), id: fc.uuid(), hours: fc.integer({ min: 1, max: 500 }) }),
  fc.record({ kind: fc.constant('removeDraw' as const), index: fc.nat(5) }),
);
type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

function apply(scenario: Scenario, change: Edit): Scenario {
  return produce(scenario, (draft) => {
    if (change.kind === 'moveArea') {
      const entry = draft.esi.schedule.find((candidate) => candidate.areaId === change.area);
      if (entry && !entry.inspected) {
        entry.year = change.year;
        delete entry.month;
      }
    } else if (change.kind === 'lineHours') {
      const line = draft.lines.find((candidate) => candidate.id === change.line);
      if (line) line.hours = change.hours;
    } else if (change.kind === 'addDraw') {
      draft.contingencyDraws.push({ id: change.id, date: '2004-07-01', reason: 'Investigation', hours: change.hours });
    } else {
      draft.contingencyDraws.splice(change.index, 1);
    }
  });
}

/** A person working apart: each edit is written to their own copy of the document. */
function workApart(doc: Y.Doc, edits: Edit[]): void {
  let current = base;
  for (const change of edits) {
    const next = apply(current, change);
    writeScenario(doc, current, next);
    current = next;
  }
}

describe('two people editing a scenario document apart', () => {
  it('end with the same valid scenario once they meet, every Area scheduled once and no draw lost', () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 60 }), fc.array(edit, { maxLength: 60 }), (mine, theirs) => {
        const first = new Y.Doc();
        writeScenario(first, null, base);
        const second = new Y.Doc();
        Y.applyUpdate(second, Y.encodeStateAsUpdate(first));
        workApart(first, mine);
        workApart(second, theirs);
        Y.applyUpdate(first, Y.encodeStateAsUpdate(second));
        Y.applyUpdate(second, Y.encodeStateAsUpdate(first));

        const merged = readScenario(first);
        expect(merged.status).toBe('ok');
        expect(readScenario(second)).toEqual(merged);
        if (merged.status !== 'ok') return;
        expect(merged.scenario.esi.schedule.map((entry) => entry.areaId).sort()).toEqual([...AREA_IDS].sort());
        const added = [...mine, ...theirs].filter((change) => change.kind === 'addDraw').map((change) => change.id);
        const kept = new Set(merged.scenario.contingencyDraws.map((draw) => draw.id));
        const removedSomewhere = [...mine, ...theirs].some((change) => change.kind === 'removeDraw');
        if (!removedSomewhere) expect(added.every((id) => kept.has(id))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
