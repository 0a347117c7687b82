import { formatPounds, formatPoundsAndPence } from '../../domain/format';
import { hoursText, setFigure, sourceAfterEdit } from '../figureSources';
import type { SliceTools } from '../planStore';
import { planEditable } from '../history';
import { activeScenario } from '../workspace';

/** The budget, the deployable hours, the ceiling and the lines' hours: every verb is one undoable step. */
export interface BudgetVerbs {
  setBudget: (gbp: number) => void;
  setDeployableHours: (hours: number) => void;
  setCeiling: (gbpPerHour: number) => void;
  setLineHours: (lineId: string, hours: number) => void;
  /** Sets the budget or the deployable hours to a goal seek's answer for a target £/hour, as one step. */
  applyGoalSeek: (field: 'budgetGBP' | 'deployableHours', value: number, targetGBPPerHour: number) => void;
}

export function createBudgetVerbs({ get, set, editScenario }: SliceTools): BudgetVerbs {
  return {
    setBudget: (gbp) =>
      editScenario(
        'change budget',
        (scenario) => {
          setFigure(scenario.budgetGBP, gbp, formatPounds);
        },
        'budgetGBP',
      ),
    setDeployableHours: (hours) =>
      editScenario(
        'change deployable hours',
        (scenario) => {
          setFigure(scenario.deployableHours, hours, hoursText);
        },
        'deployableHours',
      ),
    setCeiling: (gbpPerHour) =>
      editScenario(
        'change £/hour ceiling',
        (scenario) => {
          setFigure(scenario.ceilingGBPPerHour, gbpPerHour, formatPoundsAndPence);
        },
        'ceilingGBPPerHour',
      ),
    setLineHours: (lineId, hours) => {
      const line = activeScenario(get().workspace).lines.find((candidate) => candidate.id === lineId);
      // The same hours again change nothing: no undo step, and the report's source stays.
      if (!line || line.hours === hours) return;
      editScenario(
        `change ${line.label} hours`,
        (scenario) => {
          const target = scenario.lines.find((candidate) => candidate.id === lineId);
          if (!target) return;
          target.source = sourceAfterEdit(target.source, hoursText(target.hours));
          target.hours = hours;
        },
        `line:${lineId}`,
      );
    },
    applyGoalSeek: (field, value, targetGBPPerHour) => {
      if (!planEditable(get())) return;
      const what = field === 'budgetGBP' ? 'budget' : 'deployable hours';
      editScenario(`goal seek: ${what} for ${formatPoundsAndPence(targetGBPPerHour)} an hour`, (scenario) => {
        setFigure(scenario[field], value, field === 'budgetGBP' ? formatPounds : hoursText);
      });
      // The field now shows the answer, so an unfinished entry in it gives way.
      set((state) => {
        delete state.drafts[field];
      });
    },
  };
}
