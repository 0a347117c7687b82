// @vitest-environment jsdom
/**
 * The boards' keyboard sensor hears a key pressed straight after the one that picked a card up:
 * a quick Space then Escape cancels, and is announced (before, the sensor began listening only
 * after a timer, and a key pressed before it ran was lost).
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { EsiBoard } from '../../src/features/esi-cycle/EsiBoard';
import { PlanStoreProvider } from '../../src/store/planContext';
import { createPlanStore, workspaceOf } from '../../src/store/planStore';
import type { Scenario } from '../../src/domain/types';

const { scenario } = JSON.parse(readFileSync('fixtures/hmip-2004-05.json', 'utf8')) as { scenario: Scenario };

beforeEach(() => {
  // jsdom lays nothing out and cannot scroll; the keyboard sensor scrolls the card into view as it picks it up.
  Element.prototype.scrollIntoView = () => undefined;
});

afterEach(cleanup);

it('cancels a keyboard drag on an Escape pressed straight after the Space that began it', async () => {
  const store = createPlanStore(workspaceOf(scenario, 'plan-1'), { baseline: scenario, newId: () => 'plan-2' });
  render(<PlanStoreProvider store={store}><EsiBoard /></PlanStoreProvider>);
  const handle = screen.getByRole('button', { name: 'Drag Norfolk, Small size, low density' });
  handle.focus();
  fireEvent.keyDown(handle, { code: 'Space', key: ' ' });
  fireEvent.keyDown(document, { code: 'Escape', key: 'Escape' });
  await waitFor(() => expect(document.body.textContent).toContain('Moving Norfolk, Small size, low density cancelled; still in 2004/05.'));
  expect(handle.getAttribute('aria-pressed')).toBeNull();
});
