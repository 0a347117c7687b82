/** The YOT programme as the next year's plan starts it: what the plan had in the year just planned is done. */
import { formatCount } from './format';
import { firstMonthOf, monthName, monthsBetween } from './months';
import type { FinancialYear, YearMonth, YotProgramme } from './types';
import { planYotMonths } from './yotProgramme';

export interface CarriedYotProgramme {
  programme: YotProgramme;
  done: string[];
  decisions: string[];
}

/**
 * The inspections the plan had in the year just planned, manual moves included, join those done
 * before it. Phase 2 keeps its start and rate, so the new year continues at the same pace; of the
 * inspections before phase 2, those the rate put in the year just planned are taken off. A manual
 * move that touches the year just planned cannot be kept (a move starts in the plan's own months),
 * so it is dropped, and one reaching into the new year is named for the group to make again.
 */
export function carryYotProgramme(
  programme: YotProgramme,
  planned: FinancialYear,
  next: FinancialYear,
): CarriedYotProgramme {
  const nextStart = firstMonthOf(next);
  const plan = planYotMonths(programme, planned);
  const inPlanned = plan.months
    .filter((month) => monthsBetween(month.month, nextStart) > 0)
    .reduce((total, month) => total + month.inspections, 0);
  const doneBefore = programme.doneBefore.value + inPlanned;

  const monthsBeforePhase2 = monthsBetween(firstMonthOf(planned), programme.phase2Start.month);
  const before = programme.beforePhase2.value;
  const beforePhase2Done =
    monthsBeforePhase2 > 0 ? Math.round((before * Math.min(12, monthsBeforePhase2)) / monthsBeforePhase2) : before;

  const inNextYear = (month: YearMonth) => monthsBetween(nextStart, month) >= 0;
  const kept = programme.moves.filter((move) => inNextYear(move.from) && inNextYear(move.to));
  // A move wholly within the year just planned is done with it; only one reaching into the new year is lost.
  const dropped = programme.moves.filter(
    (move) => !kept.includes(move) && (inNextYear(move.from) || inNextYear(move.to)),
  );

  const carried: YotProgramme = {
    ...programme,
    doneBefore: {
      value: doneBefore,
      source: {
        kind: 'assumption',
        reasoning: `Carried from the ${planned} plan: ${programme.doneBefore.value} done before it and ${inPlanned} planned in it, taken as done.`,
      },
    },
    beforePhase2: { value: Math.max(0, before - beforePhase2Done), source: programme.beforePhase2.source },
    moves: kept,
  };
  return {
    programme: carried,
    done: [
      `${formatCount(inPlanned, 'YOT inspection')} planned in ${planned} marked done: ${doneBefore} of ${programme.teams.value} YOTs inspected.`,
    ],
    decisions: dropped.map(
      (move) =>
        `The manual move of ${formatCount(move.count, 'YOT inspection')} from ${monthName(move.from)} to ${monthName(move.to)} touches ${planned} and was not carried: move them again if need be.`,
    ),
  };
}
