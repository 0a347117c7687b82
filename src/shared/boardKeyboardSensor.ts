/**
 * The boards' sensors (the ESI cycle, the YOT plan), and their keyboard sensor: dnd-kit's KeyboardSensor without its
 * own scrolling.
 *
 * dnd-kit 6.3.1's KeyboardSensor scrolls the page smoothly whenever the next place lies in the far
 * half of the window, and moves the card by what it expects that scroll to do; on the ESI board a
 * year's months lie above its cards, often out of the window, and the card landed on the year
 * instead. Here the page
 * is scrolled at once, just enough to show where the card goes, and the card is moved by what the
 * scroll really did, so the card and the drop targets are measured against the same window.
 */
import {
  KeyboardCode,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type ClientRect,
  type KeyboardCoordinateGetter,
  type KeyboardSensorOptions,
  type SensorInstance,
  type SensorProps,
} from '@dnd-kit/core';

/** Far enough that a click on a handle or a card's buttons never starts a drag. */
const POINTER_ACTIVATION_PX = 6;

/**
 * The boards' sensors: a pointer that must move a little before it drags, and the keyboard sensor
 * below, which takes a new coordinate getter from `keyboardMoves` for each drag: where the arrow
 * keys have taken the card so far belongs to that drag and goes with it.
 */
export function useBoardSensors(keyboardMoves: () => KeyboardCoordinateGetter) {
  return useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: POINTER_ACTIVATION_PX } }),
    useSensor<BoardKeyboardOptions>(BoardKeyboardSensor, { keyboardMoves }),
  );
}

interface BoardKeyboardOptions extends KeyboardSensorOptions {
  keyboardMoves: () => KeyboardCoordinateGetter;
}

type Coordinates = { x: number; y: number };

const END = new Set<string>([KeyboardCode.Space, KeyboardCode.Enter, KeyboardCode.Tab]);
const CANCEL = new Set<string>([KeyboardCode.Esc]);

/** Room kept between the card and the window's edge, so its focus outline shows. */
const MARGIN_PX = 16;

export class BoardKeyboardSensor implements SensorInstance {
  /** Space or Enter on a card's handle picks it up, as with dnd-kit's own sensor. */
  static activators = KeyboardSensor.activators;

  autoScrollEnabled = false;
  private readonly props: SensorProps<BoardKeyboardOptions>;
  private readonly coordinateGetter: KeyboardCoordinateGetter;
  private reference: Coordinates | null = null;
  private readonly document: Document;

  constructor(props: SensorProps<BoardKeyboardOptions>) {
    this.props = props;
    this.coordinateGetter = props.options.keyboardMoves();
    this.document = props.activeNode.node.current?.ownerDocument ?? document;
    props.activeNode.node.current?.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'instant' });
    props.onStart({ x: 0, y: 0 });
    const view = this.document.defaultView;
    view?.addEventListener('resize', this.cancel);
    view?.addEventListener('visibilitychange', this.cancel);
    // At once, so a key pressed straight after the pick-up is not lost; the key that picked the card
    // up reaches this listener too as it bubbles on to the document, and must not also drop it.
    this.document.addEventListener('keydown', this.onKeyDown);
  }

  private readonly onKeyDown = (event: KeyboardEvent) => {
    if (event === this.props.event) return;
    if (END.has(event.code)) {
      event.preventDefault();
      this.detach();
      this.props.onEnd();
      return;
    }
    if (CANCEL.has(event.code)) {
      this.cancel(event);
      return;
    }
    const context = this.props.context.current;
    const card = context.collisionRect;
    if (!card) return;
    const current = { x: card.left, y: card.top };
    this.reference ??= current;
    const next = this.coordinateGetter(event, { active: this.props.active, context, currentCoordinates: current });
    if (!next) return;
    event.preventDefault();
    const scrolled = scrollIntoView(
      { ...card, left: next.x, top: next.y, right: next.x + card.width, bottom: next.y + card.height },
      context.scrollableAncestors,
    );
    this.props.onMove({ x: next.x - scrolled.x - this.reference.x, y: next.y - scrolled.y - this.reference.y });
  };

  private readonly cancel = (event: Event) => {
    event.preventDefault();
    this.detach();
    this.props.onCancel();
  };

  private readonly detach = () => {
    this.document.removeEventListener('keydown', this.onKeyDown);
    const view = this.document.defaultView;
    view?.removeEventListener('resize', this.cancel);
    view?.removeEventListener('visibilitychange', this.cancel);
  };
}

/**
 * Scrolls each scrolling ancestor, innermost first, just enough to show `rect` (in window
 * coordinates), at once rather than smoothly, and returns how far that moved the content.
 */
function scrollIntoView(rect: ClientRect, ancestors: readonly Element[]): Coordinates {
  const moved = { x: 0, y: 0 };
  for (const element of ancestors) {
    const box =
      element === element.ownerDocument.scrollingElement
        ? { left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight }
        : element.getBoundingClientRect();
    const dx = overflow(rect.left - moved.x, rect.right - moved.x, box.left, box.right);
    const dy = overflow(rect.top - moved.y, rect.bottom - moved.y, box.top, box.bottom);
    if (dx === 0 && dy === 0) continue;
    const before = { x: element.scrollLeft, y: element.scrollTop };
    element.scrollBy({ left: dx, top: dy, behavior: 'instant' });
    moved.x += element.scrollLeft - before.x;
    moved.y += element.scrollTop - before.y;
  }
  return moved;
}

/** How far to scroll so that [start, end] lies within [min, max], its start first if it cannot all fit. */
function overflow(start: number, end: number, min: number, max: number): number {
  if (start < min + MARGIN_PX) return start - min - MARGIN_PX;
  if (end > max - MARGIN_PX) return Math.min(end - max + MARGIN_PX, start - min - MARGIN_PX);
  return 0;
}
