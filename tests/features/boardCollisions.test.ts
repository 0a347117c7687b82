/**
 * Where a drop lands on the ESI board (`boardCollisions`): the year or month under the pointer. Each
 * year's column is as long as its Areas; the space below a shorter one is still that year's.
 */
import type { ClientRect, DroppableContainer } from '@dnd-kit/core';
import { describe, expect, it } from 'vitest';
import { boardCollisions, monthDrop, monthDropId, yearDrop, yearDropId } from '../../src/features/esi-cycle/boardDnd';

const rect = (left: number, top: number, width: number, height: number): ClientRect => ({
  left,
  top,
  width,
  height,
  right: left + width,
  bottom: top + height,
});

// Three columns 300 wide: 2003/04 is the longest (to 2,000), 2005/06 the shortest (to 900).
const rects = new Map<string, ClientRect>([
  [yearDropId('2003/04'), rect(0, 100, 300, 1900)],
  [yearDropId('2004/05'), rect(310, 100, 300, 1400)],
  [yearDropId('2005/06'), rect(620, 100, 300, 800)],
  [monthDropId('2005-09'), rect(620, 150, 50, 30)],
]);
const containers = [
  { id: yearDropId('2003/04'), data: { current: yearDrop('2003/04') } },
  { id: yearDropId('2004/05'), data: { current: yearDrop('2004/05') } },
  { id: yearDropId('2005/06'), data: { current: yearDrop('2005/06') } },
  { id: monthDropId('2005-09'), data: { current: monthDrop('2005-09', '2005/06') } },
] as unknown as DroppableContainer[];

// On a narrow screen the years are stacked: 2003/04 above 2004/05 above 2005/06.
const stackedRects = new Map<string, ClientRect>([
  [yearDropId('2003/04'), rect(0, 100, 300, 1900)],
  [yearDropId('2004/05'), rect(0, 2010, 300, 1400)],
  [yearDropId('2005/06'), rect(0, 3420, 300, 800)],
  [monthDropId('2005-09'), rect(0, 3470, 50, 30)],
]);

function overAt(x: number, y: number, droppableRects = rects): string[] {
  const collisions = boardCollisions({
    active: { id: 'esi-board', data: { current: {} }, rect: { current: { initial: null, translated: null } } },
    collisionRect: rect(x - 10, y - 10, 20, 20),
    droppableRects,
    droppableContainers: containers,
    pointerCoordinates: { x, y },
  });
  return collisions.map((collision) => String(collision.id));
}

describe('where a drop lands on the ESI board', () => {
  it('is the year whose column holds the pointer', () => {
    expect(overAt(450, 600)).toEqual([yearDropId('2004/05')]);
  });

  it('is a month rather than its year when the pointer is on the month', () => {
    expect(overAt(640, 160)).toEqual([monthDropId('2005-09')]);
  });

  it('is a shorter year below its last Area, down to the foot of the longest column', () => {
    expect(overAt(700, 1500)).toEqual([yearDropId('2005/06')]);
    expect(overAt(700, 2000)).toEqual([yearDropId('2005/06')]);
  });

  it('is nowhere below the longest column, above the board or between the columns', () => {
    expect(overAt(700, 2001)).toEqual([]);
    expect(overAt(150, 50)).toEqual([]);
    expect(overAt(305, 600)).toEqual([]);
  });

  it('is the year holding the pointer when the years are stacked, not a year above it reaching down to the foot', () => {
    expect(overAt(150, 2500, stackedRects)).toEqual([yearDropId('2004/05')]);
    expect(overAt(150, 4000, stackedRects)).toEqual([yearDropId('2005/06')]);
    expect(overAt(20, 3480, stackedRects)).toEqual([monthDropId('2005-09')]);
    expect(overAt(150, 1000, stackedRects)).toEqual([yearDropId('2003/04')]);
  });
});
