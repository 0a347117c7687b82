import { useMemo, useState } from 'react';
import { formatHours, formatPenceFigure, formatPounds, formatPoundsAndPence } from '../../domain/format';
import { goalSeek, type GoalSeekOption } from '../../domain/goalSeek';
import { NumberField } from '../../shared/NumberField';
import { usePlan, usePlanEditable, useScenario } from '../../store/planContext';
import { reportFor } from '../../store/reports';
import './goalSeek.css';

/**
 * Given a target £/hour, the budget at today's hours and the hours at today's budget that meet it; either applied with
 * one click. While the plan is read-only both are shown for the target as it stands, and neither can be applied.
 */
export function GoalSeek() {
  const scenario = useScenario((current) => current);
  const ceiling = useScenario((current) => current.ceilingGBPPerHour.value);
  const targetProblem = usePlan((state) => state.drafts['goal-seek-target']?.problem ?? null);
  const applyGoalSeek = usePlan((state) => state.applyGoalSeek);
  const editable = usePlanEditable();
  const [chosenTarget, setTarget] = useState<number | null>(null);
  // Until the user types a target, the ceiling is the natural one to seek.
  const target = chosenTarget ?? ceiling;
  const result = useMemo(() => goalSeek(scenario, target, reportFor), [scenario, target]);
  const targetText = formatPoundsAndPence(target);

  return (
    <section className="panel goal-seek" aria-labelledby="goal-seek-heading">
      <h2 id="goal-seek-heading">Goal seek: cost per hour</h2>
      <NumberField
        field="goal-seek-target"
        id="goal-seek-target"
        label="Target cost per hour"
        hint="The planner works out the budget, or the deployable hours, at which an hour costs this."
        prefix="£"
        value={target}
        format={formatPenceFigure}
        rule={{ label: 'the target cost per hour', minimum: 'above-zero', maximum: 1e6, example: '90.00' }}
        onValid={setTarget}
      />
      {targetProblem !== null ? (
        <p className="goal-seek__waiting">Enter a valid target to see the budget and the hours that meet it.</p>
      ) : !result.ok ? (
        <p className="goal-seek__waiting">{result.problem}</p>
      ) : (
        <div className="goal-seek__options">
          <Option
            heading={`Budget at today’s ${formatHours(scenario.deployableHours.value, 1)} hours`}
            option={result.budget}
            answer={(value) => formatPounds(value)}
            action={(value) => `Set the budget to ${formatPounds(value)}`}
            onApply={editable ? (value) => applyGoalSeek('budgetGBP', value, target) : null}
            targetText={targetText}
          />
          <Option
            heading={`Hours at today’s ${formatPounds(scenario.budgetGBP.value)} budget`}
            option={result.deployableHours}
            answer={(value) => `${formatHours(value, 1)} hours`}
            action={(value) => `Set the deployable hours to ${formatHours(value, 1)}`}
            onApply={editable ? (value) => applyGoalSeek('deployableHours', value, target) : null}
            targetText={targetText}
          />
        </div>
      )}
    </section>
  );
}

interface OptionProps {
  heading: string;
  option: GoalSeekOption;
  answer: (value: number) => string;
  action: (value: number) => string;
  /** Null while the plan is read-only: the option is shown with no button to apply it. */
  onApply: ((value: number) => void) | null;
  targetText: string;
}

function Option({ heading, option, answer, action, onApply, targetText }: OptionProps) {
  return (
    <div className="goal-seek__option">
      <h3>{heading}</h3>
      {!option.ok ? (
        <p>{option.problem}</p>
      ) : option.changes.length === 0 ? (
        <p>Already meets {targetText} an hour: nothing would change.</p>
      ) : (
        <>
          <p className="goal-seek__answer">{answer(option.value)}</p>
          <p className="goal-seek__would">Would change:</p>
          <ul>
            {option.changes.map((change) => (
              <li key={change}>{change}</li>
            ))}
          </ul>
          {onApply && (
            <button type="button" className="button" onClick={() => onApply(option.value)}>
              {action(option.value)}
            </button>
          )}
        </>
      )}
    </div>
  );
}
