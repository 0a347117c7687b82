/** The accessibility check every e2e spec makes of the page as it stands. */
import axe from 'axe-core';
import { expect, type Page } from '@playwright/test';
import { WCAG_22_AA } from './wcagTags';

type WithAxe = Window & { axe?: typeof axe };

/**
 * Fails with each violated rule and the elements that break it, so the failure says what to fix.
 * axe-core runs in the page itself: the planner has no frames, so a runner that checks each frame
 * apart and joins the results in a page of its own would only take longer.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  expect(page.frames(), 'a frame in the page needs a check of its own').toHaveLength(1);
  if (!(await page.evaluate(() => (window as WithAxe).axe !== undefined))) await page.evaluate(axe.source);
  const violations = await page.evaluate(async (tags) => {
    const checker = (window as WithAxe).axe;
    if (!checker) throw new Error('axe-core did not load in the page');
    const results = await checker.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return results.violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
  }, WCAG_22_AA);
  expect(violations).toEqual([]);
}
