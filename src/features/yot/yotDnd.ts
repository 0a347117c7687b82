/**
 * What the YOT plan tells @dnd-kit/core: an inspection is picked up from a month and dropped on
 * another; how the drop month is chosen, where the arrow keys go, and what a screen reader hears.
 */
import {
  closestCenter,
  pointerWithin,
  type Announcements,
  type CollisionDetection,
  type KeyboardCoordinateGetter,
} from '@dnd-kit/core';
import { monthName } from '../../domain/months';
import type { YearMonth } from '../../domain/types';
import { isPlainObject } from '../../domain/unknownValues';

export interface YotDragData {
  kind: 'yot-inspection';
  from: YearMonth;
  /** The month's only inspection: moving it takes the month's handle and menu with it. */
  last: boolean;
}

export interface YotDropData {
  kind: 'yot-month';
  month: YearMonth;
}

export const inspectionDragId = (month: YearMonth) => `yot-from:${month}`;
export const monthDropId = (month: YearMonth) => `yot-to:${month}`;

export function yotDragData(data: unknown): YotDragData | null {
  return isPlainObject(data) && data.kind === 'yot-inspection' ? (data as unknown as YotDragData) : null;
}

export function yotDropData(data: unknown): YotDropData | null {
  return isPlainObject(data) && data.kind === 'yot-month' ? (data as unknown as YotDropData) : null;
}

/**
 * The pointer drops on the month under it, or nowhere. The keyboard has no pointer: the arrow keys
 * put the inspection on a month's centre (see `yotKeyboardMoves`), and the nearest centre is that month.
 */
export const yotCollisions: CollisionDetection = (args) =>
  args.pointerCoordinates ? pointerWithin(args) : closestCenter(args);

/**
 * The arrow keys go from month to month: left and right to the month before and after (on across
 * the rows and years), up and down to the month above and below on the screen, whatever the
 * width lays out. Made for each keyboard drag: where the keys have taken the inspection is kept
 * here rather than read back from dnd-kit's `over`, which trails a key pressed quickly after another.
 */
export function yotKeyboardMoves(months: readonly YearMonth[]): KeyboardCoordinateGetter {
  let position: YearMonth | null = null;
  return (event, { context }) => {
    const { active, collisionRect, droppableRects } = context;
    const dragged = yotDragData(active?.data.current);
    if (!dragged || !collisionRect) return undefined;
    const current = position ?? dragged.from;
    const here = droppableRects.get(monthDropId(current));
    let target: YearMonth | undefined;
    if (event.code === 'ArrowLeft' || event.code === 'ArrowRight') {
      target = months[months.indexOf(current) + (event.code === 'ArrowLeft' ? -1 : 1)];
    } else if ((event.code === 'ArrowUp' || event.code === 'ArrowDown') && here) {
      target = nearestInNextRow(months, droppableRects, here, event.code === 'ArrowDown');
    } else {
      return undefined;
    }
    event.preventDefault();
    const rect = target === undefined ? undefined : droppableRects.get(monthDropId(target));
    if (target === undefined || !rect) return undefined;
    position = target;
    return {
      x: rect.left + rect.width / 2 - collisionRect.width / 2,
      y: rect.top + rect.height / 2 - collisionRect.height / 2,
    };
  };
}

type Rects = Parameters<KeyboardCoordinateGetter>[1]['context']['droppableRects'];
type Rect = NonNullable<ReturnType<Rects['get']>>;

/** The month in the next row down (or up) whose column is nearest this month's. */
function nearestInNextRow(
  months: readonly YearMonth[],
  rects: Rects,
  here: Rect,
  down: boolean,
): YearMonth | undefined {
  const centre = here.left + here.width / 2;
  let best: { month: YearMonth; rowGap: number; columnGap: number } | undefined;
  for (const month of months) {
    const rect = rects.get(monthDropId(month));
    if (!rect) continue;
    const rowGap = down ? rect.top - here.bottom : here.top - rect.bottom;
    if (rowGap < -1) continue;
    const columnGap = Math.abs(rect.left + rect.width / 2 - centre);
    const closer =
      !best || rowGap < best.rowGap - 1 || (Math.abs(rowGap - best.rowGap) <= 1 && columnGap < best.columnGap);
    if (closer) best = { month, rowGap, columnGap };
  }
  return best?.month;
}

/** What a screen reader hears: "An inspection from September 2004, over November 2004." */
export const yotAnnouncements: Announcements = {
  onDragStart({ active }) {
    const dragged = yotDragData(active.data.current);
    return dragged
      ? `Picked up an inspection from ${monthName(dragged.from)}. Use the arrow keys to choose a month.`
      : undefined;
  },
  onDragOver({ active, over }) {
    const dragged = yotDragData(active.data.current);
    const target = yotDropData(over?.data.current);
    if (!dragged) return undefined;
    return target
      ? `An inspection from ${monthName(dragged.from)}, over ${monthName(target.month)}.`
      : `An inspection from ${monthName(dragged.from)}, not over a month.`;
  },
  onDragEnd({ active, over }) {
    const dragged = yotDragData(active.data.current);
    const target = yotDropData(over?.data.current);
    if (!dragged) return undefined;
    if (!target || target.month === dragged.from)
      return `An inspection from ${monthName(dragged.from)}, dropped back; not moved.`;
    return `An inspection moved from ${monthName(dragged.from)} to ${monthName(target.month)}.`;
  },
  onDragCancel({ active }) {
    const dragged = yotDragData(active.data.current);
    return dragged ? `Moving an inspection cancelled; it stays in ${monthName(dragged.from)}.` : undefined;
  },
};

export const screenReaderInstructions = {
  draggable:
    'To move one inspection to another month, press Space or Enter to pick it up, use the arrow keys to choose a month, then press Space or Enter to drop it, or Escape to cancel. The Move one to button in the month does the same without dragging.',
};
