import { defineConfig } from '@playwright/test';

// E2E tests run against the production build served by `vite preview`.
// Uses the system Chromium (Debian package) — never `npx playwright install`.
// E2E_PORT lets a second checkout run its tests while another run holds the default port.
const port = Number(process.env['E2E_PORT'] ?? 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  // Keep artifacts in a subfolder: Playwright wipes its outputDir at startup, and
  // test-results/ also holds the Vitest JSON report (unit.json).
  outputDir: 'test-results/playwright',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // A guard against a hung test, not a speed target: the longest tests drive three drags and axe
  // scans, and on a shared machine under load they can pass 30 s without anything being wrong.
  timeout: 60_000,
  forbidOnly: !!process.env['CI'],
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    browserName: 'chromium',
    baseURL: `http://127.0.0.1:${port}`,
    headless: true,
    // The planner's users are in the UK: the browser's own controls (a date input) read dd/mm/yyyy.
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `npm run build && npm run preview -- --port ${port}`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 120000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
