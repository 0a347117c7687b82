/**
 * The board's selections from the store. Each card, family and column selects only its own
 * figures, compared shallowly, so an Area dropped into another year re-renders the two columns,
 * the families and the card it touched, and nothing else.
 */
import { useShallow } from 'zustand/react/shallow';
import type { EsiCycle, FinancialYear, PlanReport, YearMonth } from '../../domain/types';
import { usePlan } from '../../store/planContext';
import { activeReport } from '../../store/reports';
import { activeScenario } from '../../store/workspace';
import type { PlanState } from '../../store/planStore';

const cycleOf = (state: PlanState): EsiCycle => activeScenario(state.workspace).esi;

/** A value from the ESI cycle, re-rendering only when it changes (shallowly). */
export function useCycle<T>(selector: (cycle: EsiCycle) => T): T {
  return usePlan(useShallow((state: PlanState) => selector(cycleOf(state))));
}

/** A value from the evaluated report, re-rendering only when it changes (shallowly). */
function useEsiReport<T>(selector: (report: PlanReport) => T): T {
  return usePlan(useShallow((state: PlanState) => selector(activeReport(state))));
}

/** The figures in a year's header. */
export function useYearFigures(year: FinancialYear) {
  return useEsiReport((report) => {
    const found = report.esi.years.find((candidate) => candidate.year === year);
    return {
      scheduled: found?.scheduled ?? 0,
      capacity: found?.capacity ?? 0,
      hoursNeeded: found?.hoursNeeded ?? 0,
      coreHours: found?.coreHours ?? 0,
    };
  });
}

/** What the board reads from a report: its findings by the year, month or family they are about, and each month's ESIs. */
interface BoardIndex {
  monthScheduled: Map<string, number>;
  yearOverCapacity: Map<string, string[]>;
  yearMonthsOverLimit: Map<string, string[]>;
  monthOverLimit: Map<string, string>;
  familySplit: Map<string, string>;
}

const boardIndexes = new WeakMap<PlanReport, BoardIndex>();
const NO_MESSAGES: string[] = [];

/**
 * Made once for each report, not searched by each column, month and family header that asks: on
 * a large board that is hundreds of searches of every finding on every change to the plan.
 */
function boardIndex(report: PlanReport): BoardIndex {
  let index = boardIndexes.get(report);
  if (index) return index;
  index = {
    monthScheduled: new Map(report.esi.months.map(({ month, scheduled }) => [month, scheduled])),
    yearOverCapacity: new Map(),
    yearMonthsOverLimit: new Map(),
    monthOverLimit: new Map(),
    familySplit: new Map(),
  };
  for (const { code, where, message } of report.findings) {
    if (code === 'ESI_YEAR_OVER_CAPACITY' && where.year !== undefined)
      index.yearOverCapacity.set(where.year, [...(index.yearOverCapacity.get(where.year) ?? []), message]);
    if (code === 'ESI_MONTH_OVER_LIMIT') {
      if (where.year !== undefined)
        index.yearMonthsOverLimit.set(where.year, [...(index.yearMonthsOverLimit.get(where.year) ?? []), message]);
      // The first finding for a month or a family is the one shown, as before.
      if (where.month !== undefined && !index.monthOverLimit.has(where.month))
        index.monthOverLimit.set(where.month, message);
    }
    if (code === 'ESI_FAMILY_SPLIT' && where.familyId !== undefined && !index.familySplit.has(where.familyId))
      index.familySplit.set(where.familyId, message);
  }
  boardIndexes.set(report, index);
  return index;
}

/** The messages of the year's capacity findings, to show beside its header. */
export function useYearFindings(year: FinancialYear): string[] {
  return useEsiReport((report) => boardIndex(report).yearOverCapacity.get(year) ?? NO_MESSAGES);
}

/** The messages of the findings about months of the year with more ESIs starting than the setting allows. */
export function useYearMonthsOverLimit(year: FinancialYear): string[] {
  return useEsiReport((report) => boardIndex(report).yearMonthsOverLimit.get(year) ?? NO_MESSAGES);
}

/** The years over capacity, in the order of their findings. */
export function useYearsOverCapacity(): string[] {
  return useEsiReport((report) => [...boardIndex(report).yearOverCapacity.keys()]);
}

export function useYearAreaIds(year: FinancialYear): string[] {
  return useEsiReport((report) => report.esi.years.find((candidate) => candidate.year === year)?.areaIds ?? []);
}

/** ESIs starting in a month, and the limit finding's message if it has one. */
export function useMonthLoad(month: YearMonth): { count: number; overLimit: string | null } {
  return useEsiReport((report) => ({
    count: boardIndex(report).monthScheduled.get(month) ?? 0,
    overLimit: boardIndex(report).monthOverLimit.get(month) ?? null,
  }));
}

export function useFamilySplit(familyId: string): string | null {
  return useEsiReport((report) => boardIndex(report).familySplit.get(familyId) ?? null);
}
