// The CJK characters the app's source uses (its Chinese strings, and the language menu's
// "简体中文"), for the font subsets (scripts/make-cjk-font.mjs) and their test (tests/content/cjkFont.test.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Han ideographs, CJK symbols and punctuation, full-width forms: what a Latin font lacks. */
export const cjkPattern =
  /[\u2E80-\u2FFF\u3000-\u303F\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]/gu;

/** The ImageNet class names (src/content/classes): their characters go in a font of their own. */
export const classesDir = join('content', 'classes');

function* sourceFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (/\.(ts|tsx)$/.test(entry.name)) yield path;
  }
}

const sorted = (found) => new Map([...found].sort(([a], [b]) => a.codePointAt(0) - b.codePointAt(0)));

/** Every CJK character in the .ts/.tsx files under `root` (default: src), sorted, with where each is first used. */
export function collectCjk(root = 'src') {
  const found = new Map();
  for (const file of sourceFiles(root)) {
    for (const ch of readFileSync(file, 'utf8').match(cjkPattern) ?? []) {
      if (!found.has(ch)) found.set(ch, file);
    }
  }
  return sorted(found);
}

/**
 * The same characters in two sets: `app`, used anywhere outside the class names (every page in
 * Chinese needs them), and `classes`, used only by the class names (needed only where a
 * prediction is shown). Each maps a character to the first file that uses it.
 */
export function cjkSets(root = 'src') {
  const app = new Map();
  const classes = new Map();
  for (const [ch, file] of collectCjk(root)) classes.set(ch, file);
  for (const file of sourceFiles(root)) {
    if (relative(root, file).startsWith(classesDir + sep)) continue;
    for (const ch of readFileSync(file, 'utf8').match(cjkPattern) ?? []) {
      if (!app.has(ch)) app.set(ch, file);
      classes.delete(ch);
    }
  }
  return { app: sorted(app), classes: sorted(classes) };
}

/** Code points as a CSS unicode-range: "U+4E01, U+4E07-4E08, …" (runs of neighbours joined). */
export function unicodeRange(chars) {
  const points = [...chars].map((ch) => ch.codePointAt(0)).sort((a, b) => a - b);
  const runs = [];
  for (const p of points) {
    const last = runs.at(-1);
    if (last && p === last[1] + 1) last[1] = p;
    else runs.push([p, p]);
  }
  const hex = (n) => n.toString(16).toUpperCase();
  return runs.map(([a, b]) => (a === b ? `U+${hex(a)}` : `U+${hex(a)}-${hex(b)}`)).join(', ');
}
