/** Committing a joint inspection through the store, with the draw on contingency its pool cannot hold. */
import { describe, expect, it } from 'vitest';
import { reportFor } from '../../src/store/reports';
import { createTestStore, openScenarioOf, undoLabels } from '../support/planStore';

describe('the plan store: committing joint inspections', () => {
  it('commits one that fits, with no draw on contingency', () => {
    const store = createTestStore();
    const check = store.getState().commitJointInspection('resettlement', '2004-05-04');
    expect(check).toEqual({ outcome: 'fits', hours: 1500, poolLeft: 4000, poolLeftAfter: 2500 });
    expect(openScenarioOf(store).jointInspections[0]?.status).toBe('committed');
    expect(openScenarioOf(store).contingencyDraws).toEqual([]);
    expect(undoLabels(store)).toEqual(['commit Resettlement']);
  });

  it('records the draw on contingency for the part its pool cannot hold, and withdrawing returns it', () => {
    const store = createTestStore();
    const id = store.getState().addJointInspection({
      name: 'Health',
      pool: 'non-cjs',
      partners: ['Healthcare Commission'],
      hours: 800,
      startMonth: '2004-10',
      endMonth: '2004-12',
    });
    expect(store.getState().commitJointInspection(id, '2004-05-04')).toMatchObject({
      outcome: 'needs-contingency',
      fromPool: 500,
      fromContingency: 300,
      contingencyLeftAfter: 1700,
    });
    expect(openScenarioOf(store).contingencyDraws).toEqual([
      {
        id: 'plan-3',
        date: '2004-05-04',
        reason: 'Health: 300 hours its pool could not hold',
        hours: 300,
        jointInspectionId: id,
      },
    ]);
    expect(reportFor(openScenarioOf(store)).joint.contingency.left).toBe(1700);
    store.getState().withdrawJointCommitment(id);
    expect(openScenarioOf(store).contingencyDraws).toEqual([]);
    expect(openScenarioOf(store).jointInspections.find((inspection) => inspection.id === id)?.status).toBe('proposed');
  });

  it('refuses one that even contingency cannot hold, changing nothing', () => {
    const store = createTestStore();
    const id = store.getState().addJointInspection({
      name: 'Big',
      pool: 'non-cjs',
      partners: [],
      hours: 3000,
      startMonth: '2004-10',
      endMonth: '2004-12',
    });
    const before = store.getState().workspace;
    expect(store.getState().commitJointInspection(id, '2004-05-04')).toEqual({
      outcome: 'refused',
      hours: 3000,
      poolLeft: 500,
      contingencyLeft: 2000,
      shortBy: 500,
    });
    expect(store.getState().workspace).toBe(before);
  });

  it('does not change the hours of a committed inspection, and removes its draws with it', () => {
    const store = createTestStore();
    const id = store.getState().addJointInspection({
      name: 'Health',
      pool: 'non-cjs',
      partners: [],
      hours: 800,
      startMonth: '2004-10',
      endMonth: '2004-12',
    });
    store.getState().commitJointInspection(id, '2004-05-04');
    store.getState().setJointInspectionHours(id, 100);
    expect(openScenarioOf(store).jointInspections.find((inspection) => inspection.id === id)?.hours).toBe(800);
    store.getState().removeJointInspection(id);
    expect(openScenarioOf(store).contingencyDraws).toEqual([]);
  });
});
