import { useDraggable } from '@dnd-kit/core';
import type { CSSProperties, KeyboardEventHandler, PointerEventHandler } from 'react';
import { usePlanEditable } from '../../store/planContext';
import type { DragData } from './boardDnd';

/**
 * A card or a family (by its header) as a dnd-kit draggable of its own, as the YOT plan's
 * inspections are. The pointer may pick it up anywhere on what holds the handle, the keyboard only
 * from the handle, so the card's other buttons keep their keys; the element given `setNodeRef` and
 * `style` is what moves with the pointer. Nothing moves while the plan is read-only: `movable` says
 * whether to show the handle.
 */
export function useBoardDraggable(id: string, data: DragData, locked = false) {
  const movable = usePlanEditable() && !locked;
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, isDragging } = useDraggable({
    id,
    data,
    disabled: !movable,
  });
  const style: CSSProperties | undefined = transform
    ? { transform: `translate3d(${transform.x}px, ${transform.y}px, 0)` }
    : undefined;
  return {
    movable,
    setNodeRef,
    style,
    draggingClass: isDragging ? ' esi-dragging' : '',
    onPointerDown: listeners?.['onPointerDown'] as PointerEventHandler | undefined,
    handle: {
      attributes,
      onKeyDown: listeners?.['onKeyDown'] as KeyboardEventHandler | undefined,
      activatorRef: setActivatorNodeRef,
    },
  };
}
