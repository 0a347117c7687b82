/**
 * `npm run bench:board`: the ESI board in Chromium, measured with the Performance API.
 *
 * - Drop → painted: from the pointerup that drops Norfolk into another year to the frame that
 *   shows the new counts and findings (the DOM change is seen by a MutationObserver, and the
 *   paint is taken as the first task after the next animation frame: a user-blocking task posted
 *   from the frame's callback, which the browser runs as soon as the frame's work is done). A timer
 *   posted there instead (as this bench did until session 6) runs after Preact's own timer for its
 *   effects, which it schedules after each paint, and so read 0.2 to 1.6 ms late; it is printed too.
 *   Printed with them: when that frame began, which is when the browser was ready to draw, as well
 *   as when our work was done.
 * - The same instrument on a page that does almost nothing on a pointerup (it changes one number),
 *   measured first in the same browser: the least "drop → painted" can read on this machine, since
 *   it includes waiting for the next frame and the browser's own work to draw it.
 * - Frames during a drag: the intervals between animation frames while a card is dragged across
 *   the board; an interval over 16.7 ms means that frame missed the 60 Hz deadline. The same is
 *   measured on the idle page for comparison (see `idleFrames`).
 * - Opening the board: from following the link to it, from another view, to the first frame
 *   painted with all its cards (median of 5). Not a target of the issue; printed because cards are
 *   drawn in full once before they may be skipped, which costs time here and saves it in a drop.
 *
 * It runs the shipped build, unchanged: the 10× board (420 Areas, `scaleScenario`) is loaded the
 * way a user would load it, as a scenario file through "Import a scenario file". The build goes
 * to its own folder and is served on its own port, so it never collides with the e2e server on
 * 4173. It prints figures and asserts nothing. Targets (issue 4): drop → painted ≤ 16 ms at 1×
 * and ≤ 50 ms at 10×; at least 95% of frames under 16.7 ms during a drag at 10×.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { serializeScenario } from '../../src/domain/scenarioFile';
import { loadFixture } from '../support/fixture';
import { scaleScenario } from './scaleScenario';

const root = fileURLToPath(new URL('../..', import.meta.url));
const OUT_DIR = 'test-results/bench-board/dist';
const PORT = 4183;
const BASE = `http://127.0.0.1:${PORT}`;
const DROPS = 40;
const OPENS = 5;
const FRAME_BUDGET_MS = 16.7;

function build(): void {
  const result = spawnSync('npx', ['--no-install', 'vite', 'build', '--outDir', OUT_DIR, '--emptyOutDir'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('vite build failed');
}

async function listening(): Promise<boolean> {
  try {
    return (await fetch(BASE)).ok;
  } catch {
    return false;
  }
}

async function serve(): Promise<ChildProcess> {
  if (await listening()) throw new Error(`Port ${PORT} is already in use; the benchmark serves its own build there.`);
  const server = spawn('npx', ['--no-install', 'vite', 'preview', '--outDir', OUT_DIR, '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], { cwd: root, stdio: 'ignore', detached: true });
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (await listening()) return server;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`vite preview did not start on port ${PORT}`);
}

function scenarioFileText(scale: number): string {
  return serializeScenario(scaleScenario(loadFixture(), scale));
}

async function openBoard(page: Page, scale: number): Promise<void> {
  // tsx keeps function names with an `__name` helper that the page does not have.
  await page.addInitScript({ content: 'window.__name = (fn) => fn;' });
  await page.goto(BASE);
  if (scale > 1) {
    await page.getByLabel('Import a scenario file').setInputFiles({ name: `hmip-x${scale}.json`, mimeType: 'application/json', buffer: Buffer.from(scenarioFileText(scale)) });
    await page.getByText(`×${scale} (benchmark)`).first().waitFor();
  }
  await page.goto(`${BASE}/#/esi-cycle`);
  await page.getByRole('heading', { level: 2, name: 'ESI three-year cycle' }).waitFor();
}

/** What `instrumentDrops` records of one drop, in ms from the pointerup's time stamp. */
interface DropTimes {
  queued: number;
  dom: number;
  frame: number;
  painted: number;
  timer: number;
}

/** Records, for each pointerup, when the 2004/05 count changed in the DOM and when the next frame was painted. */
async function instrumentDrops(page: Page): Promise<void> {
  await page.evaluate(() => {
    const results: DropTimes[] = [];
    (window as unknown as { benchDrops: typeof results }).benchDrops = results;
    document.addEventListener('pointerup', (event) => {
      const start = event.timeStamp;
      const queued = performance.now() - start;
      const count = document.querySelector('[data-testid="esi-count-2004/05"]');
      if (!count) return;
      const before = count.textContent;
      const observer = new MutationObserver(() => {
        if (count.textContent === before) return;
        observer.disconnect();
        const dom = performance.now() - start;
        requestAnimationFrame((frameStart) => {
          const drop = { queued, dom, frame: frameStart - start, painted: Number.NaN, timer: Number.NaN };
          void scheduler.postTask(() => { drop.painted = performance.now() - start; }, { priority: 'user-blocking' });
          setTimeout(() => {
            drop.timer = performance.now() - start;
            results.push(drop);
          }, 0);
        });
      });
      observer.observe(count, { childList: true, characterData: true, subtree: true });
    }, { capture: true });
  });
}

/**
 * Where Norfolk's handle is and where to drop it: sideways into the other year's column. Found by
 * CSS before the drag, not by role during it, so the locator's work on a large page is not timed.
 */
async function norfolkPath(page: Page, toYear: string) {
  const handle = page.locator('[data-area-id="norfolk"] .esi-card__handle');
  await handle.scrollIntoViewIfNeeded();
  const from = await handle.boundingBox();
  const to = await page.locator(`section[data-year="${toYear}"]`).boundingBox();
  if (!from || !to) throw new Error('Norfolk or its target year is not on the board');
  const y = from.y + from.height / 2;
  return { from: { x: from.x + from.width / 2, y }, to: { x: to.x + to.width / 2, y: Math.min(Math.max(y, to.y + 10), to.y + to.height - 10) } };
}

type DragPath = Awaited<ReturnType<typeof norfolkPath>>;

async function drag(page: Page, path: DragPath, steps: number): Promise<void> {
  await page.mouse.move(path.from.x, path.from.y);
  await page.mouse.down();
  await page.mouse.move(path.to.x, path.to.y, { steps });
  await page.mouse.up();
}

/** Times `DROPS` drags, each along the path `pathOf` gives for it, as `instrumentDrops` records them. */
async function dropTimes(page: Page, pathOf: (drop: number) => Promise<DragPath>): Promise<Record<keyof DropTimes, number[]>> {
  await instrumentDrops(page);
  for (let drop = 0; drop < DROPS; drop += 1) {
    await drag(page, await pathOf(drop), 8);
    await page.waitForFunction((expected) => (window as unknown as { benchDrops: unknown[] }).benchDrops.length >= expected, drop + 1);
  }
  const drops = await page.evaluate(() => (window as unknown as { benchDrops: DropTimes[] }).benchDrops);
  const each = (key: keyof DropTimes) => drops.map((drop) => drop[key]);
  return { queued: each('queued'), dom: each('dom'), frame: each('frame'), painted: each('painted'), timer: each('timer') };
}

/** Norfolk there and back between 2004/05 and 2005/06. */
const norfolkDrops = (page: Page) => dropTimes(page, (drop) => norfolkPath(page, drop % 2 === 0 ? '2005/06' : '2004/05'));

/**
 * "Drop → painted" on a page whose pointerup only changes one number, drawn the same way as the
 * board's drops: the part of the figure that is the browser's, not the planner's.
 */
async function floorTimes(page: Page) {
  await page.setContent(`<p data-testid="esi-count-2004/05">0</p><div style="height:300px"></div>
    <script>document.addEventListener('pointerup', () => { const count = document.querySelector('p'); count.textContent = String(Number(count.textContent) + 1); });</script>`);
  const path = { from: { x: 100, y: 100 }, to: { x: 300, y: 200 } };
  return dropTimes(page, () => Promise.resolve(path));
}

/** The intervals between animation frames while `during` runs. */
async function frameIntervals(page: Page, during: () => Promise<void>): Promise<number[]> {
  await page.evaluate(() => {
    const frames: number[] = [];
    const state = { frames, running: true, last: performance.now() };
    (window as unknown as { benchFrames: typeof state }).benchFrames = state;
    const tick = (now: number) => {
      frames.push(now - state.last);
      state.last = now;
      if (state.running) requestAnimationFrame(tick);
    };
    requestAnimationFrame((now) => {
      state.last = now;
      requestAnimationFrame(tick);
    });
  });
  await during();
  return page.evaluate(() => {
    const state = (window as unknown as { benchFrames: { frames: number[]; running: boolean } }).benchFrames;
    state.running = false;
    return state.frames;
  });
}

async function dragFrames(page: Page): Promise<number[]> {
  const path = await norfolkPath(page, '2005/06');
  return frameIntervals(page, () => drag(page, path, 120));
}

/**
 * The same measure on the same page with nothing happening. Frame times are read at 0.1 ms and a
 * 60 Hz frame lasts 16.67 ms, so even an idle page has only about half its intervals "under
 * 16.7 ms" (the others read 16.7 or 16.8): this is the ceiling of that figure on this machine.
 */
async function idleFrames(page: Page): Promise<number[]> {
  // After the drag's drop has been shown and saved.
  await page.waitForTimeout(1500);
  return frameIntervals(page, () => page.waitForTimeout(2000));
}

/** Times opening the board from the budget view, `OPENS` times, until all `cards` are on the page and painted. */
async function openTimes(page: Page, cards: number): Promise<number[]> {
  const times: number[] = [];
  for (let open = 0; open < OPENS; open += 1) {
    await page.getByRole('link', { name: 'Budget and hours' }).click();
    await page.getByRole('heading', { level: 2, name: 'ESI three-year cycle' }).waitFor({ state: 'detached' });
    times.push(await page.evaluate((expected) => new Promise<number>((resolve) => {
      const start = performance.now();
      location.hash = '#/esi-cycle';
      const painted = () => requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
      const check = () => (document.querySelectorAll('li.esi-card').length === expected ? painted() : setTimeout(check, 0));
      check();
    }), cards));
  }
  return times;
}

const median = (values: number[]) => quantile(values, 0.5);
function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}
const ms = (value: number) => `${value.toFixed(1)} ms`;
const share = (values: number[], limit: number) => `${((100 * values.filter((value) => value < limit).length) / values.length).toFixed(1)}%`;

build();
const server = await serve();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
try {
  console.log(`Chromium ${browser.version()}; drop → painted over ${DROPS} drops of Norfolk between 2004/05 and 2005/06 (median, 90th percentile).`);
  const floorPage = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const floor = await floorTimes(floorPage);
  await floorPage.close();
  console.log(`\nA page that only changes one number on a pointerup (the least this measure can read here)`);
  console.log(`  drop → next frame begins: median ${ms(median(floor.frame))}; drop → painted: median ${ms(median(floor.painted))}, p90 ${ms(quantile(floor.painted, 0.9))}`);
  console.log(`  (read by a timer after that frame: median ${ms(median(floor.timer))})`);
  for (const scale of [1, 10]) {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await openBoard(page, scale);
    const areas = await page.locator('li.esi-card').count();
    const drops = await norfolkDrops(page);
    const frames = await dragFrames(page);
    const idle = await idleFrames(page);
    const opens = await openTimes(page, areas);
    console.log(`\n${scale}× board (${areas} Areas)`);
    console.log(`  pointerup waiting for the main thread: median ${ms(median(drops.queued))}, p90 ${ms(quantile(drops.queued, 0.9))}`);
    console.log(`  drop → DOM updated:  median ${ms(median(drops.dom))}, p90 ${ms(quantile(drops.dom, 0.9))}`);
    console.log(`  drop → next frame begins: median ${ms(median(drops.frame))}, p90 ${ms(quantile(drops.frame, 0.9))}   (frames begin every 16.7 ms, whenever the drop came)`);
    console.log(`  drop → painted:      median ${ms(median(drops.painted))}, p90 ${ms(quantile(drops.painted, 0.9))}   (target ≤ ${scale === 1 ? 16 : 50} ms)`);
    console.log(`  (read by a timer after that frame, behind Preact's effects: median ${ms(median(drops.timer))}, p90 ${ms(quantile(drops.timer, 0.9))})`);
    console.log(`  frames during a drag: ${frames.length}, median ${ms(median(frames))}, p95 ${ms(quantile(frames, 0.95))}, max ${ms(Math.max(...frames))}`);
    console.log(`  frames under ${FRAME_BUDGET_MS} ms: ${share(frames, FRAME_BUDGET_MS)}; none missed (under 1.5 frames, 25 ms): ${share(frames, 25)}   (target ≥ 95%)`);
    console.log(`  the same page idle: frames under ${FRAME_BUDGET_MS} ms: ${share(idle, FRAME_BUDGET_MS)}; under 25 ms: ${share(idle, 25)}   (the most the figures above can show)`);
    console.log(`  opening the board from another view: median ${ms(median(opens))}, max ${ms(Math.max(...opens))}`);
    await page.close();
  }
} finally {
  await browser.close();
  // The server was started in its own process group: this ends it and the preview it started, nothing else.
  if (server.pid !== undefined && server.exitCode === null) process.kill(-server.pid);
}
