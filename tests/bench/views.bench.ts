/**
 * `npm run bench:views`: the time to open each view of the planner from the view before it in the
 * navigation (Budget and hours from the last), on the shipped 2004/05 plan in Chromium: from the
 * click on its link to the first frame painted with its content (see `viewOpenTimes`), median of
 * `OPENS`. Target: at most 100 ms each (docs/performance.md). A report, not a test: it prints PASS or FAIL
 * and the exit code stays 0 (timings on shared machines are too noisy to gate on).
 */
import { benchPage, buildAndServe, launchChromium } from './previewServer';
import { median, ms, verdict } from './stats';
import { VIEWS, openView, viewOpenTimes } from './viewOpen';

const OPENS = 5;
const TARGET_MS = 100;

const server = await buildAndServe('views', 4184);
const browser = await launchChromium();
try {
  const page = await benchPage(browser);
  await page.goto(server.base);
  await openView(page, VIEWS[0]!);
  console.log(
    `Chromium ${browser.version()}; opening each view from the one before it, click → painted with its content (median of ${OPENS}, max).`,
  );
  for (const [index, to] of VIEWS.entries()) {
    const from = VIEWS[(index + VIEWS.length - 1) % VIEWS.length]!;
    const times = await viewOpenTimes(page, from, to, OPENS);
    const typical = median(times);
    console.log(
      `  #/${from.id} → #/${to.id}: median ${ms(typical)}, max ${ms(Math.max(...times))}   ${verdict(typical <= TARGET_MS)} (target ≤ ${TARGET_MS} ms)`,
    );
  }
} finally {
  await browser.close();
  server.close();
}
