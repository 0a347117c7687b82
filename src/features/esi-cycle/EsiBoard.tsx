import { DndContext, PointerSensor, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { useCallback, useMemo } from 'react';
import { usePlan } from '../../store/planContext';
import { boardAnnouncements, boardCollisions, boardKeyboard, dragData, dropData, screenReaderInstructions } from './boardDnd';
import { BoardKeyboardSensor } from '../../shared/boardKeyboardSensor';
import { useCycle } from './boardSelectors';
import { YearColumn } from './YearColumn';

/** Far enough that a click on a card's buttons never starts a drag. */
const POINTER_ACTIVATION_PX = 6;

/**
 * The board of the three-year cycle. While a drag is under way dnd-kit holds where the card is;
 * the store changes once, on the drop, so the drop is one undo step, and Escape or a drop
 * outside the years leaves the plan as it was.
 */
export function EsiBoard() {
  const years = useCycle((cycle) => cycle.years);
  const moveArea = usePlan((state) => state.moveArea);
  const moveFamily = usePlan((state) => state.moveFamily);
  const keyboard = useMemo(() => boardKeyboard(years), [years]);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: POINTER_ACTIVATION_PX } }),
    useSensor(BoardKeyboardSensor, { coordinateGetter: keyboard.coordinateGetter }),
  );

  const onDragEnd = useCallback(({ active, over }: DragEndEvent) => {
    const dragged = dragData(active.data.current);
    const target = dropData(over?.data.current);
    if (!dragged || !target) return;
    if (dragged.kind === 'family') moveFamily(dragged.familyId, target.year);
    else if (target.kind === 'month') moveArea(dragged.areaId, target.year, target.month);
    // Dropped back on its own year: it keeps its month.
    else if (target.year !== dragged.year) moveArea(dragged.areaId, target.year);
  }, [moveArea, moveFamily]);

  // Drop targets are measured as a drag starts (dnd-kit's default), not after each drop, where
  // measuring them would hold up showing the drop's new counts.
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={boardCollisions}
      onDragStart={keyboard.reset}
      onDragEnd={onDragEnd}
      accessibility={{ announcements: boardAnnouncements, screenReaderInstructions }}
    >
      <div className="esi-board">
        {years.map((year) => <YearColumn key={year} year={year} />)}
      </div>
    </DndContext>
  );
}
