// Flat config. Import boundaries follow DESIGN.md: core imports nothing outside core, only tf/
// imports tfjs, only viz/ and components/ import d3.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const tfjs = { group: ['@tensorflow/*'], message: 'Only src/tf may import tfjs.' };
const d3 = { group: ['d3', 'd3-*'], message: 'Only src/viz and src/components may import d3.' };
const react = { group: ['react', 'react-dom', 'react-*', 'react/*'], message: 'src/core is pure TypeScript.' };
// The view state sits above the engine, the image layer and i18n: it reads their types, not the reverse.
const upToState = {
  group: ['../state', '../state/*', '../../state', '../../state/*'],
  message: 'tf, image and i18n own their types; src/state imports them, not the reverse.',
};
const outsideCore = { group: ['../*', '!../core', '!../core/*'], message: 'src/core imports nothing outside core.' };
// The same boundary for core's own folders (src/core/weights/…): their parent is core itself.
const outsideCoreNested = { group: ['../../*', '!../../core', '!../../core/**'], message: outsideCore.message };

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'bench/results*', 'test-results', 'playwright-report', 'public'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['src/core/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [tfjs, d3, react, outsideCore] }] },
  },
  {
    files: ['src/core/*/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [tfjs, d3, react, outsideCoreNested] }] },
  },
  {
    files: ['src/state/**', 'src/content/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [tfjs, d3] }] },
  },
  {
    files: ['src/viz/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [tfjs, react] }] },
  },
  {
    files: ['src/components/**', 'src/*.tsx', 'src/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [tfjs] }] },
  },
  {
    files: ['src/tf/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [d3, react, upToState] }] },
  },
  {
    files: ['src/image/**', 'src/i18n/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [tfjs, upToState] }] },
  },
);
