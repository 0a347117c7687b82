import { DndContext, type DragEndEvent } from '@dnd-kit/core';
import { useCallback } from 'react';
import { useVerbs } from '../../store/planContext';
import {
  boardAnnouncements,
  boardCollisions,
  boardKeyboardMoves,
  dragData,
  dropData,
  handleOf,
  screenReaderInstructions,
} from './boardDnd';
import { useBoardSensors } from '../../shared/boardKeyboardSensor';
import { keepInside } from '../../shared/keepInside';
import '../../shared/board.css';
import { useCycle } from './boardSelectors';
import { YearColumn } from './YearColumn';
import { esiVerbs } from '../../store/slices/esiVerbs';

/** What is dragged stays on the board (see `keepInside`). */
const MODIFIERS = [keepInside('.esi-board')];

/**
 * The board of the three-year cycle. While a drag is under way dnd-kit holds where the card is;
 * the store changes once, on the drop, so the drop is one undo step, and Escape or a drop
 * outside the years leaves the plan as it was.
 */
export function EsiBoard() {
  const years = useCycle((cycle) => cycle.years);
  const { moveArea, moveFamily } = useVerbs(esiVerbs);
  const keyboardMoves = useCallback(() => boardKeyboardMoves(years), [years]);
  const sensors = useBoardSensors(keyboardMoves);

  const onDragEnd = useCallback(
    ({ active, over, activatorEvent }: DragEndEvent) => {
      const dragged = dragData(active.data.current);
      const target = dropData(over?.data.current);
      if (!dragged || !target) return;
      // Dropped back on its own year, an Area keeps its month and nothing moves.
      if (dragged.kind === 'area' && target.kind === 'year' && target.year === dragged.year) return;
      if (dragged.kind === 'family') moveFamily(dragged.familyId, target.year);
      else if (target.kind === 'month') moveArea(dragged.areaId, target.year, target.month);
      else moveArea(dragged.areaId, target.year);
      // A card that changed year is drawn afresh in its new column: the keyboard user's focus goes
      // with it, to its handle there, once that is on the page.
      if (activatorEvent instanceof KeyboardEvent) {
        const moved = dragged.kind === 'area' ? dragged : { ...dragged, year: target.year };
        requestAnimationFrame(() => handleOf(moved)?.focus());
      }
    },
    [moveArea, moveFamily],
  );

  // Drop targets are measured as a drag starts (dnd-kit's default), not after each drop, where
  // measuring them would hold up showing the drop's new counts.
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={boardCollisions}
      modifiers={MODIFIERS}
      onDragEnd={onDragEnd}
      accessibility={{ announcements: boardAnnouncements, screenReaderInstructions }}
    >
      <div className="esi-board">
        {years.map((year) => (
          <YearColumn key={year} year={year} />
        ))}
      </div>
    </DndContext>
  );
}
