import { defineConfig } from 'vitest/config';

/**
 * The planner is written against React's API and types, and runs on Preact's compatibility layer
 * (preact/compat), in the build, the dev server and the tests alike. react-dom alone is 68 kB of
 * gzipped JavaScript, more than half the 120 kB the whole app may weigh (issue 2); preact/compat
 * gives the same API in about 11 kB. Deleting these aliases puts React back, with no change to the
 * source (install react and react-dom as dependencies first).
 */
const reactOnPreact = [
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom\/test-utils$/, replacement: 'preact/test-utils' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
  { find: /^react$/, replacement: 'preact/compat' },
];

// Vite app build + Vitest unit/component tests.
// Unit tests run in the `node` environment by default. A component test opts into
// a DOM by starting its file with the docblock:  // @vitest-environment jsdom
export default defineConfig({
  resolve: {
    alias: reactOnPreact,
    // ES module builds first: a CommonJS build loads React through Node's require in the tests,
    // which no alias reaches.
    mainFields: ['browser', 'module', 'main'],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**', '**/node_modules/**', '**/dist/**'],
    environment: 'node',
    // Libraries that import React are run through Vite, so the aliases above reach them too and
    // the component tests render with what ships.
    server: { deps: { inline: [/@testing-library\//, /zustand/, /@dnd-kit/] } },
    // A guard against a hung test, not a speed target: property tests run hundreds of cases, and
    // these machines are shared, so the 5 s default fails them when a neighbour is busy.
    testTimeout: 30_000,
  },
});
