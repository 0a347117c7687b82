/** Committing a joint inspection through the store, with the draw on contingency its pool cannot hold. */
import { describe, expect, it } from 'vitest';
import { reportFor } from '../../src/store/reports';
import { createTestStore, openScenarioOf, undoLabels } from '../support/planStore';
import { jointWorkVerbs } from '../../src/store/slices/jointWorkVerbs';

describe('the plan store: committing joint inspections', () => {
  it('commits one that fits, with no draw on contingency', () => {
    const store = createTestStore();
    const check = jointWorkVerbs(store).commitJointInspection('resettlement', '2004-05-04');
    expect(check).toEqual({ outcome: 'fits', hours: 1500, poolLeft: 4000, poolLeftAfter: 2500 });
    expect(openScenarioOf(store).jointInspections[0]?.status).toBe('committed');
    expect(openScenarioOf(store).contingencyDraws).toEqual([]);
    expect(undoLabels(store)).toEqual(['commit Resettlement']);
  });

  it('records the draw on contingency for the part its pool cannot hold, and withdrawing returns it', () => {
    const store = createTestStore();
    const id = jointWorkVerbs(store).addJointInspection({
      name: 'Health',
      pool: 'non-cjs',
      partners: ['Healthcare Commission'],
      hours: 800,
      startMonth: '2004-10',
      endMonth: '2004-12',
    });
    expect(jointWorkVerbs(store).commitJointInspection(id, '2004-05-04')).toMatchObject({
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
    jointWorkVerbs(store).withdrawJointCommitment(id);
    expect(openScenarioOf(store).contingencyDraws).toEqual([]);
    expect(openScenarioOf(store).jointInspections.find((inspection) => inspection.id === id)?.status).toBe('proposed');
  });

  it('refuses one that even contingency cannot hold, changing nothing', () => {
    const store = createTestStore();
    const id = jointWorkVerbs(store).addJointInspection({
      name: 'Big',
      pool: 'non-cjs',
      partners: [],
      hours: 3000,
      startMonth: '2004-10',
      endMonth: '2004-12',
    });
    const before = store.getState().workspace;
    expect(jointWorkVerbs(store).commitJointInspection(id, '2004-05-04')).toEqual({
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
    const id = jointWorkVerbs(store).addJointInspection({
      name: 'Health',
      pool: 'non-cjs',
      partners: [],
      hours: 800,
      startMonth: '2004-10',
      endMonth: '2004-12',
    });
    jointWorkVerbs(store).commitJointInspection(id, '2004-05-04');
    jointWorkVerbs(store).setJointInspectionHours(id, 100);
    expect(openScenarioOf(store).jointInspections.find((inspection) => inspection.id === id)?.hours).toBe(800);
    jointWorkVerbs(store).removeJointInspection(id);
    expect(openScenarioOf(store).contingencyDraws).toEqual([]);
  });
});
