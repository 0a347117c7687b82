/** The decisions an edit makes, as the shared workspace's decision log records them, with the 2004/05 plan's figures. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decisionsBetween } from '../../src/domain/decisions';
import type { FinancialYear, Scenario } from '../../src/domain/types';
import { loadFixture } from '../support/fixture';

/** The 2004/05 plan after `edit`, beside the plan as shipped. */
function edited(edit: (scenario: Scenario) => void): [Scenario, Scenario] {
  const after = loadFixture();
  edit(after);
  return [loadFixture(), after];
}

function jointInspection(scenario: Scenario, id: string) {
  const found = scenario.jointInspections.find((inspection) => inspection.id === id);
  if (!found) throw new Error(`the plan has no joint inspection ${id}`);
  return found;
}

describe('the decisions an edit makes', () => {
  it('names a budget cut from £3.2m to £3.1m with both figures', () => {
    const [before, after] = edited((scenario) => {
      scenario.budgetGBP.value = 3_100_000;
    });
    expect(decisionsBetween(before, after)).toEqual([
      { kind: 'budget-changed', label: 'Changed the budget', before: '£3,200,000', after: '£3,100,000' },
    ]);
  });

  it('names the deployable hours and the £96 ceiling as budget decisions', () => {
    const [before, after] = edited((scenario) => {
      scenario.deployableHours.value = 34_000;
      scenario.ceilingGBPPerHour.value = 95.5;
    });
    expect(decisionsBetween(before, after)).toEqual([
      { kind: 'budget-changed', label: 'Changed the deployable hours', before: '35,000 hours', after: '34,000 hours' },
      { kind: 'budget-changed', label: 'Changed the £ per hour ceiling', before: '£96.00', after: '£95.50' },
    ]);
  });

  it('names the line whose hours changed: CJS joint inspections from 4,000 to 4,400', () => {
    const [before, after] = edited((scenario) => {
      const line = scenario.lines.find((candidate) => candidate.id === 'cjs-joint');
      if (line) line.hours = 4_400;
    });
    expect(decisionsBetween(before, after)).toEqual([
      {
        kind: 'line-changed',
        label: 'Changed the hours of CJS joint inspections',
        before: '4,000 hours',
        after: '4,400 hours',
      },
    ]);
  });

  it('names the Area moved and both years: Norfolk from April 2004 to 2005/06', () => {
    const [before, after] = edited((scenario) => {
      const entry = scenario.esi.schedule.find((candidate) => candidate.areaId === 'norfolk');
      if (!entry) return;
      entry.year = '2005/06';
      delete entry.month;
    });
    expect(decisionsBetween(before, after)).toEqual([
      {
        kind: 'esi-moved',
        label: 'Moved the ESI of Norfolk',
        before: '2004/05 (April 2004)',
        after: '2005/06',
      },
    ]);
  });

  it('does not count a move to another month of the same year as a decision', () => {
    const [before, after] = edited((scenario) => {
      const entry = scenario.esi.schedule.find((candidate) => candidate.areaId === 'norfolk');
      if (entry) entry.month = '2004-06';
    });
    expect(decisionsBetween(before, after)).toEqual([]);
  });

  it('names Resettlement committed, with the CJS pool falling from 4,000 to 2,500 hours left', () => {
    const [before, after] = edited((scenario) => {
      jointInspection(scenario, 'resettlement').status = 'committed';
    });
    expect(decisionsBetween(before, after)).toEqual([
      {
        kind: 'joint-committed',
        label: 'Committed the joint inspection Resettlement',
        before: 'Proposed, 1,500 hours; 4,000 hours left in the CJS pool',
        after: 'Committed, 1,500 hours; 2,500 hours left in the CJS pool',
      },
    ]);
  });

  it('names a commitment its pool cannot hold and the draw on contingency it needs: 800 hours is 500 + 300', () => {
    const [before, after] = edited((scenario) => {
      scenario.jointInspections.push({
        ...jointInspection(scenario, 'resettlement'),
        id: 'health',
        name: 'Health',
        pool: 'non-cjs',
        hours: 800,
        status: 'committed',
      });
      scenario.contingencyDraws.push({
        id: 'draw-1',
        date: '2004-05-04',
        reason: 'Health: 300 hours its pool could not hold',
        hours: 300,
        jointInspectionId: 'health',
      });
    });
    expect(decisionsBetween(before, after)).toEqual([
      {
        kind: 'joint-committed',
        label: 'Committed the joint inspection Health',
        before: 'Not in the register; 500 hours left in the non-CJS pool',
        after: 'Committed, 800 hours; 0 hours left in the non-CJS pool',
      },
      {
        kind: 'contingency-drawn',
        label: 'Drew 300 hours from contingency: Health: 300 hours its pool could not hold',
        before: '2,000 hours of contingency left',
        after: '1,700 hours of contingency left',
      },
    ]);
  });

  it('names a withdrawn commitment and the contingency draw it returns', () => {
    const committed = loadFixture();
    jointInspection(committed, 'sex-offender-work').status = 'committed';
    committed.contingencyDraws.push({
      id: 'draw-1',
      date: '2004-05-04',
      reason: 'Sex offender work: 200 hours its pool could not hold',
      hours: 200,
      jointInspectionId: 'sex-offender-work',
    });
    const withdrawn = structuredClone(committed);
    jointInspection(withdrawn, 'sex-offender-work').status = 'proposed';
    withdrawn.contingencyDraws = [];
    expect(decisionsBetween(committed, withdrawn)).toEqual([
      {
        kind: 'joint-withdrawn',
        label: 'Withdrew the commitment to Sex offender work',
        before: 'Committed, 1,000 hours; 3,200 hours left in the CJS pool',
        after: 'Proposed, 1,000 hours; 4,000 hours left in the CJS pool',
      },
      {
        kind: 'contingency-draw-removed',
        label: 'Removed the contingency draw of 200 hours: Sex offender work: 200 hours its pool could not hold',
        before: '1,800 hours of contingency left',
        after: '2,000 hours of contingency left',
      },
    ]);
  });

  it('names an investigation drawn on contingency, with the hours left before and after', () => {
    const [before, after] = edited((scenario) => {
      scenario.contingencyDraws.push({ id: 'walker', date: '2004-06-01', reason: 'Inquiry into a death', hours: 250 });
    });
    expect(decisionsBetween(before, after)).toEqual([
      {
        kind: 'contingency-drawn',
        label: 'Drew 250 hours from contingency: Inquiry into a death',
        before: '2,000 hours of contingency left',
        after: '1,750 hours of contingency left',
      },
    ]);
  });

  it('finds nothing decided in a change of a proposal’s hours or the YOT plan', () => {
    const [before, after] = edited((scenario) => {
      jointInspection(scenario, 'resettlement').hours = 1_200;
      scenario.yot.moves.push({ from: '2004-09', to: '2004-10', count: 1 });
    });
    expect(decisionsBetween(before, after)).toEqual([]);
  });
});

const fixture = loadFixture();
const plannedAreaIds = fixture.esi.schedule.filter((entry) => !entry.inspected).map((entry) => entry.areaId);

/** The plan with its figures and its planned Areas' years varied. */
const scenarios = fc
  .record({
    budget: fc.integer({ min: 0, max: 10_000_000 }),
    lineHours: fc.array(fc.integer({ min: 0, max: 20_000 }), {
      minLength: fixture.lines.length,
      maxLength: fixture.lines.length,
    }),
    years: fc.array(fc.constantFrom(...fixture.esi.years), {
      minLength: plannedAreaIds.length,
      maxLength: plannedAreaIds.length,
    }),
    committed: fc.array(fc.boolean(), { minLength: 2, maxLength: 2 }),
  })
  .map(({ budget, lineHours, years, committed }) => {
    const scenario = loadFixture();
    scenario.budgetGBP.value = budget;
    scenario.lines.forEach((line, index) => (line.hours = lineHours[index] ?? 0));
    plannedAreaIds.forEach((areaId, index) => {
      const entry = scenario.esi.schedule.find((candidate) => candidate.areaId === areaId);
      if (!entry) return;
      entry.year = years[index] ?? entry.year;
      delete entry.month;
    });
    scenario.jointInspections.forEach((inspection, index) => {
      if (committed[index]) inspection.status = 'committed';
    });
    return scenario;
  });

describe('the decisions an edit makes, for any plan', () => {
  it('finds none between a scenario and an equal copy of it', () => {
    fc.assert(
      fc.property(scenarios, (scenario) => {
        expect(decisionsBetween(scenario, structuredClone(scenario))).toEqual([]);
      }),
    );
  });

  it('finds exactly one ESI move, naming the Area and both years, when one Area changes year', () => {
    fc.assert(
      fc.property(
        scenarios,
        fc.constantFrom(...plannedAreaIds),
        fc.constantFrom(...fixture.esi.years),
        (scenario, areaId, year: FinancialYear) => {
          const entry = scenario.esi.schedule.find((candidate) => candidate.areaId === areaId);
          fc.pre(entry !== undefined && entry.year !== year);
          const moved = structuredClone(scenario);
          const target = moved.esi.schedule.find((candidate) => candidate.areaId === areaId);
          if (target) target.year = year;
          const name = scenario.esi.areas.find((area) => area.id === areaId)?.name;
          expect(decisionsBetween(scenario, moved)).toEqual([
            { kind: 'esi-moved', label: `Moved the ESI of ${name}`, before: entry?.year, after: year },
          ]);
        },
      ),
    );
  });
});
