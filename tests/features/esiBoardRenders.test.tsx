// @vitest-environment jsdom
/**
 * What a drag and a drop re-render on the ESI board . Each card and family header is a dnd-kit draggable, but what re-renders
 * with the drag's state is only its frame: no card's contents, family header's menu or column
 * re-renders with a drag, and only the picked-up handle is drawn again, to show it pressed. Renders
 * are counted where they happen: each card's contents render its "Move to…" menu once, each family
 * header its own, each card its drag handle, and each column reads its figures once.
 */
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createElement, memo } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EsiBoard } from '../../src/features/esi-cycle/EsiBoard';
import type { FinancialYear } from '../../src/domain/types';
import { letElementsScrollIntoView, renderWithPlan } from '../support/renderWithPlan';
import { esiVerbs } from '../../src/store/slices/esiVerbs';

const renders = vi.hoisted(() => ({ menus: [] as string[], handles: [] as string[], columns: [] as string[] }));

vi.mock('../../src/shared/MoveMenu', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/shared/MoveMenu')>();
  return {
    ...actual,
    MoveMenu: (props: Parameters<typeof actual.MoveMenu>[0]) => {
      renders.menus.push(props.focusKey);
      return createElement(actual.MoveMenu, props);
    },
  };
});

vi.mock('../../src/features/esi-cycle/DragHandle', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/features/esi-cycle/DragHandle')>();
  return {
    DragHandle: memo((props: Parameters<typeof actual.DragHandle>[0]) => {
      renders.handles.push(props.label);
      return createElement(actual.DragHandle, props);
    }),
  };
});

vi.mock('../../src/features/esi-cycle/boardSelectors', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/features/esi-cycle/boardSelectors')>();
  return {
    ...actual,
    useYearFigures: (year: FinancialYear) => {
      renders.columns.push(year);
      return actual.useYearFigures(year);
    },
  };
});

const renderBoard = () => renderWithPlan(<EsiBoard />);

function forget() {
  renders.menus.length = 0;
  renders.handles.length = 0;
  renders.columns.length = 0;
}

const NORFOLK = 'Norfolk, Small size, low density';

beforeEach(letElementsScrollIntoView);

afterEach(cleanup);

describe('what the ESI board re-renders', () => {
  it('renders every card, family header and column once to start with', () => {
    renderBoard();
    const cards = document.querySelectorAll('li.esi-card').length;
    expect(cards).toBe(42);
    expect(renders.menus.filter((key) => key.startsWith('area:'))).toHaveLength(cards);
    expect(renders.columns.sort()).toEqual(['2003/04', '2004/05', '2005/06']);
  });

  it('re-renders no card’s contents, family menu or column while a card is picked up and put back, and of the handles only its own', async () => {
    renderBoard();
    forget();
    const handle = screen.getByRole('button', { name: `Drag ${NORFOLK}` });
    handle.focus();
    fireEvent.keyDown(handle, { code: 'Space', key: ' ' });
    await waitFor(() => expect(handle.getAttribute('aria-pressed')).toBe('true'));
    fireEvent.keyDown(document, { code: 'Escape', key: 'Escape' });
    await waitFor(() => expect(handle.getAttribute('aria-pressed')).toBeNull());

    expect(renders.menus).toEqual([]);
    expect(renders.columns).toEqual([]);
    // Marked pressed, and then not.
    expect(renders.handles).toEqual([NORFOLK, NORFOLK]);
  });

  it('re-renders, on a drop of Norfolk in 2005/06, only Norfolk, its family headers and the two years', () => {
    const store = renderBoard();
    forget();
    // What the board does on the drop (and the "Move to…" menu on a choice).
    act(() => esiVerbs(store).moveArea('norfolk', '2005/06'));

    expect(
      within(document.querySelector('section[data-year="2005/06"]') as HTMLElement).getByText('Norfolk'),
    ).toBeTruthy();
    expect(renders.menus.filter((key) => key.startsWith('area:'))).toEqual(['area:norfolk']);
    expect(new Set(renders.menus.filter((key) => key.startsWith('family:')))).toEqual(
      new Set(['family:small-low-density']),
    );
    expect(renders.columns.sort()).toEqual(['2004/05', '2005/06']);
    // Norfolk's card, and its family's header in 2005/06, where the family had no Area before.
    expect(new Set(renders.handles)).toEqual(new Set([NORFOLK, 'the Small size, low density family (9 Areas)']));
  });
});
