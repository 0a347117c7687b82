/**
 * What the screen holds for the user apart from the plan: unfinished typing, forms with problems,
 * and how totals are shown. None of it is saved, and no verb here makes an undo step.
 */
import type { LastChanges } from '../domain/lastChange';
import type { SetPlanState, PlanState } from './planStore';

/** A figure the user can type into; the key under which its input problem is kept. */
export type EditableField =
  | 'budgetGBP'
  | 'deployableHours'
  | 'ceilingGBPPerHour'
  | `line:${string}`
  /** The goal seek's target £/hour: not part of the scenario, but typed and checked like its figures. */
  | 'goal-seek-target'
  /** The ESI board's assumptions: ESIs a month, and core hours per ESI for a family or an Area. */
  | 'esi.maxPerMonth'
  | `esiHours:family:${string}`
  | `esiHours:area:${string}`
  /** The YOT programme's and Supporting People's figures, each month's weight in the profile, and a joint inspection's hours. */
  | `yot.${YotFigure}`
  | `supportingPeople.${SupportingPeopleFigure}`
  | `profile:${number}`
  | `joint:${string}:hours`
  /** The phase 2 start month: arrowing through its list is one change, as typing in a field is. */
  | 'yot.phase2Start';

/** The YOT programme's figures the user can set. */
export type YotFigure = 'ratePer12Months' | 'hoursPerInspection' | 'beforePhase2';
/** Supporting People's figures the user can set. */
export type SupportingPeopleFigure = 'inspectionsPerYear' | 'hoursPerInspection';

export interface FieldDraft {
  text: string;
  problem: string | null;
  /** The input it was typed into, so the error summary can link to it. */
  inputId: string;
}

export interface ScreenState {
  /**
   * What the user has typed into a field and not yet left, with what is wrong with it if anything.
   * While a draft has a problem the scenario keeps the field's last valid value.
   */
  drafts: Partial<Record<EditableField, FieldDraft>>;
  /** Whether totals include proposed (tentative) work: a way of looking, not part of the plan. */
  showTentative: boolean;
  /** Forms whose last submission found problems (by form id), so the page title can say there is a problem, as it does for fields. */
  formsWithProblems: string[];
  /**
   * In a shared workspace, who last changed each scenario's figures and when, by scenario id, as
   * the shared binding reads them; the planner alone keeps none, and this stays empty.
   */
  lastChanges: Record<string, LastChanges>;

  typeDraft: (field: EditableField, draft: FieldDraft) => void;
  /** The user left the field: a valid draft gives way to the formatted value, and the typed edit is one undo step. */
  finishTyping: (field: EditableField) => void;
  setShowTentative: (show: boolean) => void;
  /** Records whether a form's last submission found problems. */
  setFormHasProblems: (formId: string, hasProblems: boolean) => void;
}

export function createScreenState(set: SetPlanState, get: () => PlanState): ScreenState {
  return {
    drafts: {},
    showTentative: true,
    formsWithProblems: [],
    lastChanges: {},
    typeDraft: (field, draft) =>
      set((state) => {
        state.drafts[field] = draft;
      }),
    finishTyping: (field) =>
      set((state) => {
        state.typingIn = null;
        if (state.drafts[field]?.problem === null) delete state.drafts[field];
      }),
    setShowTentative: (show) =>
      set((state) => {
        state.showTentative = show;
      }),
    setFormHasProblems: (formId, hasProblems) => {
      if (get().formsWithProblems.includes(formId) === hasProblems) return;
      set((state) => {
        state.formsWithProblems = hasProblems
          ? [...state.formsWithProblems, formId]
          : state.formsWithProblems.filter((id) => id !== formId);
      });
    },
  };
}
