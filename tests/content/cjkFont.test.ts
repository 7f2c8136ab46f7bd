/**
 * The shipped Chinese font covers every CJK character in the app's source: a new Chinese
 * string with a character the subset lacks fails here (run scripts/make-cjk-font.mjs).
 * The cmap is read from the committed woff2 itself (tests/content/woff2Cmap.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collectCjk } from '../../scripts/cjk-chars.mjs';
import { woff2CodePoints } from './woff2Cmap';

const fontPath = 'public/fonts/noto-sans-sc-app.woff2';
const font = readFileSync(fontPath);
const mapped = woff2CodePoints(font);

describe('the Chinese font subset', () => {
  it('maps every CJK character that the app’s strings use', () => {
    const used = collectCjk('src');
    // The app has Chinese text (a scan that found none would pass vacuously).
    expect(used.size).toBeGreaterThan(300);
    const missing = [...used]
      .filter(([ch]) => !mapped.has(ch.codePointAt(0) ?? 0))
      .map(([ch, file]) => `${ch} (U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase()}, ${file})`);
    expect(missing, 'characters missing from the font: run scripts/make-cjk-font.mjs').toEqual([]);
  });

  it('reads real cmap data: it maps 网 and 络 but not a character the app never uses', () => {
    expect(mapped.has(0x7f51)).toBe(true); // 网
    expect(mapped.has(0x7edc)).toBe(true); // 络
    expect(mapped.has(0x9f98)).toBe(false); // 龘, never in the app's text
  });

  it('stays small: a subset, not the whole font', () => {
    expect(font.byteLength).toBeLessThan(400 * 1024);
    expect(mapped.size).toBeLessThan(2000);
  });
});
