import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { carryForward } from '../../src/domain/carryForward';
import { evaluatePlan } from '../../src/domain/evaluatePlan';
import { addToMonth, financialYearStart } from '../../src/domain/months';
import type { FinancialYear, Scenario } from '../../src/domain/types';
import { loadFixture } from '../support/fixture';

const fixture = loadFixture();
const areaIds = fixture.esi.areas.map((area) => area.id).sort();
const notDone = fixture.esi.schedule.filter((entry) => !entry.inspected).map((entry) => entry.areaId);

/** The 2004/05 plan with its not-done Areas placed in 2004/05 or 2005/06 at random, some left out, and YOT moves. */
const plans = fc
  .record({
    years: fc.array(fc.constantFrom<FinancialYear | null>('2004/05', '2005/06', null), {
      minLength: notDone.length,
      maxLength: notDone.length,
    }),
    moves: fc.array(
      fc.record({
        from: fc.integer({ min: 0, max: 30 }),
        to: fc.integer({ min: 0, max: 30 }),
        count: fc.integer({ min: 1, max: 4 }),
      }),
      { maxLength: 4 },
    ),
    carries: fc.integer({ min: 1, max: 5 }),
  })
  .map(({ years, moves, carries }) => {
    const scenario = loadFixture();
    const yearOf = new Map(notDone.map((areaId, index) => [areaId, years[index] ?? null]));
    scenario.esi.schedule = scenario.esi.schedule.flatMap((entry) => {
      const year = yearOf.get(entry.areaId);
      if (year === undefined) return [entry];
      if (year === null) return [];
      const { month: _month, ...rest } = entry;
      return [{ ...rest, year }];
    });
    const month = (offset: number) => addToMonth('2004-04', offset);
    scenario.yot.moves = moves.map((move) => ({ from: month(move.from), to: month(move.to), count: move.count }));
    return { scenario, carries };
  });

const doneEntries = (scenario: Scenario) =>
  new Map(scenario.esi.schedule.filter((entry) => entry.inspected).map((entry) => [entry.areaId, entry.inspected]));

describe('carrying a plan forward, year after year', () => {
  it('never loses or duplicates an Area, and never makes done work planned again', () => {
    fc.assert(
      fc.property(plans, ({ scenario, carries }) => {
        let current = scenario;
        for (let carry = 0; carry < carries; carry += 1) {
          const next = carryForward(current).scenario;
          expect(next.esi.areas.map((area) => area.id).sort()).toEqual(areaIds);
          const scheduled = next.esi.schedule.map((entry) => entry.areaId);
          expect(new Set(scheduled).size).toBe(scheduled.length);

          const sameCycle = next.esi.years.join() === current.esi.years.join();
          if (sameCycle) {
            expect(scheduled.sort()).toEqual(current.esi.schedule.map((entry) => entry.areaId).sort());
            const done = doneEntries(next);
            for (const [areaId, inspected] of doneEntries(current)) expect(done.get(areaId)).toEqual(inspected);
            for (const entry of next.esi.schedule)
              if (!entry.inspected)
                expect(financialYearStart(entry.year)).toBeGreaterThanOrEqual(financialYearStart(next.planningYear));
          } else {
            expect(next.esi.schedule).toEqual([]);
          }

          expect(next.yot.doneBefore.value).toBeGreaterThanOrEqual(current.yot.doneBefore.value);
          const months = evaluatePlan(next).yot.months;
          expect(months.at(-1)?.cumulative ?? next.yot.doneBefore.value).toBe(next.yot.teams.value);
          current = next;
        }
      }),
      { numRuns: 150 },
    );
  });
});
