/**
 * The ImageNet class names: 1000 in each language, in the same order, none empty, and the
 * Chinese ones all different, including where ImageNet's English repeats itself ("crane" the
 * bird and "crane" the machine).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadClassNames } from '../../src/content/classes';
import { imagenetEn } from '../../src/content/classes/imagenet.en';
import { imagenetZh } from '../../src/content/classes/imagenet.zh';

const first = (s: string) => s.split(',')[0]?.trim() ?? '';

describe('ImageNet class names', () => {
  it('are 1000 in each language, none empty or padded', () => {
    for (const list of [imagenetEn, imagenetZh]) {
      expect(list).toHaveLength(1000);
      expect(list.filter((s) => s.trim() === '' || s !== s.trim())).toEqual([]);
    }
  });

  it('are all different in Chinese; the English repeats only “crane”, which Chinese tells apart', () => {
    const repeated = (list: readonly string[]) => list.filter((s, i) => list.indexOf(s) !== i);
    expect(repeated(imagenetZh)).toEqual([]);
    expect(repeated(imagenetEn)).toEqual(['crane']);
    expect([imagenetEn[134], imagenetZh[134]]).toEqual(['crane', '鹤']);
    expect([imagenetEn[517], imagenetZh[517]]).toEqual(['crane', '起重机']);
  });

  it('keep apart the classes whose English names look alike', () => {
    const pairs: readonly (readonly [number, number])[] = [
      [638, 639], // maillot (dancer's tights) / maillot, tank suit (one-piece swimsuit)
      [620, 681], // laptop / notebook
      [836, 837], // sunglass (a burning glass) / sunglasses
      [55, 57], // green snake, grass snake / garter snake, grass snake
      [76, 77], // tarantula / wolf spider
      [281, 282], // tabby / tiger cat
      [431, 516], // bassinet / cradle
      [657, 744], // missile / projectile, missile
      [725, 899], // pitcher / water jug
    ];
    for (const [a, b] of pairs) expect(imagenetZh[a], `${a} vs ${b}`).not.toBe(imagenetZh[b]);
    expect(imagenetEn[638]).toBe('maillot');
    expect(imagenetEn[639]).toBe('maillot, tank suit');
  });

  it('are written in Chinese, with no ASCII punctuation', () => {
    // Brand and model names keep their Latin letters: iPod, CD, CRT, T-shirt's T, Model T.
    const latinOnly = imagenetZh.filter((s) => !/[\u3400-\u9fff]/.test(s));
    expect(latinOnly).toEqual(['iPod']);
    expect(imagenetZh.filter((s) => /[,.;:!?()'"]/.test(s))).toEqual([]);
  });

  it('name the synsets a reader will recognise, in the networks’ output order', () => {
    expect(imagenetZh.slice(0, 3)).toEqual(['丁鲷', '金鱼', '大白鲨']);
    expect([imagenetZh[281], imagenetZh[285], imagenetZh[388], imagenetZh[999]]).toEqual([
      '虎斑猫',
      '埃及猫',
      '大熊猫',
      '卫生纸',
    ]);
    expect(first(imagenetEn[281] ?? '')).toBe('tabby');
  });

  it('keep each Chinese line’s review note (“// 281 tabby”) beside the right English class', () => {
    const notes = [...readFileSync('src/content/classes/imagenet.zh.ts', 'utf8').matchAll(/\/\/ (\d+) (.+)$/gm)];
    expect(notes).toHaveLength(1000);
    for (const [, index, name] of notes) expect(first(imagenetEn[Number(index)] ?? '')).toBe(name);
  });

  it('load in the UI’s language', async () => {
    expect((await loadClassNames('zh'))[281]).toBe('虎斑猫');
    expect((await loadClassNames('en'))[281]).toBe('tabby, tabby cat');
  });
});
