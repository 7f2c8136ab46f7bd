/**
 * What a slide says (the screen slide and the exported PNG share it): the numbers come from the
 * app's analysis with their formulas, worked by hand here, and the source line names the works
 * behind the step's paragraphs.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { paper, seed } from '../../src/core/variants';
import { slideNumbers, stepSource } from '../../src/components/classroom/slideContent';
import { sourceLine } from '../../src/content/sources';
import { initI18n } from '../../src/i18n';

const local = { article: 'article', app: 'computed here' };

describe('slide numbers', () => {
  const i18n = initI18n('en');
  const t = i18n.getFixedT('en');
  const step = (spec: typeof seed, id: string) => {
    const info = analyze(spec).layers.find((l) => l.layer.id === id);
    if (!info) throw new Error(id);
    return info;
  };

  it('give conv1 its output and parameters with their arithmetic', () => {
    const numbers = slideNumbers(step(seed, 'conv1'), t);
    expect(numbers.map((n) => n.id)).toEqual(['output', 'depth', 'params', 'macs']);
    // (227 − 11 + 2·0)/4 + 1 = 55; (11·11·3 + 1)·96 = 34,944; 55·55·96 outputs × 11·11·3 MACs each.
    expect(numbers[0]).toMatchObject({ value: '55×55×96', formula: { text: '(227 − 11 + 2·0)/4 + 1 = 55' } });
    expect(numbers[1]).toMatchObject({ label: 'Kernel depth', value: '3' });
    expect(numbers[2]).toMatchObject({ value: '34,944', formula: { text: '(11·11·3 + 1)·96 = 34,944' } });
    expect(numbers[3]?.value).toBe((55 * 55 * 96 * 11 * 11 * 3).toLocaleString('en-US'));
  });

  it('give a grouped conv its per-group depth and a pool no parameters formula', () => {
    // The paper's conv2: 256 kernels of depth 96/2 = 48 over 5×5, (5·5·48 + 1)·256 = 307,456.
    const conv2 = slideNumbers(step(paper, 'conv2'), t);
    expect(conv2.find((n) => n.id === 'depth')?.value).toBe('48');
    expect(conv2.find((n) => n.id === 'params')?.value).toBe('307,456');
    const pool = slideNumbers(step(seed, 'pool1'), t);
    expect(pool.find((n) => n.id === 'params')).toMatchObject({ value: '0', formula: undefined });
    expect(pool[0]?.formula?.text).toBe('(55 − 3)/2 + 1 = 27');
  });

  it('give the step a source line from its paragraphs’ citations, in both languages', () => {
    const conv1 = step(seed, 'conv1');
    expect(stepSource(conv1, 'seed', t)).toMatch(/^Source: Krizhevsky et al\. 2012, §3\.5/);
    expect(stepSource(conv1, 'seed', t)).toContain('Zeiler & Fergus 2014, Fig. 2');
    const zh = i18n.getFixedT('zh');
    expect(stepSource(conv1, 'seed', zh)).toMatch(/^出处：Krizhevsky et al\. 2012, §3\.5/);
  });
});

describe('source line', () => {
  it('names each work once, with its places merged in first-cited order', () => {
    const line = sourceLine(
      [
        { ref: 'alexnet', at: '§3.5' },
        { ref: 'article' },
        { ref: 'alexnet', at: '§6.1, Fig. 3' },
        { ref: 'zf', at: 'Fig. 2' },
        { ref: 'alexnet', at: '§6.1' },
      ],
      local,
    );
    expect(line).toBe('Krizhevsky et al. 2012, §3.5, §6.1, Fig. 3; article; Zeiler & Fergus 2014, Fig. 2');
  });
});
