// The CJK characters the app's source uses (its Chinese strings, and the language menu's
// "简体中文"), for the font subset (scripts/make-cjk-font.mjs) and its test (tests/content/cjkFont.test.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Han ideographs, CJK symbols and punctuation, full-width forms: what a Latin font lacks. */
export const cjkPattern =
  /[\u2E80-\u2FFF\u3000-\u303F\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]/gu;

function* sourceFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (/\.(ts|tsx)$/.test(entry.name)) yield path;
  }
}

/** Every CJK character in the .ts/.tsx files under `root` (default: src), sorted, with where each is first used. */
export function collectCjk(root = 'src') {
  const found = new Map();
  for (const file of sourceFiles(root)) {
    for (const ch of readFileSync(file, 'utf8').match(cjkPattern) ?? []) {
      if (!found.has(ch)) found.set(ch, file);
    }
  }
  return new Map([...found].sort(([a], [b]) => a.codePointAt(0) - b.codePointAt(0)));
}
