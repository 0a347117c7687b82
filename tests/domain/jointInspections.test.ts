/** The joint pools, the contingency line and the check made before a joint inspection is committed. */
import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../../src/domain/evaluatePlan';
import { checkCommitment } from '../../src/domain/jointInspections';
import type { JointInspection } from '../../src/domain/types';
import { evaluateFixtureWith } from '../support/evaluateFixture';
import { loadFixture } from '../support/fixture';

/** A joint inspection the shipped plan does not have: 300 hours with the Healthcare Commission unless told otherwise. */
function jointInspection(overrides: Partial<JointInspection>): JointInspection {
  return {
    id: 'health',
    name: 'Health',
    pool: 'non-cjs',
    partners: ['Healthcare Commission'],
    hours: 300,
    status: 'proposed',
    startMonth: '2004-10',
    endMonth: '2004-12',
    source: { kind: 'assumption', reasoning: 'test' },
    ...overrides,
  };
}

describe('joint pools, contingency and the check before committing', () => {
  it('fits Resettlement (1,500 h) in the 4,000-hour CJS pool, leaving 2,500', () => {
    const report = evaluatePlan(loadFixture());
    expect(checkCommitment(report, { pool: 'cjs', hours: 1500 })).toEqual({
      outcome: 'fits',
      hours: 1500,
      poolLeft: 4000,
      poolLeftAfter: 2500,
    });
  });

  it('takes what the 500-hour non-CJS pool cannot hold from contingency: 800 h is 500 + 300, leaving 1,700', () => {
    const report = evaluatePlan(loadFixture());
    expect(checkCommitment(report, { pool: 'non-cjs', hours: 800 })).toEqual({
      outcome: 'needs-contingency',
      hours: 800,
      poolLeft: 500,
      fromPool: 500,
      fromContingency: 300,
      contingencyLeft: 2000,
      contingencyLeftAfter: 1700,
    });
  });

  it('refuses what even contingency cannot hold, with the shortfall', () => {
    const report = evaluatePlan(loadFixture());
    expect(checkCommitment(report, { pool: 'non-cjs', hours: 3000 })).toEqual({
      outcome: 'refused',
      hours: 3000,
      poolLeft: 500,
      contingencyLeft: 2000,
      shortBy: 500,
    });
  });

  it('counts a commitment covered by contingency against the pool only for its own part', () => {
    const report = evaluateFixtureWith((scenario) => {
      scenario.jointInspections.push(jointInspection({ hours: 800, status: 'committed' }));
      scenario.contingencyDraws.push({
        id: 'cover',
        date: '2004-06-01',
        reason: 'Health: 300 hours',
        hours: 300,
        jointInspectionId: 'health',
      });
    });
    expect(report.joint.pools[1]).toEqual({
      pool: 'non-cjs',
      available: 500,
      committed: 800,
      fromContingency: 300,
      proposed: 0,
      left: 0,
    });
    expect(report.joint.contingency).toEqual({ lineHours: 2000, drawn: 300, left: 1700 });
    expect(report.findings.map((finding) => finding.code)).not.toContain('JOINT_COMMITTED_OVER_POOL');
  });

  it('errs when draws take more than the 2,000-hour contingency line', () => {
    const report = evaluateFixtureWith((scenario) => {
      scenario.contingencyDraws.push({ id: 'inquiry', date: '2004-07-05', reason: 'An inquiry', hours: 2100 });
    });
    expect(report.findings.find((finding) => finding.code === 'CONTINGENCY_OVERDRAWN')?.message).toBe(
      'Draws on contingency take 2,100 hours, 100 more than the 2,000 hours of the contingency line.',
    );
  });
});
