import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'fs',
  'path',
  'os',
  'http',
  'https',
  'crypto',
  'child_process',
  'url',
  'util',
  'stream',
  'net',
];

/** Layer rules: dependencies point inward (app ← main, renderer, plugins/sdk), as the architecture says. */
const restrict = (...patterns) => ['error', { patterns }];
const platformSpecific = [
  { group: ['electron', 'electron/*'], message: 'Only main/electron and the preload may import Electron.' },
  { regex: '^node:', message: 'app/ and the renderer stay free of Node APIs.' },
  { group: nodeBuiltins, message: 'app/ and the renderer stay free of Node APIs.' },
  { group: ['ws'], message: 'Use the Transport abstraction.' },
];
const mainLayer = {
  regex: '^(\\.\\./)+main/',
  message: 'Reach the host through the bridge, never by import.',
};
const rendererLayer = { regex: '^(\\.\\./)+renderer/', message: 'main/ and app/ never import the renderer.' };

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'node_modules/**',
      '.tsbuild/**',
      'test-results/**',
      'playwright-report/**',
      'dist/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node, ...globals.browser },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['app/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        ...platformSpecific,
        {
          group: ['react', 'react-dom', 'react/*', 'zustand', 'rxdb/plugins/storage-dexie', 'dexie'],
          message: 'app/ is pure: no UI or browser storage.',
        },
        mainLayer,
        rendererLayer,
        { regex: '^(\\.\\./)+plugins/', message: 'app/ does not depend on plugins.' },
      ),
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': restrict(...platformSpecific, mainLayer) },
  },
  {
    files: ['main/**/*.ts'],
    ignores: ['main/electron/**'],
    rules: {
      'no-restricted-imports': restrict(platformSpecific[0], rendererLayer),
    },
  },
  {
    files: ['main/electron/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(rendererLayer) },
  },
  {
    files: ['plugins/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(...platformSpecific, mainLayer, rendererLayer, {
        regex: '^(\\.\\./)+app/',
        message: 'Plugins are written against plugins/sdk only.',
      }),
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
