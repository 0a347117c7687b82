// @ts-check
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const TS_FILES = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'];

/**
 * Import rules between the layers. The patterns are regexes over the import as written, so a
 * relative path is read by the folders it names: `^(\.\./)+app(/|$)` is any climb into src/app.
 */
const restrictImports = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const intoLayers = (layers) => `^(\\.\\./)+(${layers.join('|')})(/|$)`;

const FEATURES = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** A feature builds on src/domain, src/shared, src/store and its own folder; what two features need moves down to shared or domain. */
const featureBlocks = FEATURES.map((feature) => ({
  files: [`src/features/${feature}/**`],
  rules: restrictImports([
    {
      regex: intoLayers(FEATURES.filter((other) => other !== feature)),
      message: `src/features/${feature} must not import another feature: move what both use to src/shared (UI) or src/domain (pure logic).`,
    },
    {
      regex: intoLayers(['app', 'cli', 'features', 'main']),
      message: `src/features/${feature} imports only src/domain, src/shared, src/store and its own folder.`,
    },
  ]),
}));

export default defineConfig([
  globalIgnores(['dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'coverage/', '.vite/']),

  // Every file: core recommended rules + browser/node globals.
  {
    extends: [js.configs.recommended],
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'warn' },
  },

  // TypeScript: type-aware rules via the project service (uses tsconfig.json).
  {
    files: TS_FILES,
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },

  // React hooks / React Compiler rules for components.
  {
    files: ['**/*.tsx'],
    extends: [reactHooks.configs.flat.recommended],
  },

  // The domain layer is pure: no UI framework, state library or app-layer imports.
  {
    files: ['src/domain/**'],
    rules: restrictImports([
      {
        regex: '^(react|react-dom|zustand|immer)(/.*)?$',
        message: 'src/domain must stay pure: no React / state-management imports.',
      },
      {
        regex: '^@dnd-kit/',
        message: 'src/domain must stay pure: no @dnd-kit imports.',
      },
      {
        regex: intoLayers(['store', 'features', 'app', 'shared', 'cli', 'sync']),
        message: 'src/domain must not depend on store/, features/, app/, shared/, cli/ or sync/.',
      },
    ]),
  },

  ...featureBlocks,

  {
    files: ['src/shared/**'],
    rules: restrictImports([
      {
        regex: intoLayers(['features', 'app']),
        message: 'src/shared is used by features and app, so it must not import them.',
      },
    ]),
  },

  {
    files: ['src/store/**'],
    rules: restrictImports([
      {
        regex: intoLayers(['features', 'app']),
        message: 'src/store is used by features and app, so it must not import them.',
      },
    ]),
  },

  // The scenario as a shared document: the domain and Yjs, nothing of the screen.
  {
    files: ['src/sync/**'],
    rules: restrictImports([
      {
        regex: intoLayers(['store', 'features', 'app', 'shared', 'cli']),
        message: 'src/sync builds on src/domain only, so the store and the server can both use it.',
      },
      { regex: '^(react|react-dom|zustand|immer)(/.*)?$', message: 'src/sync has no screen or store of its own.' },
    ]),
  },

  // The server runs under Node: it may use the domain and the sync format, never the screen.
  {
    files: ['server/**'],
    rules: restrictImports([
      {
        regex: '^(\\.\\./)+src/(store|features|app|shared)(/|$)',
        message: 'server/ may import src/domain and src/sync, never the screen.',
      },
    ]),
  },

  // The command line runs under Node without the screen: the domain and Node's own modules are all it needs.
  {
    files: ['src/cli/**'],
    rules: restrictImports([
      { regex: '^(?!node:|\\.)', message: 'src/cli imports no packages: only src/domain and Node built-ins (node:…).' },
      { regex: '^(\\.\\./)+(?!\\.\\.|domain(/|$))', message: 'src/cli imports only src/domain and its own folder.' },
    ]),
  },
]);
