/**
 * The facts issue 19 corrected, checked where a reader meets them: in the walkthrough's
 * filled sentences, the layer table and its exports, the pipeline's paragraphs, and in both
 * languages. Each test names the source the sentence must agree with.
 */
import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LayerTable } from '../../src/components/LayerTable';
import { windowSize } from '../../src/core/arithmetic';
import { type Analysis, analyze } from '../../src/core/analyze';
import { toCsv, toMarkdown } from '../../src/core/tableExport';
import { paper224, variants } from '../../src/core/variants';
import { en } from '../../src/content';
import { zh } from '../../src/content/zh';
import { statKeys, teachingKeys, teachingValues } from '../../src/content/walkSteps';
import { initI18n } from '../../src/i18n';

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const fill = (s: string, values: Readonly<Record<string, string>>) =>
  s.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole);
const at = (root: unknown, key: string): string =>
  String(key.split('.').reduce<unknown>((n, p) => (n as Record<string, unknown>)[p], root));

function step(variant: keyof typeof variants, id: string) {
  const analysis = analyze(variants[variant]);
  const index = analysis.layers.findIndex((l) => l.layer.id === id);
  const info = analysis.layers[index];
  if (!info) throw new Error(`${variant} has no ${id}`);
  return { analysis, info, values: teachingValues(analysis, index), keys: teachingKeys(info.layer, variant) };
}

/** Every string of one language, flattened. */
function strings(obj: unknown): string[] {
  if (typeof obj === 'string') return [obj];
  return obj && typeof obj === 'object' ? Object.values(obj).flatMap(strings) : [];
}

describe('flatten only reshapes: pool5’s 195×195 field, 32 px apart (11 → 19 → 51 → 67 → 99 → 131 → 163 → 195)', () => {
  const seed = analyze(variants.seed);
  it('in the walkthrough: the number line and the flatten note', () => {
    const { info, values, keys } = step('seed', 'flatten');
    const rf = statKeys(info).rf;
    expect(rf).not.toBe('walk.ui.rfWhole');
    expect(fill(at(en, rf), values)).toContain('195×195 input pixels');
    expect(fill(at(en, rf), values)).toContain('32 px apart');
    // Padding cuts pool5's window at the border: −64 … 130, so 131 of it is image.
    expect(values.corner).toBe('131');
    const note = keys.notes.map((k) => fill(at(en, k), values)).join(' ');
    expect(note).toContain('195×195 window');
    expect(note).toContain('Only fc6, which combines all of them, depends on the whole image');
    expect(statKeys(step('seed', 'fc6').info).rf).toBe('walk.ui.rfWhole');
  });
  it('torchvision’s drop6, after flatten, keeps it too', () => {
    const { info } = step('torchvision', 'drop6');
    expect(info.receptiveField).toMatchObject({ size: 195, jump: 32, wholeImage: false });
    expect(statKeys(info).rf).not.toBe('walk.ui.rfWhole');
  });
  it('in the CSV and Markdown exports', () => {
    expect(toCsv(seed)).toContain('flatten,flatten,9216,,,0,,0,"195×195, 32 px"');
    expect(toMarkdown(seed)).toContain('| flatten | flatten | 9216 |  |  | 0 |  | 0 | 195×195, 32 px |');
  });
});

describe('the layer table, rendered', () => {
  /** The table's text with its rounding notes (they sit in title attributes, shown on hover). */
  const render = (analysis: Analysis, name: string) => {
    const html = renderToStaticMarkup(<LayerTable analysis={analysis} name={name} />);
    return [text(html), ...[...html.matchAll(/title="([^"]*)"/g)].map((m) => m[1] ?? '')].join(' ');
  };
  afterAll(() => initI18n('en'));

  it('shows flatten’s 195×195 and says only fc6 on sees the whole image', () => {
    initI18n('en');
    const html = renderToStaticMarkup(<LayerTable analysis={analyze(variants.seed)} name="seed" />);
    const row = (id: string) =>
      text(/<tr data-testid="row-([^"]+)"[\s\S]*?<\/tr>/g.exec(html.slice(html.indexOf(`row-${id}"`) - 20))?.[0] ?? '');
    expect(row('flatten')).toContain('195×195, 32 px');
    expect(row('flatten')).not.toContain('whole image');
    expect(row('fc6')).toContain('whole image');
  });

  it('says torchvision’s conv1 reads every image pixel and leaves only padding unread', () => {
    for (const lang of ['en', 'zh'] as const) {
      initI18n(lang);
      const t = render(analyze(variants.torchvision), 'torchvision');
      if (lang === 'en') {
        expect(t).toContain('still reads every image pixel: what no window reaches is the last padding cell');
        expect(t).not.toMatch(/pixel\(s\)|never covered/);
      } else {
        expect(t).toContain('图像的每个像素仍然都被读到');
      }
    }
  });

  it('says the unpadded 224 loses one image pixel, in the singular', () => {
    initI18n('en');
    expect(render(analyze(paper224), 'paper 224')).toContain(
      'no window reads the last image pixel of each row and column',
    );
  });
});

describe('the padding wording, with plurals', () => {
  beforeAll(() => initI18n('en'));
  it('no English string says “(s)”: counts go through i18next plurals', () => {
    expect(strings(en).filter((s) => s.includes('(s)'))).toEqual([]);
  });
  it('the rounding notes pick one or many', () => {
    const values = { input: '10', kernel: '3', padding: '0', stride: '2', exact: '4.5', output: '4' };
    expect(i18next.t('issues.roundedDropped', { ...values, count: 1 })).toContain('the last image pixel of');
    expect(i18next.t('issues.roundedDropped', { ...values, count: 2 })).toContain('the last 2 image pixels of');
    expect(i18next.t('overview.anim.lead', { count: 1 })).toContain('moves 1 pixel at a time');
    expect(i18next.t('overview.anim.lead', { count: 4 })).toContain('moves 4 pixels at a time');
  });
  it('the torchvision and ZFNet conv1 notes put the unread cells in the padding (AlexNet §3.5 vs torchvision)', () => {
    const tv = step('torchvision', 'conv1');
    expect(tv.info.size).toMatchObject({ exact: 55.25, output: 55, dropped: 0, droppedPadding: 1 });
    expect(fill(en.walk.layer.conv1.torchvision, tv.values)).toContain('every image pixel is still read');
    expect(fill(zh.walk.layer.conv1.torchvision, tv.values)).toContain('图像的每个像素仍然都被读到');
    const zf = step('zfnet', 'conv1');
    expect(zf.info.size).toMatchObject({ dropped: 0, droppedPadding: 1 });
    expect(en.walk.layer.conv1.zfnet).toContain('every image pixel is read');
  });
  it('receptive-field sentences say that padding takes part of the window', () => {
    const conv2 = step('seed', 'conv2');
    // conv2: 51 wide, centre of (0, 0) at 9, so −16 … 34: 35 of it on the image.
    expect(conv2.values.corner).toBe('35');
    expect(statKeys(conv2.info).rf).toBe('walk.ui.rfPadded');
    expect(fill(en.walk.ui.rfPadded, conv2.values)).toContain('only 35×35 image pixels');
    expect(statKeys(step('seed', 'conv1').info).rf).toBe('walk.ui.rfText');
    for (const k of ['conv2', 'conv3'] as const) expect(en.walk.role[k]).toContain('padding');
    expect(en.walk.layer.conv4.stack).toContain('padding');
  });
});

describe('results against the paper’s §6 and Tables 1–2', () => {
  it('47.1 %/28.2 % during ILSVRC-2010, 45.7 %/25.7 % the best published before AlexNet', () => {
    const body = en.pipeline.results.body;
    expect(body).toContain('during the ILSVRC-2010 competition had 47.1 % and 28.2 %');
    expect(body).toContain('45.7 % and 25.7 %');
    expect(body).not.toContain('best earlier result');
    expect(zh.pipeline.results.body).toContain('47.1% 和 28.2%');
    expect(zh.pipeline.results.body).toContain('45.7% 和 25.7%');
  });
  it('the sixth conv layer belongs to the single CNN* (16.6 %); 15.3 % averages seven', () => {
    for (const body of [en.pipeline.results.body, en.walk.layer.softmax.topFive]) {
      expect(body).toContain('16.6 %');
      expect(body).toMatch(/sixth convolution layer[^.]*16\.6 %/);
      expect(body).not.toMatch(/15\.3 %[^.]*extra (sixth )?convolution/);
    }
    expect(zh.walk.layer.softmax.topFive).toContain('16.6%');
  });
  it('the ten-patch note and the ×2048 arithmetic say whose they are (§6 footnote 5, §4.1)', () => {
    expect(en.pipeline.numbers.results.ilsvrc2010.note).toContain('without averaging over ten patches');
    expect(en.pipeline.numbers.augmentation.crops.note).toContain('the arithmetic is ours');
    expect(en.pipeline.crops.body).toContain('gives no arithmetic');
  });
});

describe('claims checked against the papers', () => {
  it('torchvision’s layout differs from both papers (pytorch/vision #463, #704, #549)', () => {
    const s = en.variant.source.torchvision;
    expect(s).toContain('64-192-384-256-256');
    expect(s).toContain('64-192-384-384-256');
    expect(s).toMatch(/#463.*#704.*#549/);
    expect(zh.variant.source.torchvision).toContain('64-192-384-384-256');
  });
  it('only conv2, conv4 and conv5 stay within one GPU (§3.5)', () => {
    expect(en.walk.layer.conv1.gpus).toContain('in conv2, conv4 and conv5');
    expect(en.walk.layer.conv1.gpus).not.toContain('from conv2 on');
    expect(en.weights.teach.grouped).toContain('grouped like the paper’s two GPUs');
    expect(en.weights.teach.grouped).not.toContain('never saw each other');
  });
  it('the one-GPU comparison net kept its last conv layer and dense layers whole (§3.2 footnote 2)', () => {
    expect(en.walk.layer.conv3.gpus).toContain('footnote');
    expect(zh.walk.layer.conv3.gpus).toContain('脚注');
  });
  it('LRN: every value is divided by at least k^β = 2^0.75 ≈ 1.68, its own square included (§3.3)', () => {
    const { values, keys } = step('paper', 'norm1');
    expect(keys.notes).toContain('walk.layer.norm1.brightness');
    expect(values).toMatchObject({ lrnFloor: '1.68', lrnCut: '40.5' });
    expect(1 - 2 ** -0.75).toBeGreaterThan(0.405);
    const s = fill(en.walk.layer.norm1.brightness, values);
    expect(s).toContain('2^0.75 ≈ 1.68');
    expect(s).toContain('at least 40.5 %');
    expect(s).toContain('own square');
  });
  it('any side ≡ 3 (mod 4) divides conv1 evenly; 227 gives the 55', () => {
    for (const [side, out] of [
      [223, 54],
      [227, 55],
      [231, 56],
    ] as const) {
      expect(windowSize(side, 11, 4, 0, 'floor', true)).toMatchObject({ exact: out, output: out });
    }
    expect(Number.isInteger(windowSize(224, 11, 4, 0, 'floor', true).exact)).toBe(false);
    for (const s of [en.variant.source.paper, en.walk.layer.input.puzzle]) {
      expect(s).toContain('223 → 54, 231 → 56');
      expect(s).not.toContain('only 227');
    }
  });
  it('the puzzle’s zh order: the 227 sentence first, torchvision’s padding after it', () => {
    const p = zh.walk.layer.input.puzzle;
    expect(p.indexOf('恰好是整数')).toBeLessThan(p.indexOf('torchvision'));
    expect(zh.puzzle.conclusion).not.toContain('torchvision');
    expect(en.puzzle.conclusion).not.toContain('torchvision');
  });
  it('the size hint mentions rounding (torchvision 55.25 → 55, ZFNet 54.5 → 55 and 12.5 → 13)', () => {
    expect(en.walk.quizHints.size).toMatch(/55\.25 → 55.*54\.5 → 55, 12\.5 → 13/);
    expect(zh.walk.quizHints.size).toMatch(/55\.25 → 55.*54\.5 → 55，12\.5 → 13/);
  });
  it('ReLU: the paper credits Nair and Hinton and says it is not the first (§3.1)', () => {
    expect(en.walk.layer.relu1.speed).toContain('Nair and Hinton');
    expect(en.walk.layer.relu1.speed).toContain('not the first');
    expect(strings(en).some((s) => s.includes('first use at this scale'))).toBe(false);
  });
  it('ZF’s Figure 3 keeps 384-384-256: no “more kernels in the middle layers” claim', () => {
    expect(strings(en).some((s) => /more kernels in the middle/i.test(s))).toBe(false);
  });
  it('the article: its real title in both languages, and 6×6×256 three lines later', () => {
    expect(en.sources.full.article).toContain('经典网络(四)AlexNet全解析');
    expect(en.sources.full.article).toContain('CSDN');
    expect(zh.sources.full.article).toContain('《<zh>经典网络(四)AlexNet全解析</zh>》');
    expect(strings(zh).some((s) => s.includes('AlexNet 详解'))).toBe(false);
    expect(en.walk.layer.pool5.name).toContain('three lines later');
  });
});
