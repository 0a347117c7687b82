import type { DraggableAttributes } from '@dnd-kit/core';
import { memo, type KeyboardEventHandler, type MouseEvent } from 'react';

interface DragHandleProps {
  label: string;
  attributes: DraggableAttributes;
  onKeyDown: KeyboardEventHandler | undefined;
  activatorRef: (element: HTMLElement | null) => void;
}

/**
 * A press of the pointer does not focus the grip: a drop draws the card afresh in its new year, and
 * taking a focused element off the page makes the browser lay the page out there and then, before
 * the drop is drawn. The keyboard still reaches the grip by Tab.
 */
const keepFocusWhereItIs = (event: MouseEvent) => event.preventDefault();

/**
 * The grip of a card or a family header, where the keyboard picks it up (see `useBoardDraggable`).
 * Its props change only for the one picked up, so a drag draws no other handle again.
 */
export const DragHandle = memo(function DragHandle({ label, attributes, onKeyDown, activatorRef }: DragHandleProps) {
  return (
    <button
      type="button"
      ref={activatorRef}
      className="board-handle esi-card__handle"
      {...attributes}
      onKeyDown={onKeyDown}
      onMouseDown={keepFocusWhereItIs}
    >
      <span aria-hidden="true">⠿</span>
      <span className="visually-hidden">{`Drag ${label}`}</span>
    </button>
  );
});
