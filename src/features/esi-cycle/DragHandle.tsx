import type { DraggableAttributes, DraggableSyntheticListeners } from '@dnd-kit/core';
import { memo } from 'react';
import { keyListener } from './boardDnd';

interface DragHandleProps {
  /** What is picked up, for screen readers: "Norfolk, Small size, low density". */
  label: string;
  attributes: DraggableAttributes;
  listeners: DraggableSyntheticListeners;
  setActivatorNodeRef: (element: HTMLElement | null) => void;
}

/**
 * The grip of a card or a family header: the keyboard picks it up here (a pointer can take the whole
 * of it). dnd-kit keeps its props the same object while they are unchanged, so as every draggable
 * re-renders with the drag's state, a handle re-renders only when its own card is picked up or dropped.
 */
export const DragHandle = memo(function DragHandle({ label, attributes, listeners, setActivatorNodeRef }: DragHandleProps) {
  return (
    <button ref={setActivatorNodeRef} type="button" className="esi-card__handle" {...attributes} onKeyDown={keyListener(listeners)}>
      <span aria-hidden="true">⠿</span>
      <span className="visually-hidden">{`Drag ${label}`}</span>
    </button>
  );
});
