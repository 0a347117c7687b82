/**
 * The check a commitment meets where it cannot be bypassed: a change to a shared scenario that
 * commits a joint inspection is held to the capacity the commit dialog shows, but worked out on
 * the scenario as it now is, after the commitments others made meanwhile. Only a new commitment
 * is checked, so a scenario already over its lines still takes every other edit.
 */
import { evaluatePlan } from './evaluatePlan';
import { poolName } from './findings';
import { formatHours } from './format';
import { checkCommitment } from './jointInspections';
import type { ContingencyDraw, JointInspection, Scenario } from './types';

const hours = (value: number) => `${formatHours(value)} hours`;
const isCommitted = (inspection: JointInspection) => inspection.status === 'committed';
const drawsFor = (draws: readonly ContingencyDraw[], id: string) =>
  draws.filter((draw) => draw.jointInspectionId === id);

/**
 * What is wrong with the joint inspections `after` commits that `before` did not, or null. Each is
 * checked, in the register's order, against `after` without them (so the same change's other
 * edits, a raised line, count), together with the contingency draws it brings: the pool must hold
 * what those draws leave to it.
 */
export function problemWithNewCommitments(before: Scenario, after: Scenario): string | null {
  const committedBefore = new Set(before.jointInspections.filter(isCommitted).map((inspection) => inspection.id));
  const newlyCommitted = after.jointInspections.filter(
    (inspection) => isCommitted(inspection) && !committedBefore.has(inspection.id),
  );
  if (newlyCommitted.length === 0) return null;
  const newIds = new Set(newlyCommitted.map((inspection) => inspection.id));
  let checkedAgainst: Scenario = {
    ...after,
    jointInspections: after.jointInspections.map((inspection) =>
      newIds.has(inspection.id) ? { ...inspection, status: 'proposed' } : inspection,
    ),
    contingencyDraws: after.contingencyDraws.filter(
      (draw) => draw.jointInspectionId === undefined || !newIds.has(draw.jointInspectionId),
    ),
  };
  for (const inspection of newlyCommitted) {
    const ownDraws = drawsFor(after.contingencyDraws, inspection.id);
    const problem = problemWithCommitment(checkedAgainst, inspection, ownDraws);
    if (problem !== null) return problem;
    checkedAgainst = {
      ...checkedAgainst,
      jointInspections: checkedAgainst.jointInspections.map((candidate) =>
        candidate.id === inspection.id ? inspection : candidate,
      ),
      contingencyDraws: [...checkedAgainst.contingencyDraws, ...ownDraws],
    };
  }
  return null;
}

function problemWithCommitment(
  scenario: Scenario,
  inspection: JointInspection,
  ownDraws: readonly ContingencyDraw[],
): string | null {
  const check = checkCommitment(evaluatePlan(scenario), inspection);
  const drawn = ownDraws.reduce((sum, draw) => sum + draw.hours, 0);
  if (check.outcome === 'fits' || (check.outcome === 'needs-contingency' && drawn >= check.fromContingency))
    return null;
  const needs = `“${inspection.name}” needs ${hours(check.hours)}, but the ${poolName[inspection.pool]} line has ${hours(check.poolLeft)} left`;
  const why = alreadyCommitted(scenario, inspection);
  if (check.outcome === 'refused')
    return `${needs} and contingency ${hours(check.contingencyLeft)}: together they are ${hours(check.shortBy)} short.${why}`;
  const drawnHere = drawn === 0 ? 'which this change does not draw' : `of which this change draws only ${hours(drawn)}`;
  return `${needs}, so ${hours(check.fromContingency)} would come from contingency (${hours(check.contingencyLeft)} left), ${drawnHere}.${why} Commit it again to see the figures now.`;
}

/** The commitments already made from the inspection's pool, which are why it is short. */
function alreadyCommitted(scenario: Scenario, inspection: JointInspection): string {
  const others = scenario.jointInspections.filter(
    (candidate) => isCommitted(candidate) && candidate.pool === inspection.pool,
  );
  if (others.length === 0) return '';
  const named = others.map((other) => `“${other.name}” (${hours(other.hours)})`).join(', ');
  return ` Already committed from the ${poolName[inspection.pool]} line: ${named}.`;
}
