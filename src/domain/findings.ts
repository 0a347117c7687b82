/**
 * The one place that turns a finding's code and figures into plain English.
 * Every message names the figures behind it, so a reader can check it without the screen.
 */
import { formatCount, formatHours, formatNumber, formatPoundsAndPence, formatShare } from './format';
import { monthName } from './months';
import type { Finding, FinancialYear, JointPool, PlanReport, YearMonth, YotMove } from './types';

/** How a message names a joint pool's allocation line (also the server's refusal of a commitment). */
export const poolName: Record<JointPool, string> = { cjs: 'CJS joint', 'non-cjs': 'non-CJS joint' };

export const findings = {
  hoursOverDeployable(allocated: number, deployable: number): Finding {
    return {
      severity: 'error',
      code: 'HOURS_OVER_DEPLOYABLE',
      message: `The lines add up to ${formatHours(allocated)} hours, ${formatHours(allocated - deployable)} more than the ${formatHours(deployable)} deployable hours.`,
      where: { field: 'deployableHours' },
    };
  },

  hoursUnallocated(allocated: number, deployable: number): Finding {
    return {
      severity: 'warning',
      code: 'HOURS_UNALLOCATED',
      message: `${formatHours(deployable - allocated)} hours unallocated: the lines add up to ${formatHours(allocated)} of the ${formatHours(deployable)} deployable hours.`,
      where: { field: 'deployableHours' },
    };
  },

  figureInvalid(label: string, value: number, rule: string, where: Finding['where']): Finding {
    const shown = Number.isFinite(value) ? formatNumber(value) : String(value);
    return {
      severity: 'error',
      code: 'FIGURE_INVALID',
      message: `${label} is ${shown}; it must be ${rule}.`,
      where,
    };
  },

  monthlyProfileInvalid(): Finding {
    return {
      severity: 'error',
      code: 'FIGURE_INVALID',
      message:
        'The monthly profile of the deployable hours needs a weight of zero or more for each month, and at least one above zero.',
      where: { field: 'monthlyProfile' },
    };
  },

  costOverCeiling(costPerHour: number, ceiling: number): Finding {
    return {
      severity: 'error',
      code: 'COST_PER_HOUR_OVER_CEILING',
      message: `An hour costs ${formatPoundsAndPence(costPerHour)}, ${formatPoundsAndPence(costPerHour - ceiling)} above the ${formatPoundsAndPence(ceiling)} ceiling (§1.30).`,
      where: { field: 'costPerHour' },
    };
  },

  costNearCeiling(costPerHour: number, ceiling: number): Finding {
    return {
      severity: 'warning',
      code: 'COST_PER_HOUR_NEAR_CEILING',
      message: `An hour costs ${formatPoundsAndPence(costPerHour)}, within 2% of the ${formatPoundsAndPence(ceiling)} ceiling (§1.30): ${formatPoundsAndPence(ceiling - costPerHour)} of headroom.`,
      where: { field: 'costPerHour' },
    };
  },

  esiYearOverCapacity(
    year: FinancialYear,
    scheduled: number,
    capacity: number,
    hoursNeeded: number,
    coreHours: number,
  ): Finding {
    return {
      severity: 'error',
      code: 'ESI_YEAR_OVER_CAPACITY',
      message: `${year} has ${formatCount(scheduled, 'Area')} scheduled for ESI but its ${formatHours(coreHours)} core hours fund ${formatNumber(capacity)}: ${formatHours(hoursNeeded)} hours are needed, ${formatHours(hoursNeeded - coreHours)} hours short.`,
      where: { year },
    };
  },

  esiAreaUnscheduled(areaId: string, areaName: string): Finding {
    return {
      severity: 'error',
      code: 'ESI_AREA_UNSCHEDULED',
      message: `${areaName} is not scheduled for ESI in any year of the cycle; every Area is inspected once in the three years (§2.2).`,
      where: { areaId },
    };
  },

  esiAreaScheduledTwice(areaId: string, areaName: string, years: FinancialYear[]): Finding {
    return {
      severity: 'error',
      code: 'ESI_AREA_SCHEDULED_TWICE',
      message: `${areaName} is scheduled for ESI ${years.length} times (${years.join(', ')}); each Area is inspected once in the cycle (§2.2).`,
      where: { areaId },
    };
  },

  esiUnknownArea(areaId: string): Finding {
    return {
      severity: 'error',
      code: 'ESI_UNKNOWN_AREA',
      message: `The ESI schedule names an Area "${areaId}" that is not in the list of Probation Areas.`,
      where: { areaId },
    };
  },

  esiYearOutsideCycle(areaId: string, areaName: string, year: FinancialYear, cycle: FinancialYear[]): Finding {
    return {
      severity: 'error',
      code: 'ESI_YEAR_OUTSIDE_CYCLE',
      message: `${areaName} is scheduled in ${year}, which is not a year of the ESI cycle (${cycle.join(', ')}).`,
      where: { areaId, year },
    };
  },

  esiMonthOutsideYear(areaId: string, areaName: string, month: YearMonth, year: FinancialYear): Finding {
    return {
      severity: 'error',
      code: 'ESI_MONTH_OUTSIDE_YEAR',
      message: `${areaName} is placed in ${monthName(month)}, which is outside its year ${year} (April to March).`,
      where: { areaId, year },
    };
  },

  esiFamilySplit(familyId: string, familyName: string, countsByYear: [FinancialYear, number][]): Finding {
    const parts = countsByYear.map(([year, count]) => `${year} (${formatCount(count, 'Area')})`);
    return {
      severity: 'warning',
      code: 'ESI_FAMILY_SPLIT',
      message: `The ${familyName} family is split across ${parts.join(' and ')}; Areas of a family are inspected in the same year so their results can be compared (§2.2).`,
      where: { familyId },
    };
  },

  esiDoneMoved(areaId: string, areaName: string, inspectedIn: FinancialYear, scheduledIn: FinancialYear): Finding {
    return {
      severity: 'error',
      code: 'ESI_DONE_MOVED',
      message: `${areaName} was inspected in ${inspectedIn} but is scheduled in ${scheduledIn}; a done inspection cannot be moved.`,
      where: { areaId, year: scheduledIn },
    };
  },

  esiMonthOverLimit(month: YearMonth, year: FinancialYear, areaNames: string[], limit: number): Finding {
    return {
      severity: 'warning',
      code: 'ESI_MONTH_OVER_LIMIT',
      message: `${formatCount(areaNames.length, 'ESI')} start in ${monthName(month)} (${areaNames.join(', ')}), more than the ${formatCount(limit, 'ESI')} a month the setting allows (an assumption).`,
      where: { year, month, field: 'esi.maxPerMonth' },
    };
  },

  yotHoursOverLine(
    year: FinancialYear,
    inspections: number,
    hoursNeeded: number,
    lineHours: number,
    planningYear: FinancialYear,
  ): Finding {
    const line =
      year === planningYear
        ? 'the YOT line'
        : `the ${planningYear} YOT line (the report gives no line for later years)`;
    return {
      severity: 'error',
      code: 'YOT_HOURS_OVER_LINE',
      message: `${year} has ${formatCount(inspections, 'YOT inspection')} needing ${formatHours(hoursNeeded)} hours, ${formatHours(hoursNeeded - lineHours)} more than the ${formatHours(lineHours)} hours of ${line}.`,
      where: { year },
    };
  },

  yotCompletionLate(
    completion: YearMonth | null,
    teams: number,
    deadline: YearMonth,
    programmeStart: YearMonth,
  ): Finding {
    const when = completion === null ? 'never finishes at this rate' : `finishes in ${monthName(completion)}`;
    return {
      severity: 'warning',
      code: 'YOT_COMPLETION_LATE',
      message: `Inspecting all ${formatNumber(teams)} YOTs ${when}, later than five years from ${monthName(programmeStart)} (${monthName(deadline)}, §5.4).`,
      where: { field: 'yot' },
    };
  },

  yotMoveShort(move: YotMove, moved: number): Finding {
    return {
      severity: 'warning',
      code: 'YOT_MOVE_SHORT',
      message: `A manual move of ${formatCount(move.count, 'YOT inspection')} from ${monthName(move.from)} to ${monthName(move.to)} moved ${formatNumber(moved)}: at the present rate ${monthName(move.from)} no longer holds ${formatNumber(move.count)}.`,
      where: { field: 'yot.moves', month: move.from },
    };
  },

  supportingPeopleOverLine(hoursNeeded: number, lineHours: number): Finding {
    return {
      severity: 'error',
      code: 'SUPPORTING_PEOPLE_OVER_LINE',
      message: `Supporting People inspections need ${formatHours(hoursNeeded)} hours, ${formatHours(hoursNeeded - lineHours)} more than the ${formatHours(lineHours)} hours of its line.`,
      where: { field: 'supportingPeople' },
    };
  },

  supportingPeopleCycleLate(completionYear: FinancialYear | null, authorities: number, cycleEnd: YearMonth): Finding {
    const when = completionYear === null ? 'never finishes at this number a year' : `finishes in ${completionYear}`;
    return {
      severity: 'warning',
      code: 'SUPPORTING_PEOPLE_CYCLE_LATE',
      message: `Inspecting all ${formatNumber(authorities)} administering authorities ${when}, after the five-year cycle ends in ${monthName(cycleEnd)} (§4.28).`,
      where: { field: 'supportingPeople' },
    };
  },

  contingencyOverdrawn(drawn: number, lineHours: number): Finding {
    return {
      severity: 'error',
      code: 'CONTINGENCY_OVERDRAWN',
      message: `Draws on contingency take ${formatHours(drawn)} hours, ${formatHours(drawn - lineHours)} more than the ${formatHours(lineHours)} hours of the contingency line.`,
      where: { field: 'contingency' },
    };
  },

  monthOverCapacity(month: YearMonth, demand: number, tentative: number, available: number): Finding {
    const including = tentative > 0 ? ` (${formatHours(tentative)} of them proposed joint work)` : '';
    return {
      severity: 'warning',
      code: 'MONTH_OVER_CAPACITY',
      message: `${monthName(month)} needs ${formatHours(demand)} hours${including} against ${formatHours(available)} available: ${formatHours(demand - available)} over.`,
      where: { month, field: 'capacity' },
    };
  },

  jointCommittedOverPool(pool: JointPool, committed: number, available: number): Finding {
    return {
      severity: 'error',
      code: 'JOINT_COMMITTED_OVER_POOL',
      message: `Committed ${poolName[pool]} inspections take ${formatHours(committed)} hours, ${formatHours(committed - available)} more than the ${formatHours(available)} hours of the ${poolName[pool]} line.`,
      where: { pool },
    };
  },

  intentionYotShare(share: number): Finding {
    return {
      severity: 'info',
      code: 'INTENTION_YOT_SHARE',
      message: `YOT inspections take ${formatShare(share)} of the deployable hours; the stated intention is about a third (§1.29, §5.8).`,
      where: { field: 'yot' },
    };
  },

  intentionEsiCoreShare(share: number): Finding {
    return {
      severity: 'info',
      code: 'INTENTION_ESI_CORE_SHARE',
      message: `ESI core inspections take ${formatShare(share)} of the deployable hours; the stated intention is a quarter (§1.29).`,
      where: { field: 'esi' },
    };
  },
};

/** Where the cost of an hour stands against the ceiling, as the header and the printed summary both say it. */
export function ceilingStatus(report: Pick<PlanReport, 'costPerHourGBP' | 'findings'>): {
  state: 'over' | 'near' | 'within';
  text: string;
} {
  const over = report.findings.some((finding) => finding.code === 'COST_PER_HOUR_OVER_CEILING');
  const near = report.findings.some((finding) => finding.code === 'COST_PER_HOUR_NEAR_CEILING');
  const state = over ? 'over' : near ? 'near' : 'within';
  if (report.costPerHourGBP === null) return { state, text: 'cannot be worked out without deployable hours' };
  return { state, text: over ? 'above the ceiling' : near ? 'within 2% of the ceiling' : 'within the ceiling' };
}
