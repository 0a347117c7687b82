import { formatNumberToTenths } from '../../domain/format';
import { firstMonthOf, monthName, monthsBetween } from '../../domain/months';
import type { YearMonth } from '../../domain/types';
import { setFigure, sourceAfterEdit } from '../figureSources';
import type { SliceTools } from '../planStore';
import { verbsFor } from '../verbs';
import { reportFor } from '../reports';
import type { YotFigure } from '../screenState';
import { activeScenario } from '../workspace';

/** The YOT inspection programme: its figures and the inspections moved by hand. Every verb is one undoable step. */
export interface YotVerbs {
  /** Moves YOT inspections from one month to another by hand; a move the plan cannot carry is ignored. */
  moveYotInspections: (from: YearMonth, to: YearMonth, count?: number) => void;
  /** Puts the YOT plan back to what its rate gives, as one step. */
  clearYotMoves: () => void;
  setYotFigure: (field: YotFigure, value: number) => void;
  setYotPhase2Start: (month: YearMonth) => void;
}

const yotFigureNames: Record<YotFigure, string> = {
  ratePer12Months: 'YOT inspections a year',
  hoursPerInspection: 'hours per YOT inspection',
  beforePhase2: 'YOT inspections before phase 2',
};

function createYotVerbs({ get, editScenario }: SliceTools): YotVerbs {
  return {
    moveYotInspections: (from, to, count = 1) => {
      const scenario = activeScenario(get().workspace);
      const available = reportFor(scenario).yot.months.find((month) => month.month === from)?.inspections ?? 0;
      if (from === to || count < 1 || available < count || monthsBetween(firstMonthOf(scenario.planningYear), to) < 0)
        return;
      const what = count === 1 ? 'a YOT inspection' : `${count} YOT inspections`;
      editScenario(`move ${what} from ${monthName(from)} to ${monthName(to)}`, (draft) => {
        const moves = draft.yot.moves;
        // Moving back what was moved cancels it out, and moving again along the same path adds to it,
        // so the list of manual changes stays as short as the changes are.
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
      editScenario('put the YOT plan back to its rate', (scenario) => {
        scenario.yot.moves = [];
      });
    },
    setYotFigure: (field, value) =>
      editScenario(
        `change ${yotFigureNames[field]}`,
        (scenario) => {
          setFigure(scenario.yot[field], value, formatNumberToTenths);
        },
        `yot.${field}`,
      ),
    setYotPhase2Start: (month) => {
      if (activeScenario(get().workspace).yot.phase2Start.month === month) return;
      editScenario(
        'change the start of YOT phase 2',
        (scenario) => {
          const { phase2Start } = scenario.yot;
          phase2Start.source = sourceAfterEdit(phase2Start.source, monthName(phase2Start.month));
          phase2Start.month = month;
        },
        'yot.phase2Start',
      );
    },
  };
}

/** The verbs for one store: `yotVerbs(store).…`, or `useVerbs(yotVerbs)` in a component. */
export const yotVerbs = verbsFor(createYotVerbs);
