import { formatNumberToTenths } from '../../domain/format';
import { setFigure } from '../figureSources';
import type { SliceTools } from '../planStore';
import { verbsFor } from '../verbs';
import type { SupportingPeopleFigure } from '../screenState';

/** Supporting People's figures: every verb is one undoable step. */
export interface SupportingPeopleVerbs {
  setSupportingPeopleFigure: (field: SupportingPeopleFigure, value: number) => void;
}

const supportingPeopleFigureNames: Record<SupportingPeopleFigure, string> = {
  inspectionsPerYear: 'Supporting People inspections a year',
  hoursPerInspection: 'hours per Supporting People inspection',
};

function createSupportingPeopleVerbs({ editScenario }: SliceTools): SupportingPeopleVerbs {
  return {
    setSupportingPeopleFigure: (field, value) =>
      editScenario(
        `change ${supportingPeopleFigureNames[field]}`,
        (scenario) => {
          setFigure(scenario.supportingPeople[field], value, formatNumberToTenths);
        },
        `supportingPeople.${field}`,
      ),
  };
}

/** The verbs for one store: `supportingPeopleVerbs(store).…`, or `useVerbs(supportingPeopleVerbs)` in a component. */
export const supportingPeopleVerbs = verbsFor(createSupportingPeopleVerbs);
