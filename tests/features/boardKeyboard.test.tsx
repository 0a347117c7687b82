// @vitest-environment jsdom
/**
 * The boards' keyboard sensor hears a key pressed straight after the one that picked a card up:
 * a quick Space then Escape cancels, and is announced (before, the sensor began listening only
 * after a timer, and a key pressed before it ran was lost).
 */
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { EsiBoard } from '../../src/features/esi-cycle/EsiBoard';
import { letElementsScrollIntoView, renderWithPlan } from '../support/renderWithPlan';

beforeEach(letElementsScrollIntoView);

afterEach(cleanup);

it('cancels a keyboard drag on an Escape pressed straight after the Space that began it', async () => {
  renderWithPlan(<EsiBoard />);
  const handle = screen.getByRole('button', { name: 'Drag Norfolk, Small size, low density' });
  handle.focus();
  fireEvent.keyDown(handle, { code: 'Space', key: ' ' });
  fireEvent.keyDown(document, { code: 'Escape', key: 'Escape' });
  await waitFor(() =>
    expect(document.body.textContent).toContain('Moving Norfolk, Small size, low density cancelled; still in 2004/05.'),
  );
  expect(handle.getAttribute('aria-pressed')).toBeNull();
});
