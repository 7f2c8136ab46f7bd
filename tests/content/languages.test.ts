/**
 * The two languages say the same thing: every Chinese string uses full-width punctuation, and
 * every key carries the same numbers in both languages (a number changed in one language and
 * not the other is a real error a lecturer would catch).
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../src/content';
import { zh } from '../../src/content/zh';

function leaves(obj: unknown, prefix: string): [string, string][] {
  if (typeof obj === 'string') return [[prefix, obj]];
  if (!obj || typeof obj !== 'object') return [];
  return Object.entries(obj).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}
const zhLeaves = leaves(zh, '');
const enMap = new Map(leaves(en, ''));

const cjk = '\\u3400-\\u9fff';
/** ASCII , . ; : ! ? right after a Chinese character and ending a clause (not ".png", "3.5"). */
const westernStop = new RegExp(`[${cjk}] ?[,.;:!?](?=\\s|$|[${cjk}])`);
/** ASCII brackets around Chinese prose (maths like "(输入 − 卷积核)/步幅" keeps ASCII brackets). */
const westernParens = new RegExp(`\\(([^()]*[${cjk}][^()]*)\\)`);
const isMaths = (inside: string) => /[−+·×/=]/.test(inside);

/** A quoted title (《经典网络(四)AlexNet全解析》) keeps its own punctuation: it is cited, not written. */
const titles = /《[^》]*》/g;

/** Western punctuation in a Chinese string, or undefined. */
export function westernPunctuation(text: string): string | undefined {
  const s = text.replace(titles, '《》');
  const stop = westernStop.exec(s);
  if (stop) return stop[0];
  const paren = westernParens.exec(s);
  return paren && !isMaths(paren[1] ?? '') ? paren[0] : undefined;
}

/** The numbers a string states, as a sorted list: "1.2 million" → 1200000, "120 万" → 1200000. */
export function numbersOf(s: string): number[] {
  const text = s.replace(/\{\{\w+\}\}/g, ' ').replace(/(\d),(?=\d{3}\b)/g, '$1');
  const found: number[] = [];
  for (const m of text.matchAll(/(\d+(?:\.\d+)?)\s*(million|万|k\b)?/g)) {
    const scale = m[2] === 'million' ? 1e6 : m[2] === '万' ? 1e4 : m[2] === 'k' ? 1e3 : 1;
    const value = Math.round(Number(m[1]) * scale * 1e6) / 1e6;
    // Single digits are often written as words ("three times", "三次"): compare the rest.
    if (value >= 10 || !Number.isInteger(value)) found.push(value);
  }
  return [...new Set(found)].sort((a, b) => a - b);
}

describe('Chinese punctuation', () => {
  it('catches the slip it is meant to catch', () => {
    expect(westernPunctuation('这些权重是随机的. 因此')).toBeDefined();
    expect(westernPunctuation('论文(第三节)说')).toBeDefined();
    expect(westernPunctuation('改名为 .png 并不会，公式 (输入 − 卷积核)/步幅 + 1。')).toBeUndefined();
    expect(westernPunctuation('原文《经典网络(四)AlexNet全解析》。')).toBeUndefined();
    expect(westernPunctuation('原文(经典网络)。')).toBeDefined();
  });

  it('is full-width in every Chinese string', () => {
    const bad = zhLeaves.filter(([, s]) => westernPunctuation(s)).map(([k, s]) => `${k}: ${westernPunctuation(s)}`);
    expect(bad).toEqual([]);
  });
});

describe('numbers', () => {
  it('are read the same way in both languages', () => {
    expect(numbersOf('1.2 million images, 37.5 % and 62,378,344')).toEqual([37.5, 1200000, 62378344]);
    expect(numbersOf('120 万张图像，37.5% 和 62,378,344')).toEqual([37.5, 1200000, 62378344]);
  });

  it('are the same in English and Chinese for every key', () => {
    const differ = zhLeaves.flatMap(([k, s]) => {
      const a = numbersOf(enMap.get(k) ?? '');
      const b = numbersOf(s);
      return a.join() === b.join() ? [] : [`${k}: en [${a.join(' ')}] zh [${b.join(' ')}]`];
    });
    expect(differ).toEqual([]);
  });
});
