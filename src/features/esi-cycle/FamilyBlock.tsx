import { memo, useCallback, useMemo, type ReactNode } from 'react';
import { familyOf, familyPosition, familyTally } from '../../domain/esiLookups';
import { formatNumber } from '../../domain/format';
import type { FinancialYear } from '../../domain/types';
import { usePlanStore } from '../../store/planContext';
import { AreaCard, familyColourClass } from './AreaCard';
import { familyDragId, familyDragLabel, type DragData } from './boardDnd';
import { DragHandle } from './DragHandle';
import { useCycle, useFamilySplit } from './boardSelectors';
import { useBoardDraggable } from './useBoardDraggable';
import { MoveMenu, type MoveOptionGroup } from '../../shared/MoveMenu';
import { esiVerbs } from '../../store/slices/esiVerbs';

type FamilyDrag = Extract<DragData, { kind: 'family' }>;

interface FamilyBlockProps {
  familyId: string;
  year: FinancialYear;
  areaIds: string[];
}

/**
 * A family's Areas within one year, under a header that moves the whole family (by drag, keyboard
 * or menu).
 */
export const FamilyBlock = memo(
  function FamilyBlock({ familyId, year, areaIds }: FamilyBlockProps) {
    const { name, colour, total, movable, years } = useCycle((cycle) => ({
      name: familyOf(cycle, familyId)?.name ?? familyId,
      colour: familyPosition(cycle, familyId),
      ...familyTally(cycle, familyId),
      years: cycle.years,
    }));
    const split = useFamilySplit(familyId);
    const headingId = `family-${familyId}-${year.replace('/', '-')}`;
    const label = familyDragLabel(name, total);
    const drag = useMemo(() => ({ kind: 'family' as const, familyId, year, label }), [familyId, year, label]);
    const heading = (
      <>
        <h4 id={headingId} className="esi-family__name">
          <span className="esi-family__swatch" aria-hidden="true" />
          {`${name} `}
          <span className="esi-family__count">{`(${formatNumber(areaIds.length)} of ${formatNumber(total)} here)`}</span>
        </h4>
        <FamilyMenu
          familyId={familyId}
          name={name}
          year={year}
          years={years}
          locked={movable === 0}
          split={split !== null}
        />
      </>
    );
    return (
      <DraggableFamily
        drag={drag}
        locked={movable === 0}
        className={`esi-family ${familyColourClass(colour)}`}
        headingId={headingId}
        heading={heading}
      >
        {split && (
          <p className="esi-family__split">
            <strong>Warning:</strong> {split}
          </p>
        )}
        <ul className="esi-family__areas">
          {areaIds.map((areaId) => (
            <AreaCard key={areaId} areaId={areaId} />
          ))}
        </ul>
      </DraggableFamily>
    );
  },
  (before, after) =>
    before.familyId === after.familyId && before.year === after.year && sameIds(before.areaIds, after.areaIds),
);

interface DraggableFamilyProps {
  drag: FamilyDrag;
  /** Every Area of the family is done: it cannot move, and its header has no handle. */
  locked: boolean;
  className: string;
  headingId: string;
  heading: ReactNode;
  children: ReactNode;
}

/** A family that can move by its header: it alone re-renders with the drag's state, not what it holds. */
function DraggableFamily({ drag, locked, className, headingId, heading, children }: DraggableFamilyProps) {
  const { movable, setNodeRef, style, draggingClass, onPointerDown, handle } = useBoardDraggable(
    familyDragId(drag.familyId, drag.year),
    drag,
    locked,
  );
  return (
    <section
      ref={setNodeRef}
      style={style}
      className={`${className}${draggingClass}`}
      aria-labelledby={headingId}
      data-family-id={drag.familyId}
    >
      <div className="esi-family__header" onPointerDown={onPointerDown}>
        {movable && <DragHandle label={drag.label} {...handle} />}
        {heading}
      </div>
      {children}
    </section>
  );
}

/** A year's families are regrouped whenever its Areas change; a family whose Areas are the same need not re-render. */
const sameIds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id, index) => id === b[index]);

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
  const groups = useCallback(
    (): MoveOptionGroup[] => [
      {
        label: 'Years',
        options: years.map((candidate) => ({
          key: candidate,
          label: candidate,
          current: !split && candidate === year,
          choose: () => esiVerbs(store).moveFamily(familyId, candidate),
        })),
      },
    ],
    [years, split, year, store, familyId],
  );
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
