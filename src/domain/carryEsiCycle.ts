/** The ESI cycle as the next year's plan starts it: the year just planned done, or a new cycle opened. */
import { formatCount } from './format';
import { financialYearOf, financialYearStart } from './months';
import type { EsiCycle, EsiScheduleEntry, FinancialYear, Source } from './types';

export interface CarriedEsiCycle {
  cycle: EsiCycle;
  done: string[];
  decisions: string[];
}

/**
 * Every entry of the year just planned (and any earlier one not yet marked) becomes done, as
 * 2003/04's are: `inspected` in its own year and month, so moving it is an error. When the new
 * year lies past the cycle, the cycle is complete and the next one opens, as long as this one,
 * with every Area unscheduled and the families kept, for the group to place.
 */
export function carryEsiCycle(cycle: EsiCycle, planned: FinancialYear, next: FinancialYear): CarriedEsiCycle {
  const plannedStart = financialYearStart(planned);
  const doneSource: Source = {
    kind: 'assumption',
    reasoning: `Planned in the ${planned} plan and taken as done when the ${next} plan was started from it.`,
  };
  let newlyDone = 0;
  const schedule = cycle.schedule.map((entry): EsiScheduleEntry => {
    if (entry.inspected || financialYearStart(entry.year) > plannedStart) return entry;
    newlyDone += 1;
    const inspected = { year: entry.year, ...(entry.month ? { month: entry.month } : {}), source: doneSource };
    return { ...entry, inspected };
  });
  const done = [`${formatCount(newlyDone, 'ESI')} planned in ${planned} marked done.`];
  const lastYear = cycle.years.at(-1);
  const cycleEnded = lastYear !== undefined && financialYearStart(next) > financialYearStart(lastYear);
  if (!cycleEnded) {
    const doneAll = schedule.filter((entry) => entry.inspected).length;
    const planning = schedule.length - doneAll;
    return {
      cycle: { ...cycle, schedule },
      done: [...done, `${formatCount(doneAll, 'ESI')} of the cycle done, ${formatCount(planning, 'ESI')} still to do.`],
      decisions: [],
    };
  }

  const years = Array.from({ length: Math.max(1, cycle.years.length) }, (_, offset) =>
    financialYearOf(financialYearStart(next) + offset),
  );
  const scheduled = new Set(schedule.map((entry) => entry.areaId));
  const missed = cycle.areas.filter((area) => !scheduled.has(area.id)).map((area) => area.name);
  const decisions = [
    `The ${cycle.years[0] ?? planned}–${lastYear} ESI cycle is complete; the next cycle, ${years[0]}–${years.at(-1)}, opens with all ${formatCount(cycle.areas.length, 'Area')} unscheduled, their families kept: place them year by year.`,
  ];
  if (missed.length > 0)
    decisions.push(`Not inspected in the cycle just ended: ${missed.join(', ')}. Place them early in the new cycle.`);
  return { cycle: { ...cycle, years, schedule: [] }, done, decisions };
}
