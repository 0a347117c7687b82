import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
await page.addInitScript({ content: 'window.__name = (fn) => fn;' });
await page.goto('http://127.0.0.1:4183/');
await page.getByLabel('Import a scenario file').setInputFiles('/tmp/esi-x10.json');
await page.getByText('×10 (benchmark)').first().waitFor();
await page.goto('http://127.0.0.1:4183/#/esi-cycle');
await page.getByRole('heading', { level: 2, name: 'ESI three-year cycle' }).waitFor();
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
for (let i = 0; i < 6; i++) {
  const handle = page.locator('[data-area-id="norfolk"] .esi-card__handle');
  await handle.scrollIntoViewIfNeeded();
  const from = await handle.boundingBox();
  const to = await page.locator(`section[data-year="${i % 2 ? '2004/05' : '2005/06'}"]`).boundingBox();
  const y = from.y + from.height / 2;
  await page.mouse.move(from.x + from.width / 2, y); await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2, Math.min(Math.max(y, to.y + 10), to.y + to.height - 10), { steps: 8 });
  await page.mouse.up(); await page.waitForTimeout(300);
}
const { profile } = await cdp.send('Profiler.stop');
const self = new Map(); const dt = profile.timeDeltas; const byId = new Map(profile.nodes.map(n => [n.id, n]));
profile.samples.forEach((id, i) => { const n = byId.get(id); const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`; self.set(key, (self.get(key) || 0) + (dt[i] || 0) / 1000); });
console.log([...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([k, v]) => `${v.toFixed(1)}ms ${k}`).join('\n'));
await browser.close();
