import type {
  ContingencyDraw,
  ContingencyReport,
  JointInspection,
  JointPool,
  JointPoolReport,
  LineGroup,
  PlanReport,
} from './types';

export const JOINT_POOLS = ['cjs', 'non-cjs'] as const satisfies readonly JointPool[];

/** The allocation line each pool of joint work draws on (§5.14). */
export const JOINT_POOL_GROUP: Record<JointPool, LineGroup> = { cjs: 'joint-cjs', 'non-cjs': 'joint-non-cjs' };

/**
 * Each joint pool's committed, proposed and remaining hours, and what is left of contingency.
 * A commitment its pool could not hold is covered by a draw on contingency linked to it, so the
 * pool counts only the part it holds itself.
 */
export function jointPoolsAndContingency(
  inspections: readonly JointInspection[],
  draws: readonly ContingencyDraw[],
  poolHours: Record<JointPool, number>,
  contingencyHours: number,
): { pools: JointPoolReport[]; contingency: ContingencyReport } {
  const committedIds = new Set(
    inspections.filter((inspection) => inspection.status === 'committed').map((inspection) => inspection.id),
  );
  const coveredByContingency = new Map<string, number>();
  let drawn = 0;
  for (const draw of draws) {
    drawn += draw.hours;
    if (draw.jointInspectionId !== undefined && committedIds.has(draw.jointInspectionId)) {
      coveredByContingency.set(
        draw.jointInspectionId,
        (coveredByContingency.get(draw.jointInspectionId) ?? 0) + draw.hours,
      );
    }
  }
  const pools = JOINT_POOLS.map((pool): JointPoolReport => {
    let committed = 0;
    let fromContingency = 0;
    let proposed = 0;
    for (const inspection of inspections) {
      if (inspection.pool !== pool) continue;
      if (inspection.status === 'committed') {
        committed += inspection.hours;
        fromContingency += coveredByContingency.get(inspection.id) ?? 0;
      } else {
        proposed += inspection.hours;
      }
    }
    const available = poolHours[pool];
    return { pool, available, committed, fromContingency, proposed, left: available - (committed - fromContingency) };
  });
  return { pools, contingency: { lineHours: contingencyHours, drawn, left: contingencyHours - drawn } };
}

/** What committing a proposed joint inspection would do, worked out before the user confirms it. */
export type CommitmentCheck =
  | { outcome: 'fits'; hours: number; poolLeft: number; poolLeftAfter: number }
  | {
      outcome: 'needs-contingency';
      hours: number;
      poolLeft: number;
      fromPool: number;
      fromContingency: number;
      contingencyLeft: number;
      contingencyLeftAfter: number;
    }
  | { outcome: 'refused'; hours: number; poolLeft: number; contingencyLeft: number; shortBy: number };

/** Whether the inspection's pool holds its hours, or its pool and contingency together, or neither. */
export function checkCommitment(
  report: Pick<PlanReport, 'joint'>,
  inspection: Pick<JointInspection, 'pool' | 'hours'>,
): CommitmentCheck {
  const pool = report.joint.pools.find((candidate) => candidate.pool === inspection.pool);
  const poolLeft = Math.max(0, pool?.left ?? 0);
  const { hours } = inspection;
  if (hours <= poolLeft) return { outcome: 'fits', hours, poolLeft, poolLeftAfter: poolLeft - hours };
  const contingencyLeft = Math.max(0, report.joint.contingency.left);
  const fromContingency = hours - poolLeft;
  if (fromContingency <= contingencyLeft) {
    return {
      outcome: 'needs-contingency',
      hours,
      poolLeft,
      fromPool: poolLeft,
      fromContingency,
      contingencyLeft,
      contingencyLeftAfter: contingencyLeft - fromContingency,
    };
  }
  return { outcome: 'refused', hours, poolLeft, contingencyLeft, shortBy: fromContingency - contingencyLeft };
}
