// The JavaScript a browser must fetch and run before the first paint, gzipped, against the
// budget of issue 10 (250 KB). Run by `npm test` after the build: it fails when the entry
// script and everything it imports statically grow past the budget. Lazy chunks (dynamic
// import()), the engine worker and the wasm binaries are not counted: the page paints without them.
//
// Usage: node scripts/check-budget.mjs [dist] [budgetBytes]
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const budget = Number(process.argv[3] ?? 250_000);
const html = readFileSync(join(dist, 'index.html'), 'utf8');

/** Scripts named by index.html: the entry module and its modulepreload links. */
const roots = [
  ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
  ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
].map((m) => normalize(join(dist, m[1])));
if (roots.length === 0) throw new Error(`no module script in ${dist}/index.html`);

/** Static imports of a built chunk (`import{a as b}from"./x.js"`, `import"./y.js"`), not import(). */
const staticImports = (file) =>
  [
    ...readFileSync(file, 'utf8').matchAll(
      /(?:^|[;\n}])\s*import\s*(?:[\w$*{}\s,]+from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g,
    ),
  ].map((m) => normalize(join(dirname(file), m[1])));

const seen = new Set();
const queue = [...roots];
while (queue.length) {
  const file = queue.pop();
  if (seen.has(file)) continue;
  seen.add(file);
  queue.push(...staticImports(file));
}

let total = 0;
for (const file of seen) {
  const gz = gzipSync(readFileSync(file), { level: 9 }).length;
  total += gz;
  console.log(`${(gz / 1000).toFixed(1).padStart(8)} KB gzip  ${file}`);
}
const verdict = total <= budget ? 'within' : 'OVER';
console.log(
  `${(total / 1000).toFixed(1).padStart(8)} KB gzip  before first paint: ${verdict} the budget of ${budget / 1000} KB`,
);
if (total > budget) process.exit(1);
