// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FileTransferBar } from '../../src/features/file-transfer/FileTransferBar';
import { renderWithPlan } from '../support/renderWithPlan';

// As when the browser cannot fetch the writer's chunk: the import() of it rejects.
vi.mock('../../src/features/file-transfer/writeWorkbook', () => {
  throw new TypeError('Failed to fetch dynamically imported module');
});

afterEach(cleanup);

describe('the Excel download when its code cannot be fetched', () => {
  it('says so, and what to do, and leaves the button ready to try again', async () => {
    const store = renderWithPlan(<FileTransferBar />);
    const before = store.getState().workspace;
    const button = screen.getByRole('button', { name: 'Download for Excel (.xlsx)' });
    expect(button.getAttribute('aria-describedby')).toBe('excel-hint');
    await userEvent.click(button);
    const alert = await screen.findByRole('alert', { name: 'The Excel file could not be made' });
    expect(alert.textContent).toContain(
      'The part of the planner that writes Excel files could not be fetched. Check your connection and try again; if it still fails, reload the page.',
    );
    expect(alert.textContent).toContain('Your scenarios have not changed');
    expect(store.getState().workspace).toBe(before);
    expect((button as HTMLButtonElement).disabled).toBe(false);
  });
});
