import { formatHours, formatNumber, formatPenceFigure } from '../../domain/format';
import { NumberField } from '../../shared/NumberField';
import { SourceNote } from '../../shared/SourceNote';
import { usePlan, useScenario } from '../../store/planContext';

/** The year's totals the user can change: budget, deployable hours and the £/hour ceiling. */
export function BudgetFields() {
  const budget = useScenario((scenario) => scenario.budgetGBP);
  const deployable = useScenario((scenario) => scenario.deployableHours);
  const ceiling = useScenario((scenario) => scenario.ceilingGBPPerHour);
  const setBudget = usePlan((state) => state.setBudget);
  const setDeployableHours = usePlan((state) => state.setDeployableHours);
  const setCeiling = usePlan((state) => state.setCeiling);

  return (
    <section className="panel budget-fields" aria-labelledby="budget-heading">
      <h2 id="budget-heading">Budget and hours</h2>
      <div className="budget-fields__grid">
        <NumberField
          field="budgetGBP"
          figureAt="budgetGBP"
          id="budget"
          label="Total budget"
          hint={<SourceNote source={budget.source} />}
          prefix="£"
          value={budget.value}
          format={formatNumber}
          rule={{ label: 'the total budget', minimum: 'zero', maximum: 1e10, example: '3,200,000' }}
          onValid={setBudget}
        />
        <NumberField
          field="deployableHours"
          figureAt="deployableHours"
          id="deployable-hours"
          label="Deployable inspection hours"
          hint={<SourceNote source={deployable.source} />}
          suffix="hours"
          value={deployable.value}
          format={formatHours}
          rule={{ label: 'the deployable inspection hours', minimum: 'above-zero', maximum: 1e8, example: '35,000' }}
          onValid={setDeployableHours}
        />
        <NumberField
          field="ceilingGBPPerHour"
          figureAt="ceilingGBPPerHour"
          id="ceiling"
          label="Ceiling per hour"
          hint={<SourceNote source={ceiling.source} />}
          prefix="£"
          value={ceiling.value}
          format={formatPenceFigure}
          rule={{ label: 'the ceiling per hour', minimum: 'above-zero', maximum: 1e6, example: '96.00' }}
          onValid={setCeiling}
        />
      </div>
    </section>
  );
}
