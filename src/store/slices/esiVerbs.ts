import { familyAreaIds } from '../../domain/esiLookups';
import type { FinancialYear, YearMonth } from '../../domain/types';
import { boardAssumption } from '../figureSources';
import type { EditableField } from '../screenState';
import type { SliceTools } from '../planStore';
import { verbsFor } from '../verbs';
import { activeScenario } from '../workspace';

export interface AreaMove {
  areaId: string;
  year: FinancialYear;
  month?: YearMonth;
}

/** The ESI cycle: which Area is inspected when, and the board's assumptions. Every verb is one undoable step. */
export interface EsiVerbs {
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
}

function createEsiVerbs({ get, editScenario }: SliceTools): EsiVerbs {
  /** Moves planned Areas (done ones stay where they were inspected); a month from another year is dropped. */
  const moveAreas = (moves: AreaMove[], label: string) => {
    const { schedule } = activeScenario(get().workspace).esi;
    const effective = moves.flatMap((move) => {
      const index = schedule.findIndex((candidate) => candidate.areaId === move.areaId);
      const entry = schedule[index];
      return entry && !entry.inspected && (entry.year !== move.year || entry.month !== move.month)
        ? [{ ...move, index }]
        : [];
    });
    if (effective.length === 0) return;
    editScenario(label, (draft) => {
      for (const move of effective) {
        // By index, found above in the plain schedule: searching the draft would make an immer
        // proxy of every entry it passed, most of immer's time in a drop on a large board.
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
    editScenario(
      label,
      (scenario) => {
        const target = scenario.esi[list].find((candidate) => candidate.id === id);
        if (!target) return;
        if (hours === null) delete target.coreHoursPerEsi;
        else
          target.coreHoursPerEsi = {
            value: hours,
            source: boardAssumption(`${words.what(item.name)} (§2.5: the largest Areas need more)`),
          };
      },
      hours === null ? null : words.typingKey,
    );
  };

  return {
    moveArea: (areaId, year, month) => {
      const area = activeScenario(get().workspace).esi.areas.find((candidate) => candidate.id === areaId);
      if (area) moveAreas([{ areaId, year, month }], `move ${area.name} to ${year}`);
    },
    moveFamily: (familyId, year) => {
      const { esi } = activeScenario(get().workspace);
      const family = esi.families.find((candidate) => candidate.id === familyId);
      if (!family) return;
      const members = new Set(familyAreaIds(esi, familyId));
      const moves = esi.schedule
        .filter((entry) => members.has(entry.areaId))
        .map((entry) => ({ areaId: entry.areaId, year }));
      moveAreas(moves, `move ${family.name} to ${year}`);
    },
    applyMoves: (moves, label) => moveAreas(moves, label),
    setEsiMaxPerMonth: (count) =>
      editScenario(
        'change ESIs allowed a month',
        (scenario) => {
          scenario.esi.maxPerMonth = {
            value: count,
            source: boardAssumption('the most ESIs the inspectorate can start in one month'),
          };
        },
        'esi.maxPerMonth',
      ),
    setFamilyCoreHours: (familyId, hours) =>
      setCoreHoursOverride('families', familyId, hours, {
        reset: (name) => `use the standard hours for ${name}`,
        what: (name) => `core hours for each ESI of the ${name} family`,
        typingKey: `esiHours:family:${familyId}`,
      }),
    setAreaCoreHours: (areaId, hours) =>
      setCoreHoursOverride('areas', areaId, hours, {
        reset: (name) => `use the family hours for ${name}`,
        what: (name) => `core hours for ${name}'s ESI`,
        typingKey: `esiHours:area:${areaId}`,
      }),
  };
}

/** The verbs for one store: `esiVerbs(store).…`, or `useVerbs(esiVerbs)` in a component. */
export const esiVerbs = verbsFor(createEsiVerbs);
