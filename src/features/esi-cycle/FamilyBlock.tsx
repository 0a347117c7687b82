import { memo, useCallback } from 'react';
import { familyOf, familyPosition, familyTally } from '../../domain/esiBoard';
import { formatHours } from '../../domain/format';
import type { FinancialYear } from '../../domain/types';
import { usePlanStore } from '../../store/planContext';
import { AreaCard, familyColourClass } from './AreaCard';
import { dragNode, familyDragLabel, familyZone } from './boardDnd';
import { DragHandle } from './DragHandle';
import { useCycle, useFamilySplit } from './boardSelectors';
import { MoveMenu, type MoveOptionGroup } from '../../shared/MoveMenu';

interface FamilyBlockProps {
  familyId: string;
  year: FinancialYear;
  areaIds: string[];
}

/**
 * A family's Areas within one year, under a header that moves the whole family (by drag, keyboard
 * or menu). As with a card, the header is a drag zone of the board's drag source and holds no drag
 * state of its own.
 */
export const FamilyBlock = memo(function FamilyBlock({ familyId, year, areaIds }: FamilyBlockProps) {
  const { name, colour, total, movable, years } = useCycle((cycle) => ({
    name: familyOf(cycle, familyId)?.name ?? familyId,
    colour: familyPosition(cycle, familyId),
    ...familyTally(cycle, familyId),
    years: cycle.years,
  }));
  const split = useFamilySplit(familyId);
  const headingId = `family-${familyId}-${year.replace('/', '-')}`;
  const locked = movable === 0;
  // When every Area of the family is done it cannot move: its header is no drag zone and has no handle.
  return (
    <section className={`esi-family ${familyColourClass(colour)}`} aria-labelledby={headingId} {...dragNode}>
      <div className="esi-family__header" {...(locked ? {} : familyZone(familyId, year))}>
        {!locked && <DragHandle label={familyDragLabel(name, total)} />}
        <h4 id={headingId} className="esi-family__name">
          <span className="esi-family__swatch" aria-hidden="true" />
          {`${name} `}<span className="esi-family__count">{`(${formatHours(areaIds.length)} of ${formatHours(total)} here)`}</span>
        </h4>
        <FamilyMenu familyId={familyId} name={name} year={year} years={years} locked={locked} split={split !== null} />
      </div>
      {split && <p className="esi-family__split"><strong>Warning:</strong> {split}</p>}
      <ul className="esi-family__areas">
        {areaIds.map((areaId) => <AreaCard key={areaId} areaId={areaId} />)}
      </ul>
    </section>
  );
}, (before, after) => before.familyId === after.familyId && before.year === after.year && sameIds(before.areaIds, after.areaIds));

/** A year's families are regrouped whenever its Areas change; a family whose Areas are the same need not re-render. */
const sameIds = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id, index) => id === b[index]);

interface FamilyMenuProps {
  familyId: string;
  name: string;
  year: FinancialYear;
  years: FinancialYear[];
  locked: boolean;
  split: boolean;
}

const FamilyMenu = memo(function FamilyMenu({ familyId, name, year, years, locked, split }: FamilyMenuProps) {
  // Taken from the store when a choice is made, so the header does not subscribe to it.
  const store = usePlanStore();
  const groups = useCallback((): MoveOptionGroup[] => [{
    label: 'Years',
    options: years.map((candidate) => ({ key: candidate, label: candidate, current: !split && candidate === year, choose: () => store.getState().moveFamily(familyId, candidate) })),
  }], [years, split, year, store, familyId]);
  return (
    <MoveMenu
      text="Move family to…"
      subject={`${name} family`}
      groups={groups}
      disabledReason={locked ? 'Locked: every Area of this family has been inspected.' : null}
      focusKey={`family:${familyId}`}
    />
  );
});
