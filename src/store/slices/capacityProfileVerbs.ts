import { addToMonth, firstMonthOf, monthName } from '../../domain/months';
import { SET_IN_THE_PLANNER } from '../figureSources';
import type { SliceTools } from '../planStore';
import { verbsFor } from '../verbs';
import { activeScenario } from '../workspace';

/** The profile of the deployable hours across the year: every verb is one undoable step. */
export interface CapacityProfileVerbs {
  /** A month's weight in the profile of the deployable hours (index 0 is April). */
  setMonthWeight: (index: number, weight: number) => void;
}

function createCapacityProfileVerbs({ get, editScenario }: SliceTools): CapacityProfileVerbs {
  return {
    setMonthWeight: (index, weight) => {
      const scenario = activeScenario(get().workspace);
      if (index < 0 || index >= scenario.monthlyProfile.weights.length) return;
      const month = monthName(addToMonth(firstMonthOf(scenario.planningYear), index));
      editScenario(
        `change the weight of ${month}`,
        (draft) => {
          draft.monthlyProfile.weights[index] = weight;
          draft.monthlyProfile.source = {
            kind: 'assumption',
            reasoning: `${SET_IN_THE_PLANNER}: the management group's profile of the deployable hours across the year.`,
          };
        },
        `profile:${index}`,
      );
    },
  };
}

/** The verbs for one store: `capacityProfileVerbs(store).…`, or `useVerbs(capacityProfileVerbs)` in a component. */
export const capacityProfileVerbs = verbsFor(createCapacityProfileVerbs);
