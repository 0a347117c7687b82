import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../../src/domain/evaluatePlan';
import { proposeEsiMoves, type EsiResolution } from '../../src/domain/esiResolve';
import type { FinancialYear, Scenario } from '../../src/domain/types';
import { loadFixture } from '../support/fixture';

/** The scenario with every proposed move made, as the store's applyMoves would. */
function applied(scenario: Scenario, resolution: EsiResolution): Scenario {
  const to = new Map(
    resolution.proposals.flatMap((proposal) => proposal.moves).map((move) => [move.areaId, move.year]),
  );
  return {
    ...scenario,
    esi: {
      ...scenario.esi,
      schedule: scenario.esi.schedule.map((entry) => {
        const year = to.get(entry.areaId);
        if (year === undefined) return entry;
        const { month: _dropped, ...rest } = entry;
        return { ...rest, year };
      }),
    },
  };
}

const overCapacityYears = (scenario: Scenario) =>
  evaluatePlan(scenario)
    .findings.filter((finding) => finding.code === 'ESI_YEAR_OVER_CAPACITY')
    .map((finding) => finding.where.year);

describe('proposeEsiMoves on the 2004/05 plan', () => {
  const scenario = loadFixture();
  const resolution = proposeEsiMoves(scenario);

  it('proposes one move, of an Area without a month from the larger family into 2005/06, and explains it', () => {
    expect(resolution.unresolved).toEqual([]);
    expect(resolution.proposals).toHaveLength(1);
    const [proposal] = resolution.proposals;
    expect(proposal).toMatchObject({
      kind: 'split-family',
      familyId: 'small-low-density',
      from: '2004/05',
      to: '2005/06',
      moves: [{ areaId: 'cumbria', year: '2005/06' }],
    });
    expect(proposal?.reason).toBe(
      '2004/05 needs 9,333 core hours of the 8,750 funded and no whole family fits in the room left in other years, so one Area moves. Cumbria goes to 2005/06; the Small size, low density family is split, with 8 Areas staying in 2004/05. It has no month set yet.',
    );
  });

  it('leaves no year over capacity once applied', () => {
    expect(overCapacityYears(scenario)).toEqual(['2004/05']);
    expect(overCapacityYears(applied(scenario, resolution))).toEqual([]);
  });

  it('moves a whole family rather than split one when a family fits', () => {
    const crowded = loadFixture();
    // Large size, lower density brought forward into 2004/05: 22 Areas there, 6 left in 2005/06.
    const lowerDensity = new Set(
      crowded.esi.areas.filter((area) => area.familyId === 'large-lower-density').map((area) => area.id),
    );
    for (const entry of crowded.esi.schedule) if (lowerDensity.has(entry.areaId)) entry.year = '2004/05';
    const result = proposeEsiMoves(crowded);
    expect(result.proposals).toHaveLength(1);
    expect(result.proposals[0]).toMatchObject({
      kind: 'whole-family',
      familyId: 'metropolitan',
      from: '2004/05',
      to: '2005/06',
    });
    expect(result.proposals[0]?.moves).toHaveLength(7);
    expect(result.proposals[0]?.reason).toContain(
      'The whole Metropolitan (and London) family (Greater Manchester, London, Merseyside, Northumbria, South Yorkshire, West Midlands, West Yorkshire) moves to 2005/06',
    );
    expect(overCapacityYears(applied(crowded, result))).toEqual([]);
  });

  it('sends a straggler back to the rest of its family first', () => {
    const split = loadFixture();
    const bedfordshire = split.esi.schedule.find((entry) => entry.areaId === 'bedfordshire');
    if (bedfordshire) bedfordshire.year = '2004/05';
    const result = proposeEsiMoves(split);
    expect(result.proposals[0]).toMatchObject({
      kind: 'rejoin-family',
      moves: [{ areaId: 'bedfordshire', year: '2005/06' }],
    });
    expect(result.proposals[0]?.reason).toContain(
      'Bedfordshire joins the other 5 Areas of the Small size, higher density family in 2005/06',
    );
  });
});

describe('proposeEsiMoves on random schedules (property)', () => {
  const fixture = loadFixture();
  const years = fixture.esi.years;
  const areaCount = fixture.esi.areas.length;
  const schedules = fc.record({
    years: fc.array(fc.constantFrom(...years), { minLength: areaCount, maxLength: areaCount }),
    done: fc.array(fc.boolean(), { minLength: areaCount, maxLength: areaCount }),
    coreHours: fc.integer({ min: 1_000, max: 16_000 }),
  });

  it('never moves a done Area and never adds to the years over capacity', () => {
    fc.assert(
      fc.property(schedules, ({ years: chosen, done, coreHours }) => {
        const scenario = loadFixture();
        scenario.lines = scenario.lines.map((line) =>
          line.group === 'esi-core' ? { ...line, hours: coreHours } : line,
        );
        scenario.esi.schedule = fixture.esi.areas.map((area, index) => {
          const year = chosen[index] as FinancialYear;
          return done[index]
            ? {
                areaId: area.id,
                year,
                inspected: { year, source: { kind: 'assumption', reasoning: 'generated' } },
                source: { kind: 'assumption', reasoning: 'generated' },
              }
            : { areaId: area.id, year, source: { kind: 'assumption', reasoning: 'generated' } };
        });
        const resolution = proposeEsiMoves(scenario);
        const doneIds = new Set(scenario.esi.schedule.filter((entry) => entry.inspected).map((entry) => entry.areaId));
        for (const move of resolution.proposals.flatMap((proposal) => proposal.moves))
          expect(doneIds.has(move.areaId)).toBe(false);
        const before = overCapacityYears(scenario);
        const after = overCapacityYears(applied(scenario, resolution));
        expect(after.length).toBeLessThanOrEqual(before.length);
        for (const year of after) expect(before).toContain(year);
        expect(after).toEqual(resolution.unresolved);
      }),
      { numRuns: 300 },
    );
  });
});
