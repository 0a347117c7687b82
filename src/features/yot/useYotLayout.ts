import type { PlanReport } from '../../domain/types';
import { usePlanReport, useScenario } from '../../store/planContext';
import { yotLayout, type YotLayout } from './yotPlanYears';

/** Layouts by report: each scenario has one report, so the summary and the plan share one layout per edit. */
const layouts = new WeakMap<PlanReport, YotLayout>();

/** The YOT plan laid out by financial year, with its totals, for the scenario being edited. */
export function useYotLayout(): YotLayout {
  const report = usePlanReport();
  const phase2Start = useScenario((scenario) => scenario.yot.phase2Start.month);
  const doneBefore = useScenario((scenario) => scenario.yot.doneBefore.value);
  let layout = layouts.get(report);
  if (layout === undefined) {
    layout = yotLayout(report.yot, phase2Start, doneBefore);
    layouts.set(report, layout);
  }
  return layout;
}
