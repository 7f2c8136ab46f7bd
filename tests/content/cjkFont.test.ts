/**
 * The shipped Chinese fonts cover every CJK character in the app's source: a new Chinese
 * string with a character the subsets lack fails here (run scripts/make-cjk-font.mjs). The app's
 * own text is in one subset; the characters only the ImageNet class names use are in a second,
 * which the browser fetches only for a prediction, because its @font-face unicode-range lists
 * exactly them. The cmaps are read from the committed woff2 files (tests/content/woff2Cmap.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cjkSets, unicodeRange } from '../../scripts/cjk-chars.mjs';
import { woff2CodePoints } from './woff2Cmap';

const fonts = {
  app: readFileSync('public/fonts/noto-sans-sc-app.woff2'),
  classes: readFileSync('public/fonts/noto-sans-sc-classes.woff2'),
};
const mapped = { app: woff2CodePoints(fonts.app), classes: woff2CodePoints(fonts.classes) };
const sets = cjkSets('src');

const missing = (chars: Map<string, string>, cmap: Set<number>) =>
  [...chars]
    .filter(([ch]) => !cmap.has(ch.codePointAt(0) ?? 0))
    .map(([ch, file]) => `${ch} (U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase()}, ${file})`);

describe('the Chinese font subsets', () => {
  it('map every CJK character that the app’s strings use', () => {
    // The app has Chinese text (a scan that found none would pass vacuously).
    expect(sets.app.size).toBeGreaterThan(300);
    expect(missing(sets.app, mapped.app), 'missing from the app font: run scripts/make-cjk-font.mjs').toEqual([]);
  });

  it('map every character only the class names use, in the second font, whose CSS names exactly them', () => {
    expect(sets.classes.size).toBeGreaterThan(300);
    expect(missing(sets.classes, mapped.classes), 'run scripts/make-cjk-font.mjs').toEqual([]);
    // The two sets do not overlap, and the @font-face's unicode-range is the class set itself.
    expect([...sets.classes.keys()].filter((ch) => sets.app.has(ch))).toEqual([]);
    const css = readFileSync('src/fonts-classes.css', 'utf8').replace(/\s+/g, ' ');
    expect(css).toContain(`unicode-range: ${unicodeRange(sets.classes.keys())};`);
  });

  it('reads real cmap data: it maps 网 and 络 but not a character the app never uses', () => {
    expect(mapped.app.has(0x7f51)).toBe(true); // 网
    expect(mapped.app.has(0x7edc)).toBe(true); // 络
    expect(mapped.app.has(0x9f98)).toBe(false); // 龘, never in the app's text
    expect(mapped.classes.has(0x3e74)).toBe(true); // 㹴, terrier: only in the class names
    expect(mapped.app.has(0x3e74)).toBe(false);
  });

  it('stay small: subsets, not the whole font', () => {
    for (const [name, font] of Object.entries(fonts)) expect(font.byteLength, name).toBeLessThan(400 * 1024);
    for (const [name, cmap] of Object.entries(mapped)) expect(cmap.size, name).toBeLessThan(2000);
  });
});
