/**
 * One term for one thing in Chinese, one way to write a coordinate, and no ASCII punctuation
 * glued to translated text by a component (a “提示:” in the Chinese page). The punctuation of
 * the strings themselves is checked in languages.test.ts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zh } from '../../src/content/zh';

function strings(obj: unknown, prefix = ''): [string, string][] {
  if (typeof obj === 'string') return [[prefix, obj]];
  if (!obj || typeof obj !== 'object') return [];
  return Object.entries(obj).flatMap(([k, v]) => strings(v, prefix ? `${prefix}.${k}` : k));
}
function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p, ext) : ext.test(p) ? [p] : [];
  });
}
const zhStrings = strings(zh);
const source = files('src', /\.tsx?$/).map((f) => [f, readFileSync(f, 'utf8')] as const);

/** The term the app uses, and the ones it does not. */
const terms: readonly { readonly use: string; readonly not: readonly string[] }[] = [
  { use: '步幅', not: ['步长'] },
  { use: '原文', not: ['源文章', '原文章'] },
];

describe('Chinese terms', () => {
  for (const { use, not } of terms) {
    it(`says ${use}, never ${not.join(' or ')}`, () => {
      expect(zhStrings.some(([, s]) => s.includes(use))).toBe(true);
      const found = source.flatMap(([f, text]) => not.filter((w) => text.includes(w)).map((w) => `${f}: ${w}`));
      expect(found).toEqual([]);
    });
  }
});

describe('coordinates', () => {
  it('are written (x, y) in Chinese as in English: maths, not prose', () => {
    const pairs = zhStrings.filter(([, s]) => /\{\{\w+\}\}\s*[，,]\s*\{\{\w+\}\}/.test(s));
    expect(pairs.length).toBeGreaterThan(5);
    const fullWidth = pairs.filter(([, s]) => /（\{\{\w+\}\}|\{\{\w+\}\}，\s*\{\{\w+\}\}）/.test(s)).map(([k]) => k);
    expect(fullWidth).toEqual([]);
  });
});

describe('components', () => {
  /** `{t('x')}:` in JSX, or `${t('x')}: ` in a template: ASCII punctuation after translated text. */
  const glued = [/\{t\([^{}]*\)\}\s*[:.,;]/, /\$\{t\([^`]*?\)\}[:.,;] /];
  it('take punctuation after translated labels from the strings (punct.*), not from the code', () => {
    const found = source
      .filter(([f]) => f.includes('components'))
      .flatMap(([f, text]) =>
        text
          .split('\n')
          .map((line, i) => [i + 1, line] as const)
          .filter(([, line]) => glued.some((re) => re.test(line)))
          .map(([n, line]) => `${f}:${n}: ${line.trim()}`),
      );
    expect(found).toEqual([]);
  });
  it('the scan catches what it is meant to catch', () => {
    expect(glued.some((re) => re.test("<strong>{t('classroom.quiz.hint')}:</strong>"))).toBe(true);
    expect(glued.some((re) => re.test("`${t('viz.dot.cell', cell)}: ${x}`"))).toBe(true);
    expect(glued.some((re) => re.test("{t('punct.colon', { label: t('slides.clock') })}"))).toBe(false);
  });
  it('the punctuation strings are full-width in Chinese, with no space after', () => {
    expect(zh.punct).toEqual({ colon: '{{label}}：', stop: '{{text}}。', list: '、', clauses: '，', semicolons: '；' });
  });
});
