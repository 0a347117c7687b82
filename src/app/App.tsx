import { AllocationTable } from '../features/budget/AllocationTable';
import { BudgetFields } from '../features/budget/BudgetFields';
import { FindingsList } from '../features/findings/FindingsList';
import { ProgrammeSummary } from '../features/overview/ProgrammeSummary';
import { useScenario } from '../store/planContext';
import { CostPerHour } from './CostPerHour';
import { ErrorSummary } from './ErrorSummary';

/** The planner's one screen: the header with the live £ per hour, then the budget, lines, findings and programmes. */
export function App() {
  const name = useScenario((scenario) => scenario.name);
  const planningYear = useScenario((scenario) => scenario.planningYear);
  const title = `${planningYear} plan – Inspection Hours Planner`;

  return (
    <>
      <a className="skip-link" href="#main">Skip to the plan</a>
      <header className="masthead">
        <div>
          <p className="masthead__product">Inspection Hours Planner</p>
          <h1 className="masthead__title">{name}</h1>
          <p className="masthead__year">Financial year {planningYear} (April to March)</p>
        </div>
        <CostPerHour />
      </header>
      <main id="main" className="layout">
        <ErrorSummary title={title} />
        <div className="layout__main">
          <BudgetFields />
          <AllocationTable />
        </div>
        <div className="layout__side">
          <FindingsList />
          <ProgrammeSummary />
        </div>
      </main>
    </>
  );
}
