/**
 * What the browser benchmarks share: the shipped build, served by `vite preview` on a port of
 * its own, and the system's Chromium. Each benchmark builds to its own folder and serves on its own
 * port (`BENCH_PORT` to choose another), so it never collides with the e2e server or another run.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface PreviewServer {
  base: string;
  close: () => void;
}

/** Builds the app into `test-results/bench-<name>/dist` and serves it on `BENCH_PORT`, or `defaultPort`. */
export async function buildAndServe(name: string, defaultPort: number): Promise<PreviewServer> {
  const outDir = `test-results/bench-${name}/dist`;
  const port = Number(process.env['BENCH_PORT'] ?? defaultPort);
  const base = `http://127.0.0.1:${port}`;
  const result = spawnSync('npx', ['--no-install', 'vite', 'build', '--outDir', outDir, '--emptyOutDir'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('vite build failed');
  if (await listening(base)) throw new Error(`Port ${port} is already in use; set BENCH_PORT to another.`);
  const server = spawn(
    'npx',
    [
      '--no-install',
      'vite',
      'preview',
      '--outDir',
      outDir,
      '--port',
      String(port),
      '--strictPort',
      '--host',
      '127.0.0.1',
    ],
    { cwd: root, stdio: 'ignore', detached: true },
  );
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (await listening(base)) return { base, close: () => stop(server) };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stop(server);
  throw new Error(`vite preview did not start on port ${port}`);
}

async function listening(base: string): Promise<boolean> {
  try {
    return (await fetch(base)).ok;
  } catch {
    return false;
  }
}

/** The server was started in its own process group: this ends it and the preview it started, nothing else. */
function stop(server: ChildProcess): void {
  if (server.pid !== undefined && server.exitCode === null) process.kill(-server.pid);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
}

/** A page of a desktop window's size, ready for the benchmarks' scripts. */
export async function benchPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  // tsx keeps function names with an `__name` helper that the page does not have.
  await page.addInitScript({ content: 'window.__name = (fn) => fn;' });
  return page;
}
