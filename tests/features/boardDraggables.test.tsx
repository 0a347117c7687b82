// @vitest-environment jsdom
/**
 * What can be picked up on the ESI board: each Area still to be inspected and each family with such
 * an Area, by a handle named for a screen reader, which dnd-kit describes with its instructions;
 * a done Area, or a family whose Areas are all done, has none.
 */
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EsiBoard } from '../../src/features/esi-cycle/EsiBoard';
import { letElementsScrollIntoView, renderWithPlan } from '../support/renderWithPlan';

beforeEach(letElementsScrollIntoView);

afterEach(cleanup);

describe('what can be picked up on the ESI board', () => {
  it('an Area still to be inspected, by its handle, which names it and its family', () => {
    renderWithPlan(<EsiBoard />);
    const handle = screen.getByRole('button', { name: 'Drag Norfolk, Small size, low density' });
    expect(handle.getAttribute('aria-roledescription')).toBe('draggable');
    expect(document.getElementById(handle.getAttribute('aria-describedby') ?? '')?.textContent).toMatch(
      /^To move this to another year, press Space or Enter/,
    );
    expect(handle.closest('li[data-area-id]')?.getAttribute('data-area-id')).toBe('norfolk');
  });

  it('a family in a year, by the handle in its header, named with its number of Areas', () => {
    renderWithPlan(<EsiBoard />);
    const handle = screen.getByRole('button', { name: 'Drag the Metropolitan (and London) family (7 Areas)' });
    expect(handle.closest('section[data-year]')?.getAttribute('data-year')).toBe('2004/05');
  });

  it('nothing where nothing can move: a done Area, a family whose Areas are all done', () => {
    renderWithPlan(<EsiBoard />);
    expect(screen.queryByRole('button', { name: /^Drag Derbyshire/ })).toBeNull();
    expect(document.querySelector('li[data-area-id="derbyshire"] .esi-card__handle')).toBeNull();
    expect(screen.queryByRole('button', { name: /^Drag the Medium size, higher density family/ })).toBeNull();
  });

  it('marks the handle pressed while what it moves is carried', async () => {
    renderWithPlan(<EsiBoard />);
    const handle = screen.getByRole('button', { name: 'Drag the Metropolitan (and London) family (7 Areas)' });
    handle.focus();
    fireEvent.keyDown(handle, { code: 'Space', key: ' ' });
    await waitFor(() => expect(handle.getAttribute('aria-pressed')).toBe('true'));
    fireEvent.keyDown(document, { code: 'Escape', key: 'Escape' });
    await waitFor(() => expect(handle.getAttribute('aria-pressed')).toBeNull());
  });
});
