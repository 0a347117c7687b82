// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/domain/types';
import { CapacityChart } from '../../src/features/capacity/CapacityChart';
import { loadFixture } from '../support/fixture';
import { renderWithPlan } from '../support/renderWithPlan';

function renderChart(edit?: (scenario: Scenario) => void) {
  const scenario = loadFixture();
  edit?.(scenario);
  return renderWithPlan(<CapacityChart />, scenario);
}

afterEach(cleanup);

describe('the capacity chart', () => {
  it('names the months over capacity in its accessible summary, and draws a flag for each', () => {
    renderChart();
    const chart = screen.getByRole('img');
    expect(chart.getAttribute('aria-label')).toBe(
      'Bar chart of the hours demanded each month, April 2004 to March 2005, by programme, against the hours available. ' +
        '2 months over capacity: April 2004 (318 hours over), May 2004 (318 hours over). The figures are in the table below the chart.',
    );
    expect(within(chart).getAllByText('over')).toHaveLength(2);
    expect(within(chart).getAllByText('318')).toHaveLength(2);
  });

  it('says so when no month is over capacity', () => {
    renderChart((scenario) => {
      scenario.deployableHours.value = 40_000;
    });
    expect(screen.getByRole('img').getAttribute('aria-label')).toContain('No month is over capacity.');
    expect(within(screen.getByRole('img')).queryByText('over')).toBeNull();
  });
});
