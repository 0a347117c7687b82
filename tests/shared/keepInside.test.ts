/**
 * How far a pointer's drag may move what it carries: as far as the pointer goes, but no further than
 * the edges of its board (`keepWithin`, which the `keepInside` modifier gives dnd-kit).
 */
import { describe, expect, it } from 'vitest';
import { keepWithin } from '../../src/shared/keepInside';

const rect = (left: number, top: number, width: number, height: number) => ({
  left,
  top,
  width,
  height,
  right: left + width,
  bottom: top + height,
});

describe('what is dragged stays inside its board (keepWithin)', () => {
  const board = { left: 0, top: 100, right: 920, bottom: 2000 };
  const card = rect(320, 500, 280, 90);

  it('moves as the pointer does while it stays within the board', () => {
    expect(keepWithin(card, board, { x: 300, y: -350 })).toEqual({ x: 300, y: -350 });
  });

  it('stops at the board’s edges when the pointer goes past them', () => {
    expect(keepWithin(card, board, { x: 500, y: 0 })).toEqual({ x: 320, y: 0 });
    expect(keepWithin(card, board, { x: -400, y: 0 })).toEqual({ x: -320, y: 0 });
    expect(keepWithin(card, board, { x: 0, y: 1600 })).toEqual({ x: 0, y: 1410 });
    expect(keepWithin(card, board, { x: 0, y: -500 })).toEqual({ x: 0, y: -400 });
  });
});
