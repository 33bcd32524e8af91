import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The layering of DESIGN.md, checked: each folder names what it must never import. */
const layers = [
  {
    files: ['src/shared/**'],
    forbidden: [
      '**/main/**',
      '**/renderer/**',
      '**/host/**',
      '**/electron/**',
      'electron',
      'node:*',
      'react',
      'better-sqlite3',
    ],
    message: 'src/shared is pure TypeScript for every side: no Node, DOM, Electron or app layer imports.',
  },
  {
    files: ['src/main/**'],
    forbidden: ['**/renderer/**', '**/host/**', '**/electron/**', 'electron', 'react'],
    message: 'src/main is the Electron-free core: it imports src/shared only.',
  },
  {
    files: ['src/renderer/**'],
    forbidden: ['**/main/**', '**/host/**', '**/electron/**', 'electron', 'node:*', 'better-sqlite3', 'drizzle-orm'],
    message: 'The renderer talks to the core through the client only; it imports src/shared.',
  },
  {
    files: ['src/host/**'],
    forbidden: ['**/renderer/**', '**/electron/**', 'electron'],
    message: 'Hosts run the core without Electron: src/shared and src/main only.',
  },
  {
    files: ['electron/**'],
    forbidden: ['**/renderer/**', '**/host/**'],
    message: 'The Electron shell wires src/main and src/shared; it never imports the renderer or the hosts.',
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
    files: ['src/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  ...layers.map((layer) => ({
    files: layer.files,
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: layer.forbidden, message: layer.message }] }],
    },
  })),
);
