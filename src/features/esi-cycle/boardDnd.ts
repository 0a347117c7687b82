/**
 * What the board tells @dnd-kit/core: the ids and data of its draggables and drop targets, how a
 * drop target is chosen, where the arrow keys go, and what a screen reader hears.
 */
import {
  type Announcements,
  type Collision,
  type CollisionDetection,
  type DroppableContainer,
  type KeyboardCoordinateGetter,
} from '@dnd-kit/core';
import { formatCount } from '../../domain/format';
import { monthName, monthsOf } from '../../domain/months';
import type { FinancialYear, YearMonth } from '../../domain/types';
import { isPlainObject } from '../../domain/unknownValues';

/** What is being dragged: one Area, or a family's Areas in one year (a header stands for the whole family). */
export type DragData =
  | { kind: 'area'; areaId: string; year: FinancialYear; label: string }
  | { kind: 'family'; familyId: string; year: FinancialYear; label: string };

/** Where it can be dropped: a year, or a month within a year. */
export type DropData =
  | { kind: 'year'; year: FinancialYear; label: string }
  | { kind: 'month'; year: FinancialYear; month: YearMonth; label: string };

export const areaDragId = (areaId: string) => `area:${areaId}`;
export const familyDragId = (familyId: string, year: FinancialYear) => `family:${familyId}:${year}`;

/** The handle of a card, or of a family's header in a year, on the page as it is now. */
export function handleOf(
  dragged: { kind: 'area'; areaId: string } | { kind: 'family'; familyId: string; year: FinancialYear },
): HTMLElement | null {
  const holder =
    dragged.kind === 'area'
      ? `li[data-area-id="${CSS.escape(dragged.areaId)}"]`
      : `section[data-year="${CSS.escape(dragged.year)}"] section[data-family-id="${CSS.escape(dragged.familyId)}"] > .esi-family__header`;
  return document.querySelector<HTMLElement>(`${holder} .esi-card__handle`);
}

/** What a screen reader calls an Area being moved: "Norfolk, Small size, low density". */
export const areaDragLabel = (areaName: string, familyName: string) => `${areaName}, ${familyName}`;

/** What a screen reader calls a family being moved: "the Metropolitan (and London) family (7 Areas)". */
export const familyDragLabel = (familyName: string, areas: number) =>
  `the ${familyName} family (${formatCount(areas, 'Area')})`;

export const yearDropId = (year: FinancialYear) => `year:${year}`;
export const monthDropId = (month: YearMonth) => `month:${month}`;

export const yearDrop = (year: FinancialYear): DropData => ({ kind: 'year', year, label: year });
export const monthDrop = (month: YearMonth, year: FinancialYear): DropData => ({
  kind: 'month',
  year,
  month,
  label: `${monthName(month)} (${year})`,
});

export function dragData(data: unknown): DragData | null {
  return isPlainObject(data) && (data.kind === 'area' || data.kind === 'family') ? (data as unknown as DragData) : null;
}

export function dropData(data: unknown): DropData | null {
  return isPlainObject(data) && (data.kind === 'year' || data.kind === 'month') ? (data as DropData) : null;
}

/**
 * The target under the pointer, or with the keyboard (no pointer) under the centre of the dragged
 * card, which the arrow keys put on a target's centre (see `boardKeyboardMoves`). A month lies inside
 * its year's column, so a point can be over both: the month wins. A year's column is as long as its
 * Areas, and the space below a shorter one, down to the foot of the longest, is that year's too,
 * where no other year is there (stacked on a narrow screen, the years are below one another).
 * Run on every pointer move, so it looks at the three years and then only the months of the one
 * holding the point: each side of a dnd-kit rect is worked out afresh from the scroll positions of
 * the page each time it is read.
 */
export const boardCollisions: CollisionDetection = ({
  pointerCoordinates,
  collisionRect,
  droppableContainers,
  droppableRects,
}) => {
  const point = pointerCoordinates ?? {
    x: collisionRect.left + collisionRect.width / 2,
    y: collisionRect.top + collisionRect.height / 2,
  };
  const holds = (container: DroppableContainer, foot?: number) => {
    const rect = droppableRects.get(container.id);
    return (
      rect !== undefined &&
      point.x >= rect.left &&
      point.x <= rect.right &&
      point.y >= rect.top &&
      point.y <= (foot ?? rect.bottom)
    );
  };
  const years = droppableContainers.filter((container) => dropData(container.data.current)?.kind === 'year');
  const foot = Math.max(
    ...years.map((container) => droppableRects.get(container.id)?.bottom ?? Number.NEGATIVE_INFINITY),
  );
  // A year that holds the point itself comes first: on a narrow screen the years are stacked, and
  // the space down to the foot of the board is then the years below.
  const yearContainer =
    years.find((container) => holds(container)) ?? years.find((container) => holds(container, foot));
  const year = dropData(yearContainer?.data.current)?.year;
  if (!yearContainer || year === undefined) return NO_COLLISIONS;
  const monthContainer = droppableContainers.find((container) => {
    const target = dropData(container.data.current);
    return target?.kind === 'month' && target.year === year && holds(container);
  });
  const over = monthContainer ?? yearContainer;
  if (lastCollisions[0]?.data?.['droppableContainer'] !== over)
    lastCollisions = [{ id: over.id, data: { droppableContainer: over, value: 0 } }];
  return lastCollisions;
};

/**
 * The same answer is the same array: dnd-kit shares the collisions through a React context, and a
 * new array on every pointer move would have React search the whole board for its readers each time.
 */
const NO_COLLISIONS: Collision[] = [];
let lastCollisions: Collision[] = NO_COLLISIONS;

const ARROWS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown']);

/** Space between a year's months and the dragged card when the arrow keys put it on the year itself. */
const BELOW_MONTHS_PX = 12;

/**
 * The arrow keys jump between real drop targets: left and right between years, down into a
 * year's months (April first) and on through them, up back out to the year. A family moves by
 * year only, so its header skips the months. Made for each keyboard drag: where the keys have
 * taken the card is kept here rather than read back from dnd-kit's `over`, which trails a key
 * pressed quickly after another.
 */
export function boardKeyboardMoves(years: readonly FinancialYear[]): KeyboardCoordinateGetter {
  let position: { year: FinancialYear; month: YearMonth | null } | null = null;
  return (event, { context }) => {
    if (!ARROWS.has(event.code)) return undefined;
    event.preventDefault();
    const { active, collisionRect, droppableRects } = context;
    const dragged = dragData(active?.data.current);
    if (!dragged || !collisionRect) return undefined;
    const year = position?.year ?? dragged.year;
    const month = position?.month ?? null;
    const months = monthsOf(year);

    let target: { id: string; year: FinancialYear | null } | null = null;
    if (event.code === 'ArrowLeft' || event.code === 'ArrowRight') {
      const next = years[years.indexOf(year) + (event.code === 'ArrowLeft' ? -1 : 1)];
      if (next) target = { id: yearDropId(next), year: next };
    } else if (dragged.kind === 'area' && event.code === 'ArrowDown') {
      const next = month === null ? months[0] : months[months.indexOf(month) + 1];
      if (next) target = { id: monthDropId(next), year: null };
    } else if (dragged.kind === 'area' && event.code === 'ArrowUp' && month !== null) {
      const previous = months[months.indexOf(month) - 1];
      target = previous ? { id: monthDropId(previous), year: null } : { id: yearDropId(year), year };
    }
    const rect = target === null ? undefined : droppableRects.get(target.id);
    if (target === null || !rect) return undefined;
    position =
      target.year === null
        ? { year, month: target.id.slice('month:'.length) as YearMonth }
        : { year: target.year, month: null };

    let y = rect.top + rect.height / 2;
    if (target.year !== null) {
      // Sideways into the year's column at the card's own height, so it stays in view; but never
      // onto the year's months, which are drop targets of their own.
      const monthBottoms = monthsOf(target.year).flatMap(
        (candidate) => droppableRects.get(monthDropId(candidate))?.bottom ?? [],
      );
      const highest = Math.max(rect.top, ...monthBottoms) + BELOW_MONTHS_PX + collisionRect.height / 2;
      const lowest = rect.bottom - collisionRect.height / 2;
      y = Math.max(highest, Math.min(collisionRect.top + collisionRect.height / 2, lowest));
    }
    return { x: rect.left + rect.width / 2 - collisionRect.width / 2, y: y - collisionRect.height / 2 };
  };
}

/** What a screen reader hears, naming the Area (or family) and where it is: "Norfolk, Small size, low density, moved to 2005/06." */
export const boardAnnouncements: Announcements = {
  onDragStart({ active }) {
    const dragged = dragData(active.data.current);
    return dragged
      ? `Picked up ${dragged.label}, in ${dragged.year}. Use the arrow keys to choose a year or month.`
      : undefined;
  },
  onDragOver({ active, over }) {
    const dragged = dragData(active.data.current);
    const target = dropData(over?.data.current);
    if (!dragged) return undefined;
    return target ? `${dragged.label}, over ${target.label}.` : `${dragged.label}, not over a year.`;
  },
  onDragEnd({ active, over }) {
    const dragged = dragData(active.data.current);
    const target = dropData(over?.data.current);
    if (!dragged) return undefined;
    if (!target) return `${dragged.label}, dropped outside the years; not moved, still in ${dragged.year}.`;
    if (dragged.kind === 'area' && target.kind === 'year' && target.year === dragged.year)
      return `${dragged.label}, dropped back in ${dragged.year}; not moved.`;
    return `${dragged.label}, moved to ${target.label}.`;
  },
  onDragCancel({ active }) {
    const dragged = dragData(active.data.current);
    return dragged ? `Moving ${dragged.label} cancelled; still in ${dragged.year}.` : undefined;
  },
};

export const screenReaderInstructions = {
  draggable:
    'To move this to another year, press Space or Enter to pick it up, use the left and right arrow keys to choose a year and the down and up arrow keys to choose a month, then press Space or Enter to drop it, or Escape to cancel. The Move to button next to it does the same without dragging.',
};
