import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import layering from './eslint-rules/layering.js';

/** Storage libraries: only the core (src/main) and its hosts reach the database. */
const storageLibraries = ['better-sqlite3', 'drizzle-orm'];

/**
 * The layering of DESIGN.md: `shared` <- `main` <- (`electron` | `host`), `shared` <- `renderer`.
 * Each layer names the layers it may import; eslint-rules/layering.js resolves every import to
 * its folder, a Node built-in or a package, and checks it against this table.
 */
const layers = [
  {
    folder: 'src/shared',
    mayImport: [],
    nodeBuiltins: false,
    forbiddenPackages: ['electron', 'react', ...storageLibraries],
    why: 'src/shared is pure TypeScript for every side: no Node, DOM, Electron, storage library or app layer.',
  },
  {
    folder: 'src/main',
    mayImport: ['src/shared'],
    nodeBuiltins: true,
    forbiddenPackages: ['electron', 'react'],
    why: 'src/main is the Electron-free core: it imports src/shared only.',
  },
  {
    folder: 'src/renderer',
    mayImport: ['src/shared'],
    nodeBuiltins: false,
    forbiddenPackages: ['electron', ...storageLibraries],
    why: 'the renderer talks to the core through the client only; it imports src/shared.',
  },
  {
    folder: 'src/host',
    mayImport: ['src/shared', 'src/main'],
    nodeBuiltins: true,
    forbiddenPackages: ['electron'],
    why: 'hosts run the core without Electron: src/shared and src/main only.',
  },
  {
    folder: 'electron',
    mayImport: ['src/shared', 'src/main'],
    nodeBuiltins: true,
    forbiddenPackages: [],
    why: 'the Electron shell wires src/main and src/shared; it never imports the renderer or the hosts.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'release/**',
      'node_modules/**',
      'drizzle/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
    },
  },
  {
    // exceljs loaded by anything but its wrapper would read sheets with its chunk-splitting decoder.
    files: ['src/**/*.ts'],
    ignores: ['src/main/spreadsheets/exceljs.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'exceljs',
              message: 'Import exceljs from src/main/spreadsheets/exceljs.ts (its UTF-8 fix).',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    plugins: { local: { rules: { layering } } },
    rules: { 'local/layering': ['error', { root: import.meta.dirname, layers }] },
  },
);
