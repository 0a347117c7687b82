// @ts-check
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const TS_FILES = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'];

export default defineConfig([
  globalIgnores([
    'dist/',
    'node_modules/',
    'test-results/',
    'playwright-report/',
    'coverage/',
    '.vite/',
  ]),

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
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(react|react-dom|zustand|immer)(/.*)?$',
              message: 'src/domain must stay pure: no React / state-management imports.',
            },
            {
              regex: '^@dnd-kit/',
              message: 'src/domain must stay pure: no @dnd-kit imports.',
            },
            {
              regex: '^(\\.\\./)+(store|features|app)(/.*)?$',
              message: 'src/domain must not depend on store/, features/ or app/.',
            },
          ],
        },
      ],
    },
  },
]);
