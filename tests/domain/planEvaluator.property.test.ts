import fc from 'fast-check';
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { createPlanEvaluator, evaluatePlan } from '../../src/domain/evaluatePlan';
import type { Scenario } from '../../src/domain/types';
import { loadFixture } from '../support/fixture';

const fixture = loadFixture();
const years = fixture.esi.years;
const plannedAreaIds = fixture.esi.schedule.filter((entry) => !entry.inspected).map((entry) => entry.areaId);

/** Edits as the store makes them: each a new scenario sharing every part it did not change. */
const edit = fc.oneof(
  fc.integer({ min: 0, max: 6_000_000 }).map((budget) => (scenario: Scenario) => produce(scenario, (draft) => { draft.budgetGBP.value = budget; })),
  fc.tuple(fc.nat(fixture.lines.length - 1), fc.integer({ min: 0, max: 20_000 })).map(([index, hours]) => (scenario: Scenario) =>
    produce(scenario, (draft) => { const line = draft.lines[index]; if (line) line.hours = hours; })),
  fc.tuple(fc.constantFrom(...plannedAreaIds), fc.constantFrom(...years)).map(([areaId, year]) => (scenario: Scenario) =>
    produce(scenario, (draft) => {
      const entry = draft.esi.schedule.find((candidate) => candidate.areaId === areaId);
      if (entry) {
        entry.year = year;
        delete entry.month;
      }
    })),
  fc.integer({ min: 0, max: 60 }).map((rate) => (scenario: Scenario) => produce(scenario, (draft) => { draft.yot.ratePer12Months.value = rate; })),
  fc.integer({ min: 1, max: 2_000 }).map((hours) => (scenario: Scenario) => produce(scenario, (draft) => { draft.esi.coreHoursPerEsi.value = hours; })),
);

describe('the incremental plan evaluator', () => {
  it('gives exactly the report evaluatePlan gives, after every edit of a session', () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 25 }), (edits) => {
        const evaluate = createPlanEvaluator();
        let scenario = loadFixture();
        expect(evaluate(scenario)).toEqual(evaluatePlan(scenario));
        for (const apply of edits) {
          scenario = apply(scenario);
          expect(evaluate(scenario)).toEqual(evaluatePlan(scenario));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('reuses the walk of the ESI schedule while the budget alone changes, and walks it again when an Area moves', () => {
    const evaluate = createPlanEvaluator();
    const before = loadFixture();
    const areasOf2004 = (scenario: Scenario) => evaluate(scenario).esi.years[1]?.areaIds;
    const first = areasOf2004(before);
    const cheaper = produce(before, (draft) => { draft.budgetGBP.value = 3_000_000; });
    expect(areasOf2004(cheaper)).toBe(first);
    expect(evaluate(cheaper).costPerHourGBP).toBeCloseTo(85.714, 3);
    const moved = produce(cheaper, (draft) => {
      const norfolk = draft.esi.schedule.find((entry) => entry.areaId === 'norfolk');
      if (norfolk) norfolk.year = '2005/06';
    });
    expect(areasOf2004(moved)).not.toBe(first);
    expect(evaluate(moved).esi.years.map((year) => year.scheduled)).toEqual([14, 15, 13]);
  });
});
