import { memo } from 'react';
import { useDragInstructionsId } from './BoardDragSource';

/**
 * The grip of a card or a family header: the keyboard picks it up here (a pointer can take the whole
 * of it). The board's drag source does the picking up (see `BoardDragSource`), so the handle holds
 * no drag state and does not re-render with a drag.
 */
export const DragHandle = memo(function DragHandle({ label }: { label: string }) {
  return (
    <button type="button" className="board-handle esi-card__handle" aria-roledescription="draggable" aria-describedby={useDragInstructionsId()}>
      <span aria-hidden="true">⠿</span>
      <span className="visually-hidden">{`Drag ${label}`}</span>
    </button>
  );
});
