import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../../src/domain/evaluatePlan';
import { activeScenario } from '../../src/store/workspace';
import type { PlanStore } from '../../src/store/planStore';
import { createTestStore } from '../support/planStore';
import { esiVerbs } from '../../src/store/slices/esiVerbs';

const esiOf = (planStore: PlanStore) => activeScenario(planStore.getState().workspace).esi;

describe('the ESI board’s store verbs', () => {
  it('sets the month limit as a stated assumption, one undo step', () => {
    const planStore = createTestStore();
    esiVerbs(planStore).setEsiMaxPerMonth(1);
    expect(esiOf(planStore).maxPerMonth).toEqual({
      value: 1,
      source: {
        kind: 'assumption',
        reasoning: 'Set on the ESI board: the most ESIs the inspectorate can start in one month.',
      },
    });
    expect(
      evaluatePlan(activeScenario(planStore.getState().workspace)).findings.filter(
        (finding) => finding.code === 'ESI_MONTH_OVER_LIMIT',
      ),
    ).toHaveLength(2);
    expect(planStore.getState().past.map((step) => step.label)).toEqual(['change ESIs allowed a month']);
    planStore.getState().undo();
    expect(esiOf(planStore).maxPerMonth.value).toBe(3);
  });

  it('sets and clears a family’s hours per ESI, each one undo step, and the year’s hours follow', () => {
    const planStore = createTestStore();
    esiVerbs(planStore).setFamilyCoreHours('metropolitan', 700);
    const hours2004 = () =>
      evaluatePlan(activeScenario(planStore.getState().workspace)).esi.years.find((year) => year.year === '2004/05')
        ?.hoursNeeded;
    expect(hours2004()).toBeCloseTo(7 * 700 + 9 * (8750 / 15), 6);
    planStore.getState().finishTyping('esiHours:family:metropolitan');
    esiVerbs(planStore).setFamilyCoreHours('metropolitan', null);
    expect(esiOf(planStore).families.find((family) => family.id === 'metropolitan')?.coreHoursPerEsi).toBeUndefined();
    expect(planStore.getState().past.map((step) => step.label)).toEqual([
      'change hours per ESI for Metropolitan (and London)',
      'use the standard hours for Metropolitan (and London)',
    ]);
    // Keystrokes in the same field make one step.
    esiVerbs(planStore).setAreaCoreHours('london', 8);
    esiVerbs(planStore).setAreaCoreHours('london', 80);
    esiVerbs(planStore).setAreaCoreHours('london', 800);
    expect(planStore.getState().past.at(-1)?.label).toBe('change hours per ESI for London');
    expect(planStore.getState().past).toHaveLength(3);
    expect(esiOf(planStore).areas.find((area) => area.id === 'london')?.coreHoursPerEsi?.value).toBe(800);
    planStore.getState().undo();
    expect(esiOf(planStore).areas.find((area) => area.id === 'london')?.coreHoursPerEsi).toBeUndefined();
  });

  it('clearing an override that is not there changes nothing and records no step', () => {
    const planStore = createTestStore();
    esiVerbs(planStore).setFamilyCoreHours('metropolitan', null);
    esiVerbs(planStore).setAreaCoreHours('london', null);
    expect(planStore.getState().past).toEqual([]);
  });
});
