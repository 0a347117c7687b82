/**
 * The time to open a view from another: from the click on its link in the navigation to the first
 * frame painted with the view's content, read in the page as a drop is on the board (see
 * `dropTimes`): the paint is taken as the first task after the next animation frame.
 */
import type { Page } from '@playwright/test';

export interface BenchView {
  id: string;
  /**
   * What the view shows once it is open: the headings of its first and last panels. Not a
   * "Loading…" placeholder, nor anything the view it came from shows.
   */
  shows: string[];
}

/** The planner's views, in the order of the navigation. */
export const VIEWS: BenchView[] = [
  { id: 'budget', shows: ['#budget-heading', '#programmes-heading'] },
  { id: 'scenarios', shows: ['#scenarios-heading'] },
  { id: 'compare', shows: ['#compare-heading'] },
  { id: 'esi-cycle', shows: ['#esi-resolve-heading', '#esi-board-heading', '#esi-settings-heading'] },
  { id: 'yot', shows: ['#yot-summary-heading', '#yot-plan-heading', '#yot-findings-heading'] },
  { id: 'joint-work', shows: ['#joint-register-heading', '#supporting-people-heading'] },
  { id: 'capacity', shows: ['#capacity-chart-heading', '#capacity-profile-heading'] },
];

export function viewNamed(id: string): BenchView {
  const view = VIEWS.find((candidate) => candidate.id === id);
  if (!view) throw new Error(`No view ${id}`);
  return view;
}

const link = (page: Page, view: BenchView) => page.locator(`nav[aria-label="Views"] a[href="#/${view.id}"]`);

/** Opens `view` by its link and waits until it shows its content. */
export async function openView(page: Page, view: BenchView): Promise<void> {
  await link(page, view).click();
  for (const selector of view.shows) await page.locator(selector).waitFor();
}

/** The time, `times` times, to open `to` from `from`, each from `from` opened afresh. */
export async function viewOpenTimes(page: Page, from: BenchView, to: BenchView, times: number): Promise<number[]> {
  const results: number[] = [];
  for (let open = 0; open < times; open += 1) {
    await openView(page, from);
    results.push(await timeViewOpen(page, to));
  }
  return results;
}

async function timeViewOpen(page: Page, view: BenchView): Promise<number> {
  await page.evaluate((selectors) => {
    const open = { ms: Number.NaN };
    (window as unknown as { benchOpen: typeof open }).benchOpen = open;
    document.addEventListener(
      'click',
      (event) => {
        const start = event.timeStamp;
        const shown = () => selectors.every((selector) => document.querySelector(selector) !== null);
        const observer = new MutationObserver(() => {
          if (!shown()) return;
          observer.disconnect();
          requestAnimationFrame(() => {
            void scheduler.postTask(
              () => {
                open.ms = performance.now() - start;
              },
              { priority: 'user-blocking' },
            );
          });
        });
        observer.observe(document.body, { childList: true, subtree: true });
      },
      { capture: true, once: true },
    );
  }, view.shows);
  await link(page, view).click();
  const opened = await page.waitForFunction(() => {
    const { ms } = (window as unknown as { benchOpen: { ms: number } }).benchOpen;
    return Number.isNaN(ms) ? null : ms;
  });
  return (await opened.jsonValue()) as number;
}
