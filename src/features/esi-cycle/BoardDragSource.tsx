import { useDraggable } from '@dnd-kit/core';
import { createContext, useContext, useLayoutEffect, useRef, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import { usePlanStore } from '../../store/planContext';
import { activeScenario } from '../../store/planStore';
import { dragDataOfZone, type PickedUp } from './boardDnd';

/** The one draggable of the board. */
const BOARD_DRAG_ID = 'esi-board';

/** Set on what is being dragged (the card or the family) while it moves. */
const DRAGGING_CLASS = 'esi-dragging';

/** The id of dnd-kit's hidden instructions, for each handle's aria-describedby. */
const DragInstructionsContext = createContext<string | undefined>(undefined);

export const useDragInstructionsId = () => useContext(DragInstructionsContext);

/**
 * The board's one drag source. A card or a family header is picked up by the pointer or the keyboard
 * here, at the board, where what it stands for is read from its `data-drag-zone` and the plan; the
 * element is moved with the pointer by setting its transform directly. So no card or header is a
 * dnd-kit draggable of its own, and none re-renders as a drag starts, moves or ends: on a board of
 * hundreds of cards, one draggable per card meant hundreds of re-renders at each of those moments.
 */
export function BoardDragSource({ children }: { children: ReactNode }) {
  const store = usePlanStore();
  const pickedUp: PickedUp = useRef(null);
  const moving = useRef<HTMLElement | null>(null);
  const handle = useRef<HTMLElement | null>(null);
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, isDragging } = useDraggable({ id: BOARD_DRAG_ID, data: pickedUp });

  useLayoutEffect(() => {
    const element = moving.current;
    if (element) element.style.transform = transform ? `translate3d(${transform.x}px, ${transform.y}px, 0)` : '';
  }, [transform]);

  useLayoutEffect(() => {
    const element = moving.current;
    const pressed = handle.current;
    if (!isDragging || !element) return undefined;
    element.classList.add(DRAGGING_CLASS);
    pressed?.setAttribute('aria-pressed', 'true');
    return () => {
      element.classList.remove(DRAGGING_CLASS);
      pressed?.removeAttribute('aria-pressed');
    };
  }, [isDragging]);

  /** Makes the draggable stand for the card or family at `target`, if there is one that can move. */
  const pickUp = (target: EventTarget, byKeyboard: boolean): boolean => {
    // While something is carried, the arrow keys and the drop pass through here too: they pick nothing up.
    if (isDragging || !(target instanceof Element)) return false;
    // The keyboard picks up only from a handle: a card holds other buttons, which keep their keys.
    const zone = (byKeyboard ? target.closest('.esi-card__handle') : target)?.closest<HTMLElement>('[data-drag-zone]');
    const carried = zone ? dragDataOfZone(zone.dataset, activeScenario(store.getState().workspace).esi) : null;
    if (!zone || !carried) return false;
    pickedUp.current = carried;
    moving.current = zone.closest<HTMLElement>('[data-drag-node]');
    setNodeRef(moving.current);
    handle.current = zone.querySelector<HTMLElement>('.esi-card__handle');
    setActivatorNodeRef(handle.current);
    return true;
  };

  const onPointerDown = (event: PointerEvent) => {
    if (pickUp(event.target, false)) (listeners?.onPointerDown as ((event: PointerEvent) => void) | undefined)?.(event);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (pickUp(event.target, true)) (listeners?.onKeyDown as ((event: KeyboardEvent) => void) | undefined)?.(event);
  };

  return (
    <DragInstructionsContext.Provider value={attributes['aria-describedby']}>
      <div className="esi-board" onPointerDown={onPointerDown} onKeyDown={onKeyDown}>
        {children}
      </div>
    </DragInstructionsContext.Provider>
  );
}
