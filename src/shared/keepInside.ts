import type { ClientRect, Modifier } from '@dnd-kit/core';

/**
 * A dnd-kit modifier that keeps what is dragged inside the element around where it was picked up
 * that matches `selector`, wherever the pointer goes; where it drops still follows the pointer.
 * Past that element's edge it would make the page longer or wider there, and dnd-kit's auto-scroll,
 * which scrolls the page while the pointer is held near the window's edge, then scrolled after it
 * into empty space, for as long as it was held.
 */
export function keepInside(selector: string): Modifier {
  return ({ activatorEvent, draggingNodeRect, transform }) => {
    // Not the keyboard's drags, which do not auto-scroll: the arrow keys put what is dragged with its
    // centre on a target's, which for a month at the edge takes it past the edge; kept inside, its
    // centre would be over the month beside it.
    if (activatorEvent instanceof KeyboardEvent) return transform;
    const area = activatorEvent?.target instanceof Element ? activatorEvent.target.closest(selector) : null;
    return area && draggingNodeRect
      ? { ...transform, ...keepWithin(draggingNodeRect, area.getBoundingClientRect(), transform) }
      : transform;
  };
}

/**
 * The move nearest to `move` that keeps `rect` within `bounds`. dnd-kit gives the dragged element's
 * rect such that, moved by the move, it is where the window shows it now; `bounds` is read now too.
 */
export function keepWithin(
  rect: ClientRect,
  bounds: Pick<ClientRect, 'left' | 'top' | 'right' | 'bottom'>,
  move: { x: number; y: number },
): { x: number; y: number } {
  return {
    x: Math.min(Math.max(move.x, bounds.left - rect.left), bounds.right - rect.right),
    y: Math.min(Math.max(move.y, bounds.top - rect.top), bounds.bottom - rect.bottom),
  };
}
