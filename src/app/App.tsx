import type { ReactNode } from 'react';
import { AllocationTable } from '../features/budget/AllocationTable';
import { BudgetFields } from '../features/budget/BudgetFields';
import { CapacityView } from '../features/capacity/CapacityView';
import { EsiCycleView } from '../features/esi-cycle/EsiCycleView';
import { FileTransferBar } from '../features/file-transfer/FileTransferBar';
import { SavedDataBanners } from '../features/file-transfer/SavedDataBanners';
import { FindingsList } from '../features/findings/FindingsList';
import { JointWorkView } from '../features/joint-work/JointWorkView';
import { ProgrammeSummary } from '../features/overview/ProgrammeSummary';
import { CompareScenarios } from '../features/scenarios/CompareScenarios';
import { GoalSeek } from '../features/scenarios/GoalSeek';
import { PrintSummary } from '../features/scenarios/PrintSummary';
import { ScenarioList } from '../features/scenarios/ScenarioList';
import { YotView } from '../features/yot/YotView';
import { useScenario } from '../store/planContext';
import { CostPerHour } from './CostPerHour';
import { ErrorSummary } from './ErrorSummary';
import { UndoControls } from './UndoControls';
import { useHashRoute } from './useHashRoute';

interface View {
  id: string;
  title: string;
  render: () => ReactNode;
}

/** The planner's views, in the order of the navigation. */
const views: View[] = [
  {
    id: 'budget',
    title: 'Budget and hours',
    render: () => (
      <>
        <div className="layout__main">
          <BudgetFields />
          <AllocationTable />
          <GoalSeek />
        </div>
        <div className="layout__side">
          <FindingsList />
          <ProgrammeSummary />
        </div>
      </>
    ),
  },
  { id: 'scenarios', title: 'Scenarios', render: () => <ScenarioList /> },
  { id: 'compare', title: 'Compare scenarios', render: () => <CompareScenarios /> },
  { id: 'esi-cycle', title: 'ESI cycle', render: () => <EsiCycleView /> },
  { id: 'yot', title: 'YOT programme', render: () => <YotView /> },
  { id: 'joint-work', title: 'Joint work and contingency', render: () => <JointWorkView /> },
  { id: 'capacity', title: 'Capacity over time', render: () => <CapacityView /> },
];

const viewIds = views.map((view) => view.id);

/** The shell: the header with the scenario, the live £ per hour and undo; the navigation; the open view. */
export function App() {
  const name = useScenario((scenario) => scenario.name);
  const planningYear = useScenario((scenario) => scenario.planningYear);
  const viewId = useHashRoute(viewIds, 'budget');
  const view = views.find((candidate) => candidate.id === viewId) ?? views[0];
  const title = `${view?.title ?? ''} – ${planningYear} – Inspection Hours Planner`;

  return (
    <>
      <a className="skip-link" href="#main">Skip to the plan</a>
      <header className="masthead">
        <div>
          <p className="masthead__product">Inspection Hours Planner</p>
          <h1 className="masthead__title">{name}</h1>
          <p className="masthead__year">Financial year {planningYear} (April to March)</p>
        </div>
        <UndoControls />
        <CostPerHour />
      </header>
      <nav className="views" aria-label="Views">
        <ul>
          {views.map((candidate) => (
            <li key={candidate.id}>
              <a href={`#/${candidate.id}`} aria-current={candidate.id === viewId ? 'page' : undefined}>{candidate.title}</a>
            </li>
          ))}
        </ul>
      </nav>
      <FileTransferBar />
      <SavedDataBanners />
      <main id="main" className="layout">
        <ErrorSummary title={title} />
        {view?.render()}
      </main>
      <PrintSummary />
    </>
  );
}
