import { create } from 'zustand';
import { immer } from 'zustand/middleware/immer';
import type { Draft } from 'immer';
import { createPlanEvaluator } from '../domain/evaluatePlan';
import { formatHours, formatHoursToTenths, formatPounds, formatPoundsAndPence } from '../domain/format';
import { familyAreaIds } from '../domain/esiBoard';
import { checkCommitment, type CommitmentCheck } from '../domain/jointInspections';
import { addToMonth, firstMonthOf, monthName, monthsBetween } from '../domain/months';
import type { Figure, FinancialYear, JointInspection, JointPool, PlanReport, Scenario, Source, YearMonth } from '../domain/types';

/** A figure the user can type into; the key under which its input problem is kept. */
export type EditableField = 'budgetGBP' | 'deployableHours' | 'ceilingGBPPerHour' | `line:${string}`
  /** The goal seek's target £/hour: not part of the scenario, but typed and checked like its figures. */
  | 'goal-seek-target'
  /** The ESI board's assumptions: ESIs a month, and core hours per ESI for a family or an Area. */
  | 'esi.maxPerMonth' | `esiHours:family:${string}` | `esiHours:area:${string}`
  /** The YOT programme's and Supporting People's figures, each month's weight in the profile, and a joint inspection's hours. */
  | `yot.${YotFigure}` | `supportingPeople.${SupportingPeopleFigure}` | `profile:${number}` | `joint:${string}:hours`
  /** The phase 2 start month: arrowing through its list is one change, as typing in a field is. */
  | 'yot.phase2Start';

/** The YOT programme's figures the user can set. */
export type YotFigure = 'ratePer12Months' | 'hoursPerInspection' | 'beforePhase2';
/** Supporting People's figures the user can set. */
export type SupportingPeopleFigure = 'inspectionsPerYear' | 'hoursPerInspection';

/** A joint inspection as the user proposes it; it starts proposed, and is committed only after its check. */
export interface NewJointInspection {
  name: string;
  pool: JointPool;
  partners: string[];
  hours: number;
  startMonth: YearMonth;
  endMonth: YearMonth;
}

/** A draw on contingency the user records for an investigation. */
export interface NewContingencyDraw {
  date: string;
  reason: string;
  hours: number;
}

export interface AreaMove {
  areaId: string;
  year: FinancialYear;
  month?: YearMonth;
}

export interface PlanStoreOptions {
  /** The plan a new scenario starts from. */
  baseline: Scenario;
  /** Makes ids for new scenarios; tests pass a counter. */
  newId: () => string;
}

export interface FieldDraft {
  text: string;
  problem: string | null;
  /** The input it was typed into, so the error summary can link to it. */
  inputId: string;
}

/** The user's scenarios and which one is open: everything that is saved, and everything undo restores. */
export interface Workspace {
  scenarios: { id: string; scenario: Scenario }[];
  activeId: string;
}

/** One step of undo history: what the workspace was before the action, and what the user would call the action. */
interface HistoryStep {
  label: string;
  workspace: Workspace;
}

/** More than the 50 steps users are promised; older steps are dropped. */
export const HISTORY_LIMIT = 100;

export interface PlanState {
  workspace: Workspace;
  past: HistoryStep[];
  future: HistoryStep[];
  /**
   * The field being typed into, so successive keystrokes in it make one undo step;
   * cleared when the user leaves the field or does anything else.
   */
  typingIn: string | null;
  /**
   * What the user has typed into a field and not yet left, with what is wrong with it if anything.
   * While a draft has a problem the scenario keeps the field's last valid value.
   */
  drafts: Partial<Record<EditableField, FieldDraft>>;
  /** Set when this tab must not change what is saved (another tab is newer, or the data came from a newer planner). */
  readOnlyReason: string | null;
  /** Whether totals include proposed (tentative) work: a way of looking, not part of the plan, so neither saved nor undone. */
  showTentative: boolean;
  /** Forms whose last submission found problems (by form id), so the page title can say there is a problem, as it does for fields. */
  formsWithProblems: string[];

  setBudget: (gbp: number) => void;
  setDeployableHours: (hours: number) => void;
  setCeiling: (gbpPerHour: number) => void;
  setLineHours: (lineId: string, hours: number) => void;
  moveArea: (areaId: string, year: FinancialYear, month?: YearMonth) => void;
  /** Moves every Area of a family that is not yet done, as one step. */
  moveFamily: (familyId: string, year: FinancialYear) => void;
  /** Several moves the user accepted together (e.g. from the Resolve helper), as one step. */
  applyMoves: (moves: AreaMove[], label: string) => void;
  setEsiMaxPerMonth: (count: number) => void;
  /** A family's own core hours per ESI, or null to go back to the standard. */
  setFamilyCoreHours: (familyId: string, hours: number | null) => void;
  /** An Area's own core hours per ESI, or null to go back to its family's or the standard. */
  setAreaCoreHours: (areaId: string, hours: number | null) => void;
  /** A new scenario from the baseline plan, opened at once. */
  createScenario: () => void;
  duplicateScenario: (id: string) => void;
  renameScenario: (id: string, name: string) => void;
  /** Deletes a scenario (undoable); the last one cannot be deleted. */
  deleteScenario: (id: string) => void;
  openScenario: (id: string) => void;
  /** Adds a scenario read from a file and opens it. */
  addImportedScenario: (scenario: Scenario) => void;
  /** Replaces everything with a workspace read from storage or another tab; history starts afresh. */
  loadWorkspace: (workspace: Workspace) => void;
  /** Moves YOT inspections from one month to another by hand; a move the plan cannot carry is ignored. */
  moveYotInspections: (from: YearMonth, to: YearMonth, count?: number) => void;
  /** Puts the YOT plan back to what its rate gives, as one step. */
  clearYotMoves: () => void;
  setYotFigure: (field: YotFigure, value: number) => void;
  setYotPhase2Start: (month: YearMonth) => void;
  setSupportingPeopleFigure: (field: SupportingPeopleFigure, value: number) => void;
  /** Proposes a joint inspection; returns its id. */
  addJointInspection: (inspection: NewJointInspection) => string;
  /** Changes a proposed joint inspection's hours; a committed one must be withdrawn first. */
  setJointInspectionHours: (id: string, hours: number) => void;
  /** Removes a joint inspection and any draw on contingency made for it. */
  removeJointInspection: (id: string) => void;
  /**
   * Commits a proposed joint inspection if its pool, or its pool and contingency together, hold its
   * hours, recording the draw on contingency when one is needed; refuses it otherwise. Either way it
   * returns the check, so the screen can show the figures.
   */
  commitJointInspection: (id: string, today: string) => CommitmentCheck | null;
  /** Takes a commitment back to proposed, returning any hours it drew from contingency. */
  withdrawJointCommitment: (id: string) => void;
  addContingencyDraw: (draw: NewContingencyDraw) => void;
  removeContingencyDraw: (id: string) => void;
  /** A month's weight in the profile of the deployable hours (index 0 is April). */
  setMonthWeight: (index: number, weight: number) => void;
  setShowTentative: (show: boolean) => void;
  /** Records whether a form's last submission found problems. */
  setFormHasProblems: (formId: string, hasProblems: boolean) => void;
  typeDraft: (field: EditableField, draft: FieldDraft) => void;
  /** The user left the field: a valid draft gives way to the formatted value, and the typed edit is one undo step. */
  finishTyping: (field: EditableField) => void;
  undo: () => void;
  redo: () => void;
  setReadOnly: (reason: string | null) => void;
  /** Sets the budget or the deployable hours to a goal seek's answer for a target £/hour, as one step. */
  applyGoalSeek: (field: 'budgetGBP' | 'deployableHours', value: number, targetGBPPerHour: number) => void;
}

/** The scenario being edited in a workspace. */
export function activeScenario(workspace: Workspace): Scenario {
  const entry = workspace.scenarios.find((candidate) => candidate.id === workspace.activeId) ?? workspace.scenarios[0];
  if (!entry) throw new Error('A workspace always holds at least one scenario');
  return entry.scenario;
}

/** A workspace holding one scenario. */
export function workspaceOf(scenario: Scenario, id: string): Workspace {
  return { scenarios: [{ id, scenario }], activeId: id };
}

/** The planner's one store: the user's scenarios, their intents as verbs, and undo history of whole intents. */
export function createPlanStore(initial: Workspace, { baseline, newId }: PlanStoreOptions) {
  return create<PlanState>()(
    immer((set, get) => {
      /**
       * Records one user intent: the workspace before it goes on the undo stack, unless the
       * user is still typing in the same field, in which case the step already recorded covers it.
       */
      const commit = (label: string, recipe: (draft: Draft<Workspace>) => void, typingIn: string | null = null) => {
        const { readOnlyReason, workspace: before } = get();
        if (readOnlyReason !== null) return;
        set((state) => {
          const continuing = typingIn !== null && state.typingIn === typingIn && state.past.length > 0;
          if (!continuing) {
            state.past.push({ label, workspace: before });
            if (state.past.length > HISTORY_LIMIT) state.past.shift();
          }
          recipe(state.workspace);
          state.future = [];
          state.typingIn = typingIn;
        });
      };
      /** Moves planned Areas (done ones stay where they were inspected); a month from another year is dropped. */
      const moveAreas = (moves: AreaMove[], label: string) => {
        const { schedule } = activeScenario(get().workspace).esi;
        const effective = moves.flatMap((move) => {
          const index = schedule.findIndex((candidate) => candidate.areaId === move.areaId);
          const entry = schedule[index];
          return entry && !entry.inspected && (entry.year !== move.year || entry.month !== move.month) ? [{ ...move, index }] : [];
        });
        if (effective.length === 0) return;
        editScenario(label, (draft) => {
          for (const move of effective) {
            // By index, found above in the plain schedule: searching the draft would make an immer
            // proxy of every entry it passed, and on a board of hundreds of Areas that was most of immer's time in a drop.
            const target = draft.esi.schedule[move.index];
            if (!target) continue;
            target.year = move.year;
            if (move.month === undefined) delete target.month;
            else target.month = move.month;
          }
        });
      };
      /** A family's or an Area's own core hours per ESI, or null to drop the override: one step, named for the family or Area. */
      const setCoreHoursOverride = (
        list: 'families' | 'areas',
        id: string,
        hours: number | null,
        words: { reset: (name: string) => string; what: (name: string) => string; typingKey: EditableField },
      ) => {
        const item = activeScenario(get().workspace).esi[list].find((candidate) => candidate.id === id);
        if (!item || (hours === null && !item.coreHoursPerEsi)) return;
        const label = hours === null ? words.reset(item.name) : `change hours per ESI for ${item.name}`;
        editScenario(label, (scenario) => {
          const target = scenario.esi[list].find((candidate) => candidate.id === id);
          if (!target) return;
          if (hours === null) delete target.coreHoursPerEsi;
          else target.coreHoursPerEsi = { value: hours, source: boardAssumption(`${words.what(item.name)} (§2.5: the largest Areas need more)`) };
        }, hours === null ? null : words.typingKey);
      };
      const editScenario = (label: string, recipe: (scenario: Draft<Scenario>) => void, typingIn: string | null = null) =>
        commit(label, (workspace) => {
          const entry = workspace.scenarios.find((candidate) => candidate.id === workspace.activeId);
          if (entry) recipe(entry.scenario);
        }, typingIn);

      return {
        workspace: initial,
        past: [],
        future: [],
        typingIn: null,
        drafts: {},
        readOnlyReason: null,
        showTentative: true,
        formsWithProblems: [],

        setBudget: (gbp) => editScenario('change budget', (scenario) => { setFigure(scenario.budgetGBP, gbp, formatPounds); }, 'budgetGBP'),
        setDeployableHours: (hours) => editScenario('change deployable hours', (scenario) => { setFigure(scenario.deployableHours, hours, hoursText); }, 'deployableHours'),
        setCeiling: (gbpPerHour) => editScenario('change £/hour ceiling', (scenario) => { setFigure(scenario.ceilingGBPPerHour, gbpPerHour, formatPoundsAndPence); }, 'ceilingGBPPerHour'),
        setLineHours: (lineId, hours) => {
          const line = activeScenario(get().workspace).lines.find((candidate) => candidate.id === lineId);
          // The same hours again change nothing: no undo step, and the report's source stays.
          if (!line || line.hours === hours) return;
          editScenario(`change ${line.label} hours`, (scenario) => {
            const target = scenario.lines.find((candidate) => candidate.id === lineId);
            if (!target) return;
            target.source = sourceAfterEdit(target.source, hoursText(target.hours));
            target.hours = hours;
          }, `line:${lineId}`);
        },
        moveArea: (areaId, year, month) => {
          const area = activeScenario(get().workspace).esi.areas.find((candidate) => candidate.id === areaId);
          if (area) moveAreas([{ areaId, year, month }], `move ${area.name} to ${year}`);
        },
        moveFamily: (familyId, year) => {
          const { esi } = activeScenario(get().workspace);
          const family = esi.families.find((candidate) => candidate.id === familyId);
          if (!family) return;
          const members = new Set(familyAreaIds(esi, familyId));
          const moves = esi.schedule.filter((entry) => members.has(entry.areaId)).map((entry) => ({ areaId: entry.areaId, year }));
          moveAreas(moves, `move ${family.name} to ${year}`);
        },
        applyMoves: (moves, label) => moveAreas(moves, label),
        setEsiMaxPerMonth: (count) => editScenario('change ESIs allowed a month', (scenario) => {
          scenario.esi.maxPerMonth = { value: count, source: boardAssumption('the most ESIs the inspectorate can start in one month') };
        }, 'esi.maxPerMonth'),
        setFamilyCoreHours: (familyId, hours) => setCoreHoursOverride('families', familyId, hours, {
          reset: (name) => `use the standard hours for ${name}`,
          what: (name) => `core hours for each ESI of the ${name} family`,
          typingKey: `esiHours:family:${familyId}`,
        }),
        setAreaCoreHours: (areaId, hours) => setCoreHoursOverride('areas', areaId, hours, {
          reset: (name) => `use the family hours for ${name}`,
          what: (name) => `core hours for ${name}'s ESI`,
          typingKey: `esiHours:area:${areaId}`,
        }),
        moveYotInspections: (from, to, count = 1) => {
          const scenario = activeScenario(get().workspace);
          const available = reportFor(scenario).yot.months.find((month) => month.month === from)?.inspections ?? 0;
          if (from === to || count < 1 || available < count || monthsBetween(firstMonthOf(scenario.planningYear), to) < 0) return;
          const what = count === 1 ? 'a YOT inspection' : `${count} YOT inspections`;
          editScenario(`move ${what} from ${monthName(from)} to ${monthName(to)}`, (draft) => {
            const moves = draft.yot.moves;
            // Moving back what was moved cancels it out, and moving again along the same path adds to it, so the list of manual changes stays as short as the changes are.
            const reverse = moves.findIndex((move) => move.from === to && move.to === from);
            const same = moves.findIndex((move) => move.from === from && move.to === to);
            const reversed = moves[reverse];
            const repeated = moves[same];
            if (reversed) {
              reversed.count -= count;
              if (reversed.count < 0) moves.push({ from, to, count: -reversed.count });
              if (reversed.count <= 0) moves.splice(reverse, 1);
            } else if (repeated) {
              repeated.count += count;
            } else {
              moves.push({ from, to, count });
            }
          });
        },
        clearYotMoves: () => {
          if (activeScenario(get().workspace).yot.moves.length === 0) return;
          editScenario('put the YOT plan back to its rate', (scenario) => { scenario.yot.moves = []; });
        },
        setYotFigure: (field, value) => editScenario(`change ${yotFigureNames[field]}`, (scenario) => {
          setFigure(scenario.yot[field], value, formatHoursToTenths);
        }, `yot.${field}`),
        setYotPhase2Start: (month) => {
          if (activeScenario(get().workspace).yot.phase2Start.month === month) return;
          editScenario('change the start of YOT phase 2', (scenario) => {
            const { phase2Start } = scenario.yot;
            phase2Start.source = sourceAfterEdit(phase2Start.source, monthName(phase2Start.month));
            phase2Start.month = month;
          }, 'yot.phase2Start');
        },
        setSupportingPeopleFigure: (field, value) => editScenario(`change ${supportingPeopleFigureNames[field]}`, (scenario) => {
          setFigure(scenario.supportingPeople[field], value, formatHoursToTenths);
        }, `supportingPeople.${field}`),
        addJointInspection: (inspection) => {
          const id = newId();
          editScenario(`propose ${inspection.name}`, (scenario) => {
            scenario.jointInspections.push({ id, ...inspection, status: 'proposed', source: { kind: 'assumption', reasoning: `${SET_IN_THE_PLANNER}: proposed by the management group.` } });
          });
          return id;
        },
        setJointInspectionHours: (id, hours) => {
          const inspection = jointInspectionOf(activeScenario(get().workspace), id);
          if (!inspection || inspection.status === 'committed') return;
          editScenario(`change ${inspection.name} hours`, (scenario) => {
            const target = jointInspectionOf(scenario, id);
            if (target) target.hours = hours;
          }, `joint:${id}:hours`);
        },
        removeJointInspection: (id) => {
          const inspection = jointInspectionOf(activeScenario(get().workspace), id);
          if (!inspection) return;
          editScenario(`remove ${inspection.name}`, (scenario) => {
            scenario.jointInspections = scenario.jointInspections.filter((candidate) => candidate.id !== id);
            scenario.contingencyDraws = scenario.contingencyDraws.filter((draw) => draw.jointInspectionId !== id);
          });
        },
        commitJointInspection: (id, today) => {
          const scenario = activeScenario(get().workspace);
          const inspection = jointInspectionOf(scenario, id);
          if (!inspection || inspection.status === 'committed' || get().readOnlyReason !== null) return null;
          const check = checkCommitment(reportFor(scenario), inspection);
          if (check.outcome === 'refused') return check;
          const drawId = check.outcome === 'needs-contingency' ? newId() : null;
          editScenario(`commit ${inspection.name}`, (draft) => {
            const target = jointInspectionOf(draft, id);
            if (!target) return;
            target.status = 'committed';
            if (drawId !== null && check.outcome === 'needs-contingency') {
              draft.contingencyDraws.push({
                id: drawId,
                date: today,
                reason: `${inspection.name}: ${formatHours(check.fromContingency)} hours its pool could not hold`,
                hours: check.fromContingency,
                jointInspectionId: id,
              });
            }
          });
          return check;
        },
        withdrawJointCommitment: (id) => {
          const inspection = jointInspectionOf(activeScenario(get().workspace), id);
          if (inspection?.status !== 'committed') return;
          editScenario(`withdraw the commitment to ${inspection.name}`, (scenario) => {
            const target = jointInspectionOf(scenario, id);
            if (target) target.status = 'proposed';
            scenario.contingencyDraws = scenario.contingencyDraws.filter((draw) => draw.jointInspectionId !== id);
          });
        },
        addContingencyDraw: (draw) => {
          const id = newId();
          editScenario(`draw ${formatHours(draw.hours)} hours from contingency`, (scenario) => {
            scenario.contingencyDraws.push({ id, ...draw });
          });
        },
        removeContingencyDraw: (id) => {
          const draw = activeScenario(get().workspace).contingencyDraws.find((candidate) => candidate.id === id);
          if (!draw) return;
          editScenario(`remove the contingency draw "${draw.reason}"`, (scenario) => {
            scenario.contingencyDraws = scenario.contingencyDraws.filter((candidate) => candidate.id !== id);
          });
        },
        setMonthWeight: (index, weight) => {
          const scenario = activeScenario(get().workspace);
          if (index < 0 || index >= scenario.monthlyProfile.weights.length) return;
          const month = monthName(addToMonth(firstMonthOf(scenario.planningYear), index));
          editScenario(`change the weight of ${month}`, (draft) => {
            draft.monthlyProfile.weights[index] = weight;
            draft.monthlyProfile.source = { kind: 'assumption', reasoning: `${SET_IN_THE_PLANNER}: the management group's profile of the deployable hours across the year.` };
          }, `profile:${index}`);
        },
        setShowTentative: (show) => set((state) => { state.showTentative = show; }),
        setFormHasProblems: (formId, hasProblems) => {
          if (get().formsWithProblems.includes(formId) === hasProblems) return;
          set((state) => {
            state.formsWithProblems = hasProblems ? [...state.formsWithProblems, formId] : state.formsWithProblems.filter((id) => id !== formId);
          });
        },
        createScenario: () => {
          const id = newId();
          commit('create scenario', (workspace) => {
            const names = new Set(workspace.scenarios.map((entry) => entry.scenario.name));
            workspace.scenarios.push({ id, scenario: { ...baseline, name: unusedName(baseline.name, names) } });
            workspace.activeId = id;
          });
        },
        duplicateScenario: (sourceId) => {
          const source = get().workspace.scenarios.find((entry) => entry.id === sourceId);
          if (!source) return;
          const id = newId();
          commit(`duplicate ${source.scenario.name}`, (workspace) => {
            const names = new Set(workspace.scenarios.map((entry) => entry.scenario.name));
            workspace.scenarios.push({ id, scenario: { ...source.scenario, name: unusedName(`${source.scenario.name} (copy)`, names) } });
            workspace.activeId = id;
          });
        },
        renameScenario: (id, name) => {
          const trimmed = name.trim();
          const entry = get().workspace.scenarios.find((candidate) => candidate.id === id);
          if (!entry || trimmed === '' || trimmed === entry.scenario.name) return;
          commit(`rename ${entry.scenario.name} to ${trimmed}`, (workspace) => {
            const target = workspace.scenarios.find((candidate) => candidate.id === id);
            if (target) target.scenario.name = trimmed;
          });
        },
        deleteScenario: (id) => {
          const { scenarios } = get().workspace;
          const entry = scenarios.find((candidate) => candidate.id === id);
          if (!entry || scenarios.length === 1) return;
          commit(`delete ${entry.scenario.name}`, (workspace) => {
            const index = workspace.scenarios.findIndex((candidate) => candidate.id === id);
            workspace.scenarios.splice(index, 1);
            if (workspace.activeId === id) workspace.activeId = workspace.scenarios[Math.max(0, index - 1)]?.id ?? workspace.activeId;
          });
        },
        openScenario: (id) => {
          const { workspace } = get();
          if (workspace.activeId === id || !workspace.scenarios.some((entry) => entry.id === id)) return;
          set((state) => {
            state.workspace.activeId = id;
            state.typingIn = null;
            state.drafts = {};
          });
        },
        addImportedScenario: (scenario) => {
          const id = newId();
          commit(`import ${scenario.name}`, (workspace) => {
            const names = new Set(workspace.scenarios.map((entry) => entry.scenario.name));
            workspace.scenarios.push({ id, scenario: { ...scenario, name: unusedName(scenario.name, names) } });
            workspace.activeId = id;
          });
        },
        loadWorkspace: (workspace) => set({ workspace, past: [], future: [], typingIn: null, drafts: {} }),
        typeDraft: (field, draft) => set((state) => { state.drafts[field] = draft; }),
        finishTyping: (field) => set((state) => {
          state.typingIn = null;
          if (state.drafts[field]?.problem === null) delete state.drafts[field];
        }),
        undo: () => {
          const { past, future, workspace, readOnlyReason } = get();
          const step = past.at(-1);
          if (!step || readOnlyReason !== null) return;
          set({
            past: past.slice(0, -1),
            future: [...future, { label: step.label, workspace }],
            workspace: step.workspace,
            typingIn: null,
            drafts: {},
          });
        },
        redo: () => {
          const { past, future, workspace, readOnlyReason } = get();
          const step = future.at(-1);
          if (!step || readOnlyReason !== null) return;
          set({
            past: [...past, { label: step.label, workspace }],
            future: future.slice(0, -1),
            workspace: step.workspace,
            typingIn: null,
            drafts: {},
          });
        },
        setReadOnly: (reason) => set((state) => { state.readOnlyReason = reason; }),
        applyGoalSeek: (field, value, targetGBPPerHour) => {
          if (get().readOnlyReason !== null) return;
          const what = field === 'budgetGBP' ? 'budget' : 'deployable hours';
          editScenario(`goal seek: ${what} for ${formatPoundsAndPence(targetGBPPerHour)} an hour`, (scenario) => {
            setFigure(scenario[field], value, field === 'budgetGBP' ? formatPounds : hoursText);
          });
          // The field now shows the answer, so an unfinished entry in it gives way.
          set((state) => { delete state.drafts[field]; });
        },
      };
    }),
  );
}

export type PlanStore = ReturnType<typeof createPlanStore>;

const SET_IN_THE_PLANNER = 'Set in the planner';

const hoursText = (hours: number) => `${formatHours(hours, 1)} hours`;

const yotFigureNames: Record<YotFigure, string> = {
  ratePer12Months: 'YOT inspections a year',
  hoursPerInspection: 'hours per YOT inspection',
  beforePhase2: 'YOT inspections before phase 2',
};

const supportingPeopleFigureNames: Record<SupportingPeopleFigure, string> = {
  inspectionsPerYear: 'Supporting People inspections a year',
  hoursPerInspection: 'hours per Supporting People inspection',
};

function jointInspectionOf<T extends Pick<Scenario, 'jointInspections'>>(scenario: T, id: string): T['jointInspections'][number] | undefined {
  return scenario.jointInspections.find((candidate: JointInspection) => candidate.id === id);
}

/**
 * A figure the user typed is theirs, not the report's, and its source says so, naming the figure
 * it replaced; further edits keep that first account rather than piling one on another.
 */
function sourceAfterEdit(source: Source, previous: string): Source {
  if (source.kind === 'assumption' && source.reasoning.startsWith(SET_IN_THE_PLANNER)) return source;
  const replaced = source.kind === 'report'
    ? `the report's figure (${source.ref}) is ${previous}`
    : `it replaced the assumption of ${previous} (${source.reasoning})`;
  return { kind: 'assumption', reasoning: `${SET_IN_THE_PLANNER}; ${replaced}.` };
}

function setFigure(figure: Draft<Figure>, value: number, describe: (value: number) => string) {
  figure.source = sourceAfterEdit(figure.source, describe(figure.value));
  figure.value = value;
}

/** A figure the user set on the ESI board is theirs, not the report's: it says so. */
function boardAssumption(what: string): Source {
  return { kind: 'assumption', reasoning: `Set on the ESI board: ${what}.` };
}

/** The name itself if no scenario has it, else the name with the first free number: "Plan (2)". */
function unusedName(name: string, taken: Set<string>): string {
  if (!taken.has(name)) return name;
  for (let number = 2; ; number += 1) {
    const candidate = `${name} (${number})`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** Reports by scenario object; a scenario no longer held anywhere takes its report with it. */
const reports = new WeakMap<Scenario, PlanReport>();
/** Scenarios in the store are immutable (immer), which is what lets the evaluator reuse unchanged sections. */
const evaluate = createPlanEvaluator();

/**
 * The report for a scenario, evaluated once per scenario: immer gives every edit a new
 * scenario object, so identity tells whether anything changed, and all panels (and the
 * scenario list and comparison, which show several scenarios at once) share one report each.
 */
export function reportFor(scenario: Scenario): PlanReport {
  let report = reports.get(scenario);
  if (report === undefined) {
    report = evaluate(scenario);
    reports.set(scenario, report);
  }
  return report;
}

/** The report of the scenario being edited. */
export const activeReport = (state: PlanState): PlanReport => reportFor(activeScenario(state.workspace));
