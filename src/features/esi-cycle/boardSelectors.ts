/**
 * The board's selections from the store. Each card, family and column selects only its own
 * figures, compared shallowly, so an Area dropped into another year re-renders the two columns,
 * the families and the card it touched, and nothing else.
 */
import { useShallow } from 'zustand/react/shallow';
import type { EsiCycle, FinancialYear, PlanReport, YearMonth } from '../../domain/types';
import { usePlan } from '../../store/planContext';
import { activeScenario, reportFor, type PlanState } from '../../store/planStore';

const cycleOf = (state: PlanState): EsiCycle => activeScenario(state.workspace).esi;
const reportOf = (state: PlanState): PlanReport => reportFor(activeScenario(state.workspace));

/** A value from the ESI cycle, re-rendering only when it changes (shallowly). */
export function useCycle<T>(selector: (cycle: EsiCycle) => T): T {
  return usePlan(useShallow((state: PlanState) => selector(cycleOf(state))));
}

/** A value from the evaluated report, re-rendering only when it changes (shallowly). */
export function useEsiReport<T>(selector: (report: PlanReport) => T): T {
  return usePlan(useShallow((state: PlanState) => selector(reportOf(state))));
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

/** The messages of the year's capacity findings, to show beside its header. */
export function useYearFindings(year: FinancialYear): string[] {
  return useEsiReport((report) =>
    report.findings.filter((finding) => finding.code === 'ESI_YEAR_OVER_CAPACITY' && finding.where.year === year).map((finding) => finding.message));
}

export function useYearAreaIds(year: FinancialYear): string[] {
  return useEsiReport((report) => report.esi.years.find((candidate) => candidate.year === year)?.areaIds ?? []);
}

/** ESIs starting in a month, and the limit finding's message if it has one. */
export function useMonthLoad(month: YearMonth): { count: number; overLimit: string | null } {
  return useEsiReport((report) => ({
    count: report.esi.months.find((candidate) => candidate.month === month)?.scheduled ?? 0,
    overLimit: report.findings.find((finding) => finding.code === 'ESI_MONTH_OVER_LIMIT' && finding.where.month === month)?.message ?? null,
  }));
}

export function useFamilySplit(familyId: string): string | null {
  return useEsiReport((report) => report.findings.find((finding) => finding.code === 'ESI_FAMILY_SPLIT' && finding.where.familyId === familyId)?.message ?? null);
}
