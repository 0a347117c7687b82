import type { DraggableAttributes } from '@dnd-kit/core';
import { memo, type KeyboardEventHandler } from 'react';

interface DragHandleProps {
  label: string;
  attributes: DraggableAttributes;
  onKeyDown: KeyboardEventHandler | undefined;
  activatorRef: (element: HTMLElement | null) => void;
}

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
    >
      <span aria-hidden="true">⠿</span>
      <span className="visually-hidden">{`Drag ${label}`}</span>
    </button>
  );
});
