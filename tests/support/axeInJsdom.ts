/** The accessibility check of a component test: axe-core over what Testing Library rendered in jsdom. */
import axe from 'axe-core';
import { expect } from 'vitest';
import { WCAG_22_AA } from './wcagTags';

/**
 * Fails with each violated rule and the elements that break it. Contrast is left to the e2e specs'
 * check in Chromium: jsdom lays nothing out and has no colours to measure.
 */
export async function expectNoAxeViolationsIn(container: Element = document.body): Promise<void> {
  const results = await axe.run(container, {
    runOnly: { type: 'tag', values: WCAG_22_AA },
    rules: { 'color-contrast': { enabled: false } },
  });
  expect(
    results.violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    ),
  ).toEqual([]);
}
