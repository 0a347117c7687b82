import { formatHours } from '../../domain/format';
import { checkCommitment, type CommitmentCheck } from '../../domain/jointInspections';
import type { JointInspection, JointPool, Scenario, YearMonth } from '../../domain/types';
import { SET_IN_THE_PLANNER } from '../figureSources';
import type { SliceTools } from '../planStore';
import { verbsFor } from '../verbs';
import { planEditable } from '../history';
import { reportFor } from '../reports';
import { activeScenario } from '../workspace';

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

/** Joint inspections and the contingency they may draw on: every verb is one undoable step. */
export interface JointWorkVerbs {
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
}

function jointInspectionOf<T extends Pick<Scenario, 'jointInspections'>>(
  scenario: T,
  id: string,
): T['jointInspections'][number] | undefined {
  return scenario.jointInspections.find((candidate: JointInspection) => candidate.id === id);
}

function createJointWorkVerbs({ get, editScenario, newId }: SliceTools): JointWorkVerbs {
  return {
    addJointInspection: (inspection) => {
      const id = newId();
      editScenario(`propose ${inspection.name}`, (scenario) => {
        scenario.jointInspections.push({
          id,
          ...inspection,
          status: 'proposed',
          source: { kind: 'assumption', reasoning: `${SET_IN_THE_PLANNER}: proposed by the management group.` },
        });
      });
      return id;
    },
    setJointInspectionHours: (id, hours) => {
      const inspection = jointInspectionOf(activeScenario(get().workspace), id);
      if (!inspection || inspection.status === 'committed') return;
      editScenario(
        `change ${inspection.name} hours`,
        (scenario) => {
          const target = jointInspectionOf(scenario, id);
          if (target) target.hours = hours;
        },
        `joint:${id}:hours`,
      );
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
      if (!inspection || inspection.status === 'committed' || !planEditable(get())) return null;
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
  };
}

/** The verbs for one store: `jointWorkVerbs(store).…`, or `useVerbs(jointWorkVerbs)` in a component. */
export const jointWorkVerbs = verbsFor(createJointWorkVerbs);
