import type { ComponentType } from 'react';
import { AllocationTable } from '../features/budget/AllocationTable';
import { BudgetFields } from '../features/budget/BudgetFields';
import { FindingsList } from '../features/findings/FindingsList';
import { lazyView, ViewLoader, type LazyView } from './ViewLoader';

export interface View {
  id: string;
  title: string;
  /** The view in a sentence, for "Loading…" and for a view that cannot be fetched. */
  name: string;
  Content: ComponentType | LazyView;
}

/** Whether the view's code is here, so that it can be shown at once. */
export const isViewReady = (view: View): boolean => !('ready' in view.Content) || view.Content.ready;

/** An occasional tool, loaded after the figures it works on so that they show first. */
const GoalSeek = lazyView(() => import('../features/budget/GoalSeek').then((module) => module.GoalSeek));
/** The programmes' years, under the findings: fetched beside the first screen, after the figures and findings above it. */
const ProgrammeSummary = lazyView(() =>
  import('../features/overview/ProgrammeSummary').then((module) => module.ProgrammeSummary),
);

/** The first screen, in the entry chunk: every other view is fetched when it is first opened. */
function BudgetView() {
  return (
    <>
      <div className="layout__main">
        <BudgetFields />
        <AllocationTable />
        <ViewLoader name="the goal seek">
          <GoalSeek />
        </ViewLoader>
      </div>
      <div className="layout__side">
        <FindingsList />
        <ViewLoader name="the programmes’ summary">
          <ProgrammeSummary />
        </ViewLoader>
      </div>
    </>
  );
}

/** The planner's views, in the order of the navigation. */
export const views: readonly View[] = [
  { id: 'budget', title: 'Budget and hours', name: 'the budget and hours view', Content: BudgetView },
  {
    id: 'scenarios',
    title: 'Scenarios',
    name: 'the scenarios view',
    Content: lazyView(() => import('../features/scenarios/ScenarioList').then((module) => module.ScenarioList)),
  },
  {
    id: 'compare',
    title: 'Compare scenarios',
    name: 'the compare scenarios view',
    Content: lazyView(() => import('../features/scenarios/CompareScenarios').then((module) => module.CompareScenarios)),
  },
  {
    id: 'esi-cycle',
    title: 'ESI cycle',
    name: 'the ESI cycle view',
    Content: lazyView(() => import('../features/esi-cycle/EsiCycleView').then((module) => module.EsiCycleView)),
  },
  {
    id: 'yot',
    title: 'YOT programme',
    name: 'the YOT programme view',
    Content: lazyView(() => import('../features/yot/YotView').then((module) => module.YotView)),
  },
  {
    id: 'joint-work',
    title: 'Joint work and contingency',
    name: 'the joint work and contingency view',
    Content: lazyView(() => import('../features/joint-work/JointWorkView').then((module) => module.JointWorkView)),
  },
  {
    id: 'capacity',
    title: 'Capacity over time',
    name: 'the capacity over time view',
    Content: lazyView(() => import('../features/capacity/CapacityView').then((module) => module.CapacityView)),
  },
];
