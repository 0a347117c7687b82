/** The server's check of a new joint commitment against the 2004/05 lines: CJS joint 4,000 hours, contingency 2,000 (§5.14). */
import { describe, expect, it } from 'vitest';
import { problemWithNewCommitments } from '../../src/domain/newCommitments';
import type { ContingencyDraw, Scenario } from '../../src/domain/types';
import { loadFixture } from '../support/fixture';

/** The 2004/05 plan with Resettlement and Sex offender work set to these hours and statuses, and these draws. */
function plan(
  resettlement: { hours: number; committed: boolean },
  sexOffenderWork: { hours: number; committed: boolean },
  draws: ContingencyDraw[] = [],
): Scenario {
  const scenario = loadFixture();
  const set = { resettlement, 'sex-offender-work': sexOffenderWork };
  for (const inspection of scenario.jointInspections) {
    const wanted = set[inspection.id as keyof typeof set];
    inspection.hours = wanted.hours;
    inspection.status = wanted.committed ? 'committed' : 'proposed';
  }
  scenario.contingencyDraws = draws;
  return scenario;
}

const drawFor = (jointInspectionId: string, hours: number): ContingencyDraw => ({
  id: `draw-${jointInspectionId}`,
  date: '2004-06-01',
  reason: 'its pool could not hold it',
  hours,
  jointInspectionId,
});

describe('a new joint commitment checked against the scenario as it now is', () => {
  it('takes a commitment the CJS pool holds', () => {
    const before = plan({ hours: 3500, committed: false }, { hours: 3000, committed: false });
    const after = plan({ hours: 3500, committed: true }, { hours: 3000, committed: false });
    expect(problemWithNewCommitments(before, after)).toBeNull();
  });

  it('refuses 3,000 hours when a colleague’s 3,500 leave the pool 500 and contingency 2,000, naming them', () => {
    const before = plan({ hours: 3500, committed: true }, { hours: 3000, committed: false });
    const after = plan({ hours: 3500, committed: true }, { hours: 3000, committed: true });
    expect(problemWithNewCommitments(before, after)).toBe(
      '“Sex offender work” needs 3,000 hours, but the CJS joint line has 500 hours left and contingency 2,000 hours: together they are 500 hours short. Already committed from the CJS joint line: “Resettlement” (3,500 hours).',
    );
  });

  it('takes a commitment that brings the contingency draw the pool now needs', () => {
    const before = plan({ hours: 3500, committed: true }, { hours: 2000, committed: false });
    const after = plan({ hours: 3500, committed: true }, { hours: 2000, committed: true }, [
      drawFor('sex-offender-work', 1500),
    ]);
    expect(problemWithNewCommitments(before, after)).toBeNull();
  });

  it('refuses a commitment made when the pool held it, which now needs contingency it does not draw', () => {
    const before = plan({ hours: 3500, committed: true }, { hours: 2000, committed: false });
    const after = plan({ hours: 3500, committed: true }, { hours: 2000, committed: true });
    expect(problemWithNewCommitments(before, after)).toBe(
      '“Sex offender work” needs 2,000 hours, but the CJS joint line has 500 hours left, so 1,500 hours would come from contingency (2,000 hours left), which this change does not draw. Already committed from the CJS joint line: “Resettlement” (3,500 hours). Commit it again to see the figures now.',
    );
  });

  it('counts two commitments in one change together: 3,500 and 3,000 are 500 more than pool and contingency', () => {
    const before = plan({ hours: 3500, committed: false }, { hours: 3000, committed: false });
    const after = plan({ hours: 3500, committed: true }, { hours: 3000, committed: true }, [
      drawFor('sex-offender-work', 2500),
    ]);
    expect(problemWithNewCommitments(before, after)).toMatch(
      /^“Sex offender work” needs 3,000 hours, but the CJS joint line has 500 hours left and contingency 2,000 hours: together they are 500 hours short\./,
    );
  });

  it('counts the same change’s raise of the CJS line before its commitment', () => {
    const before = plan({ hours: 3500, committed: true }, { hours: 3000, committed: false });
    const after = plan({ hours: 3500, committed: true }, { hours: 3000, committed: true });
    const cjs = after.lines.find((line) => line.group === 'joint-cjs');
    if (!cjs) throw new Error('the 2004/05 plan has no CJS joint line');
    cjs.hours = 6500;
    expect(problemWithNewCommitments(before, after)).toBeNull();
  });

  it('lets a scenario already committed beyond its lines take other edits, and a withdrawal', () => {
    const overcommitted = plan({ hours: 5000, committed: true }, { hours: 3000, committed: true });
    const budgetChanged = { ...overcommitted, budgetGBP: { ...overcommitted.budgetGBP, value: 3_300_000 } };
    expect(problemWithNewCommitments(overcommitted, budgetChanged)).toBeNull();
    const withdrawn = plan({ hours: 5000, committed: true }, { hours: 3000, committed: false });
    expect(problemWithNewCommitments(overcommitted, withdrawn)).toBeNull();
  });
});
