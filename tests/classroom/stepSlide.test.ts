/**
 * The slide of any step (screen and PNG share it): a pipeline step's title, part, key numbers
 * with the app's own counts and its source line; a layer step as before.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { variants } from '../../src/core/variants';
import { stepSlide } from '../../src/components/classroom/stepSlide';
import { stepIndexOf, walkSteps } from '../../src/content/steps';
import { initI18n } from '../../src/i18n';

const i18n = initI18n('en');

function slideOf(variant: keyof typeof variants, id: string, lang: 'en' | 'zh' = 'en') {
  const analysis = analyze(variants[variant]);
  const steps = walkSteps(analysis);
  const step = steps[stepIndexOf(steps, id)];
  if (!step) throw new Error(id);
  return stepSlide(step, analysis, variant, i18n.getFixedT(lang));
}

describe('stepSlide', () => {
  it('gives the augmentation slide ×2048 with its arithmetic and the ten test patches', () => {
    const s = slideOf('seed', 'pipeline-augmentation');
    expect(s).toMatchObject({ title: 'Augmentation', kind: 'before the input', count: '' });
    expect(s.numbers.map((n) => [n.id, n.value])).toEqual([
      ['crops', '×2048'],
      ['tenCrop', '10'],
      ['jitter', '> 1 % lower'],
    ]);
    expect(s.numbers[0]?.formula?.text).toBe('(256 − 224)² · 2 = 2048');
    expect(s.numbers[2]?.wide).toBe(true);
    // The ×2048 arithmetic is the app's own reading of the paper's factor: cited as such.
    expect(s.source).toBe('Source: Krizhevsky et al. 2012, §4.1, §6; computed here');
  });

  it('gives the training slide batch 128, 90 epochs and the SGD update', () => {
    const s = slideOf('seed', 'pipeline-training');
    const byId = new Map(s.numbers.map((n) => [n.id, n]));
    expect(byId.get('batch')?.value).toBe('128');
    expect(byId.get('epochs')).toMatchObject({ value: '≈ 90', note: '5–6 days on two GTX 580 GPUs (3 GB each)' });
    expect(byId.get('rate')?.formula?.text).toBe('0.01 / 10³ = 0.00001');
    expect(byId.get('update')?.formula?.text).toContain('v ← 0.9·v − 0.0005·ε·w');
  });

  it('sets the results against the app’s own counts, in both languages', () => {
    // The seed net: 62,378,344 parameters; the paper's grouped net 60,965,224 and
    // 55²·96 + 27²·256 + 2·13²·384 + 13²·256 + 4096 + 4096 + 1000 = 659,272 neurons (tests/content/pipeline).
    const en = slideOf('seed', 'pipeline-results');
    expect(en.title).toBe('Results');
    expect(en.kind).toBe('after the output');
    const byId = new Map(en.numbers.map((n) => [n.id, n]));
    expect(byId.get('ilsvrc2010')).toMatchObject({
      value: '37.5 % / 17.0 %',
      note: 'without averaging over ten patches: 39.0 % / 18.3 %',
    });
    expect(byId.get('params')).toMatchObject({ value: '62,378,344', note: 'the paper’s net: 60,965,224' });
    expect(byId.get('neurons')?.note).toBe('the paper’s net: 659,272');
    expect(en.source).toBe(
      'Source: Krizhevsky et al. 2012, §6, §7, Table 1, Table 2, abstract, §1, §6 footnote 5; computed here',
    );
    const zh = slideOf('seed', 'pipeline-results', 'zh');
    expect(zh.title).toBe('结果');
    expect(zh.numbers.find((n) => n.id === 'ilsvrc2010')?.value).toBe('37.5% / 17.0%');
  });

  it('fills the torchvision preprocessing with the variant’s own input size', () => {
    expect(slideOf('seed', 'pipeline-data').numbers.find((n) => n.id === 'torchvisionPrep')?.value).toBe('227×227');
    expect(slideOf('torchvision', 'pipeline-data').numbers.find((n) => n.id === 'torchvisionPrep')?.value).toBe(
      '224×224',
    );
  });

  it('keeps a layer step’s slide as it was', () => {
    const s = slideOf('seed', 'conv1');
    expect(s).toMatchObject({ title: 'conv1', kind: 'convolution', count: 'layer 1 of 8' });
    expect(s.numbers.map((n) => n.id)).toEqual(['output', 'depth', 'params', 'macs']);
  });
});
