// Flat config. Import boundaries follow DESIGN.md and the README's architecture:
//   main.tsx → components → state → tf · image · viz · content → core
// core imports nothing outside core; only src/tf imports tfjs; only src/state and main.tsx
// import src/tf (the session layer is the components' one way to the engine); only src/viz and
// src/components import d3; viz draws from plain data (no React, no session, no engine); the
// layers below state never import it. No import cycles: tests/architecture/imports.test.ts
// (eslint-plugin-import's no-cycle skips type-only imports, and a cycle of types still ties two
// files together, so the test walks every import, types and workers' URLs included).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const tfjs = { group: ['@tensorflow/*'], message: 'Only src/tf may import tfjs.' };
const d3 = { group: ['d3', 'd3-*'], message: 'Only src/viz and src/components may import d3.' };
const react = { group: ['react', 'react-dom', 'react-*', 'react/*'], message: 'This layer is plain TypeScript.' };
/** Any relative path into a sibling folder of src: `../x`, `../../x/y`, … */
const into = (folder) => [
  `../${folder}`,
  `../${folder}/**`,
  `../../${folder}`,
  `../../${folder}/**`,
  `../../../${folder}/**`,
];
const engine = { group: into('tf'), message: 'Only the session layer (src/state) and main.tsx may import src/tf.' };
const session = {
  group: into('state'),
  message: 'The session layer (src/state) sits above tf, image, viz, content and i18n: they may not import it.',
};
const components = { group: into('components'), message: 'Only main.tsx and src/components may import components.' };
const outsideCore = { group: ['../*', '!../core', '!../core/*'], message: 'src/core imports nothing outside core.' };
// The same boundary for core's own folders (src/core/weights/…): their parent is core itself.
const outsideCoreNested = { group: ['../../*', '!../../core', '!../../core/**'], message: outsideCore.message };
const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

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
  { files: ['src/core/**'], rules: restrict(tfjs, d3, react, outsideCore) },
  { files: ['src/core/*/**'], rules: restrict(tfjs, d3, react, outsideCoreNested) },
  { files: ['src/tf/**'], rules: restrict(d3, react, session, components) },
  { files: ['src/image/**', 'src/i18n/**', 'src/content/**'], rules: restrict(tfjs, d3, engine, session, components) },
  { files: ['src/viz/**'], rules: restrict(tfjs, react, engine, session, components) },
  { files: ['src/sw/**'], rules: restrict(tfjs, d3, react, engine, session, components) },
  { files: ['src/state/**'], rules: restrict(tfjs, d3, components) },
  { files: ['src/components/**'], rules: restrict(tfjs, engine) },
  { files: ['src/*.ts', 'src/*.tsx'], rules: restrict(tfjs, d3) },
);
