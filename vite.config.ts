import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Vite app build + Vitest unit/component tests.
// Unit tests run in the `node` environment by default. A component test opts into
// a DOM by starting its file with the docblock:  // @vitest-environment jsdom
export default defineConfig({
  // The React plugin swaps an edited component in place in `npm run dev` (Fast Refresh).
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The manifest lists each chunk and what it imports, which `npm run bench` reads to weigh the first screen.
    manifest: true,
    // Every browser the planner supports preloads modules itself (Chrome 66, Firefox 115, Safari 17),
    // so the first screen does not carry Vite's polyfill for it.
    modulePreload: { polyfill: false },
  },
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**', '**/node_modules/**', '**/dist/**'],
    environment: 'node',
    // A guard against a hung test, not a speed target: property tests run hundreds of cases, and
    // these machines are shared, so the 5 s default fails them when a neighbour is busy.
    testTimeout: 30_000,
  },
});
