import fc from 'fast-check';
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { carryForward } from '../../src/domain/carryForward';
import { createPlanEvaluator, evaluatePlan } from '../../src/domain/evaluatePlan';
import { goalSeek } from '../../src/domain/goalSeek';
import { addToMonth, firstMonthOf, monthsOf } from '../../src/domain/months';
import type { FinancialYear, Scenario, YearMonth } from '../../src/domain/types';
import { activeReport } from '../../src/store/reports';
import { activeScenario, workspaceOf } from '../../src/store/workspace';
import type { PlanStore } from '../../src/store/planStore';
import { loadFixture } from '../support/fixture';
import { createTestStore, everyVerbOf, type EveryVerb } from '../support/planStore';
import { capacityProfileVerbs } from '../../src/store/slices/capacityProfileVerbs';
import { esiVerbs } from '../../src/store/slices/esiVerbs';
import { jointWorkVerbs } from '../../src/store/slices/jointWorkVerbs';
import { scenarioVerbs } from '../../src/store/slices/scenarioVerbs';
import { supportingPeopleVerbs } from '../../src/store/slices/supportingPeopleVerbs';
import { yotVerbs } from '../../src/store/slices/yotVerbs';

const YEARS = loadFixture().esi.years;

/** A figure as the user might type it: whole or with a fraction, zero included. */
const figure = (max: number) => fc.oneof(fc.integer({ min: 0, max }), fc.double({ min: 0, max, noNaN: true }));
/** An index into whatever list the store holds when the step runs, so that it names something that exists. */
const pick = fc.nat();
const placement = fc.record({
  pick,
  year: fc.constantFrom(...YEARS),
  month: fc.option(fc.nat(11), { nil: undefined }),
});

/** The item `index` picks from a list, or undefined when the list is empty. */
function pickFrom<T>(list: readonly T[], index: number): T | undefined {
  return list.length === 0 ? undefined : list[index % list.length];
}

const scenarioOf = (store: PlanStore) => activeScenario(store.getState().workspace);

/** An Area still to be inspected (done ones stay put), and where to move it. */
function areaMove(
  store: PlanStore,
  { pick: index, year, month }: { pick: number; year: FinancialYear; month: number | undefined },
) {
  const planned = scenarioOf(store).esi.schedule.filter((entry) => !entry.inspected);
  const entry = pickFrom(planned, index);
  return entry && { areaId: entry.areaId, year, month: month === undefined ? undefined : monthsOf(year)[month] };
}

const monthOfPlan = (store: PlanStore, offset: number): YearMonth =>
  addToMonth(firstMonthOf(scenarioOf(store).planningYear), offset);
const jointInspections = (store: PlanStore, status?: 'proposed' | 'committed') =>
  scenarioOf(store).jointInspections.filter((inspection) => status === undefined || inspection.status === status);

type Verb = keyof EveryVerb;

/** One call of a store verb, with arguments chosen when it runs from what the store then holds. */
interface Step {
  verb: Verb;
  run: (store: PlanStore) => void | Promise<void>;
}

/** The calls of one verb; a verb that acts only after others (redo after undo) is drawn more often. */
function step<Args>(
  verb: Verb,
  args: fc.Arbitrary<Args>,
  run: (store: PlanStore, args: Args) => void | Promise<void>,
  weight = 1,
): fc.WeightedArbitrary<Step> & { verb: Verb } {
  const arbitrary = args.map((chosen): Step & fc.WithToStringMethod => ({
    verb,
    run: (store) => run(store, chosen),
    [fc.toStringMethod]: () => `${verb}(${fc.stringify(chosen)})`,
  }));
  return { verb, arbitrary, weight };
}

const none = fc.constant(null);

/** Every verb of the store that changes a scenario or which scenario is open. */
const STEPS = [
  step('setBudget', figure(6_000_000), (store, gbp) => store.getState().setBudget(gbp)),
  step('setDeployableHours', figure(60_000), (store, hours) => store.getState().setDeployableHours(hours)),
  step('setCeiling', figure(200), (store, gbpPerHour) => store.getState().setCeiling(gbpPerHour)),
  step('setLineHours', fc.record({ pick, hours: figure(20_000) }), (store, { pick: index, hours }) => {
    const line = pickFrom(scenarioOf(store).lines, index);
    if (line) store.getState().setLineHours(line.id, hours);
  }),
  step('moveArea', placement, (store, chosen) => {
    const move = areaMove(store, chosen);
    if (move) esiVerbs(store).moveArea(move.areaId, move.year, move.month);
  }),
  step(
    'moveFamily',
    fc.record({ pick, year: fc.constantFrom(...YEARS) }),
    (store, { pick: index, year }) => {
      const family = pickFrom(scenarioOf(store).esi.families, index);
      if (family) esiVerbs(store).moveFamily(family.id, year);
    },
    2,
  ),
  step('applyMoves', fc.array(placement, { minLength: 1, maxLength: 4 }), (store, placements) => {
    esiVerbs(store).applyMoves(
      placements.flatMap((chosen) => areaMove(store, chosen) ?? []),
      'resolve the cycle',
    );
  }),
  step('setEsiMaxPerMonth', fc.integer({ min: 1, max: 6 }), (store, count) => esiVerbs(store).setEsiMaxPerMonth(count)),
  step(
    'setFamilyCoreHours',
    fc.record({ pick, hours: fc.option(fc.integer({ min: 100, max: 1_500 })) }),
    (store, { pick: index, hours }) => {
      const family = pickFrom(scenarioOf(store).esi.families, index);
      if (family) esiVerbs(store).setFamilyCoreHours(family.id, hours);
    },
  ),
  step(
    'setAreaCoreHours',
    fc.record({ pick, hours: fc.option(fc.integer({ min: 100, max: 1_500 })) }),
    (store, { pick: index, hours }) => {
      const area = pickFrom(scenarioOf(store).esi.areas, index);
      if (area) esiVerbs(store).setAreaCoreHours(area.id, hours);
    },
  ),
  step(
    'moveYotInspections',
    fc.record({ from: pick, to: pick, count: pick }),
    (store, chosen) => {
      const months = activeReport(store.getState()).yot.months;
      const from = pickFrom(
        months.filter((month) => month.inspections > 0),
        chosen.from,
      );
      const to = pickFrom(months, chosen.to);
      if (from && to) yotVerbs(store).moveYotInspections(from.month, to.month, 1 + (chosen.count % from.inspections));
    },
    2,
  ),
  step('clearYotMoves', none, (store) => yotVerbs(store).clearYotMoves(), 3),
  step(
    'setYotFigure',
    fc.oneof(
      fc.record({ field: fc.constant('ratePer12Months' as const), value: figure(60) }),
      fc.record({ field: fc.constant('hoursPerInspection' as const), value: figure(800) }),
      fc.record({ field: fc.constant('beforePhase2' as const), value: fc.integer({ min: 0, max: 40 }) }),
    ),
    (store, { field, value }) => yotVerbs(store).setYotFigure(field, value),
  ),
  step('setYotPhase2Start', fc.integer({ min: -6, max: 30 }), (store, offset) =>
    yotVerbs(store).setYotPhase2Start(monthOfPlan(store, offset)),
  ),
  step(
    'setSupportingPeopleFigure',
    fc.oneof(
      fc.record({ field: fc.constant('inspectionsPerYear' as const), value: fc.integer({ min: 0, max: 80 }) }),
      fc.record({ field: fc.constant('hoursPerInspection' as const), value: figure(100) }),
    ),
    (store, { field, value }) => supportingPeopleVerbs(store).setSupportingPeopleFigure(field, value),
  ),
  step(
    'addJointInspection',
    fc.record({
      pool: fc.constantFrom('cjs' as const, 'non-cjs' as const),
      hours: figure(3_000),
      start: fc.integer({ min: -3, max: 14 }),
      span: fc.nat(8),
    }),
    (store, { pool, hours, start, span }) => {
      const startMonth = monthOfPlan(store, start);
      jointWorkVerbs(store).addJointInspection({
        name: 'Youth justice',
        pool,
        partners: ['HMI Constabulary'],
        hours,
        startMonth,
        endMonth: addToMonth(startMonth, span),
      });
    },
  ),
  step('setJointInspectionHours', fc.record({ pick, hours: figure(3_000) }), (store, { pick: index, hours }) => {
    const inspection = pickFrom(jointInspections(store, 'proposed'), index);
    if (inspection) jointWorkVerbs(store).setJointInspectionHours(inspection.id, hours);
  }),
  step('removeJointInspection', pick, (store, index) => {
    const inspection = pickFrom(jointInspections(store), index);
    if (inspection) jointWorkVerbs(store).removeJointInspection(inspection.id);
  }),
  step(
    'commitJointInspection',
    pick,
    (store, index) => {
      const inspection = pickFrom(jointInspections(store, 'proposed'), index);
      if (inspection) jointWorkVerbs(store).commitJointInspection(inspection.id, '2004-06-01');
    },
    2,
  ),
  step(
    'withdrawJointCommitment',
    pick,
    (store, index) => {
      const inspection = pickFrom(jointInspections(store, 'committed'), index);
      if (inspection) jointWorkVerbs(store).withdrawJointCommitment(inspection.id);
    },
    3,
  ),
  step('addContingencyDraw', figure(1_500), (store, hours) =>
    jointWorkVerbs(store).addContingencyDraw({ date: '2004-07-01', reason: 'Serious further offence review', hours }),
  ),
  step(
    'removeContingencyDraw',
    pick,
    (store, index) => {
      const draw = pickFrom(scenarioOf(store).contingencyDraws, index);
      if (draw) jointWorkVerbs(store).removeContingencyDraw(draw.id);
    },
    4,
  ),
  step('setMonthWeight', fc.record({ index: fc.nat(11), weight: figure(3) }), (store, { index, weight }) =>
    capacityProfileVerbs(store).setMonthWeight(index, weight),
  ),
  step('undo', none, (store) => store.getState().undo(), 4),
  step('redo', none, (store) => store.getState().redo(), 5),
  step('createScenario', none, (store) => scenarioVerbs(store).createScenario()),
  step('duplicateScenario', pick, (store, index) => {
    const entry = pickFrom(store.getState().workspace.scenarios, index);
    if (entry) scenarioVerbs(store).duplicateScenario(entry.id);
  }),
  step('carryForwardScenario', pick, (store, index) => {
    const entry = pickFrom(store.getState().workspace.scenarios, index);
    if (entry) scenarioVerbs(store).carryForwardScenario(entry.id, carryForward);
  }),
  step(
    'openScenario',
    pick,
    (store, index) => {
      const { scenarios, activeId } = store.getState().workspace;
      const entry = pickFrom(
        scenarios.filter((candidate) => candidate.id !== activeId),
        index,
      );
      if (entry) scenarioVerbs(store).openScenario(entry.id);
    },
    2,
  ),
  step(
    'deleteScenario',
    pick,
    (store, index) => {
      const entry = pickFrom(store.getState().workspace.scenarios, index);
      if (entry) scenarioVerbs(store).deleteScenario(entry.id);
    },
    2,
  ),
  step(
    'renameScenario',
    fc.record({ pick, name: fc.constantFrom('Lean year', 'Joint-heavy', 'Plan B') }),
    (store, { pick: index, name }) => {
      const entry = pickFrom(store.getState().workspace.scenarios, index);
      if (entry) scenarioVerbs(store).renameScenario(entry.id, name);
    },
  ),
  step('agreeScenario', pick, (store, index) => {
    const entry = pickFrom(store.getState().workspace.scenarios, index);
    if (entry) scenarioVerbs(store).agreeScenario(entry.id, '2004-04-05');
  }),
  step(
    'applyGoalSeek',
    fc.record({
      field: fc.constantFrom('budgetGBP' as const, 'deployableHours' as const),
      target: fc.integer({ min: 40, max: 200 }),
    }),
    (store, { field, target }) => {
      const result = goalSeek(scenarioOf(store), target);
      const option = result.ok ? (field === 'budgetGBP' ? result.budget : result.deployableHours) : null;
      if (option?.ok) store.getState().applyGoalSeek(field, option.value, target);
    },
  ),
  step('addImportedScenario', figure(6_000_000), (store, gbp) => {
    scenarioVerbs(store).addImportedScenario(
      produce(loadFixture(), (draft) => {
        draft.name = 'From a file';
        draft.budgetGBP.value = gbp;
      }),
    );
  }),
  step('loadWorkspace', none, (store) =>
    store.getState().loadWorkspace(workspaceOf(loadFixture(), 'from-another-tab')),
  ),
];
const anyStep = fc.oneof(...STEPS);

/** The verbs that change only how the plan is shown or typed, never a scenario or which one is open. */
const VERBS_THAT_LEAVE_THE_PLAN: readonly Verb[] = [
  'setShowTentative',
  'setFormHasProblems',
  'typeDraft',
  'finishTyping',
  'setReadOnly',
];

const STEPS_PER_SESSION = 40;
const SESSIONS = 150;

describe('the incremental plan evaluator', () => {
  it('gives the report evaluatePlan gives after every store verb of a session, through the store’s cache and through a fresh evaluator', async () => {
    // How often each verb changed the workspace, to show that the sessions exercise every verb rather than only name it.
    const acted = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(
        fc.array(anyStep, { minLength: 1, maxLength: STEPS_PER_SESSION, size: 'max' }),
        async (steps) => {
          const store = createTestStore();
          // The store's reports are cached per scenario, so undo and opening a scenario reuse old ones; a
          // fresh evaluator sees every scenario in turn and must reuse or redo each section rightly.
          const evaluate = createPlanEvaluator();
          const check = () => {
            const state = store.getState();
            const scenario = activeScenario(state.workspace);
            const expected = evaluatePlan(scenario);
            expect(activeReport(state)).toEqual(expected);
            expect(evaluate(scenario)).toEqual(expected);
          };
          check();
          for (const { verb, run } of steps) {
            const before = store.getState().workspace;
            await run(store);
            if (store.getState().workspace !== before) acted.set(verb, (acted.get(verb) ?? 0) + 1);
            check();
          }
        },
      ),
      { numRuns: SESSIONS },
    );
    expect(STEPS.map(({ verb }) => verb).filter((verb) => !acted.has(verb))).toEqual([]);
  });

  it('draws on every verb of the plan store that edits a plan or opens another', () => {
    const every = everyVerbOf(createTestStore());
    const verbs = (Object.keys(every) as Verb[]).filter(
      (key) => typeof every[key] === 'function' && !VERBS_THAT_LEAVE_THE_PLAN.includes(key),
    );
    expect(STEPS.map(({ verb }) => verb).sort()).toEqual(verbs.sort());
  });

  it('knows every slice of verbs kept outside the store', () => {
    const store = createTestStore();
    const slices = import.meta.glob<Record<string, unknown>>('../../src/store/slices/*Verbs.ts', { eager: true });
    const sliceVerbs = Object.values(slices).flatMap((slice) =>
      Object.entries(slice).flatMap(([name, verbsOf]) =>
        name.endsWith('Verbs') && typeof verbsOf === 'function' && !name.startsWith('create')
          ? Object.keys((verbsOf as (store: PlanStore) => object)(store))
          : [],
      ),
    );
    expect(sliceVerbs.length).toBeGreaterThan(20);
    expect(sliceVerbs.filter((verb) => !(verb in everyVerbOf(store)))).toEqual([]);
  });

  it('reuses the walk of the ESI schedule while the budget alone changes, and walks it again when an Area moves', () => {
    const evaluate = createPlanEvaluator();
    const before = loadFixture();
    const areasOf2004 = (scenario: Scenario) => evaluate(scenario).esi.years[1]?.areaIds;
    const first = areasOf2004(before);
    const cheaper = produce(before, (draft) => {
      draft.budgetGBP.value = 3_000_000;
    });
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
