/**
 * The walkthrough's teaching keys: every layer of every variant gets keys that exist in both
 * languages, every placeholder they use is documented and filled from the analysis, no note
 * is unreachable, and the prose's claims hold for the variants that show them.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { quizFor } from '../../src/core/quiz';
import { variantIds, variants } from '../../src/core/variants';
import { en } from '../../src/content';
import { zh } from '../../src/content/zh';
import { quizHintKey, statKeys, teachingKeys, teachingValues, walkPlaceholders } from '../../src/content/walkSteps';

/** The string at a dotted key, or undefined. */
function lookup(root: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>(
      (node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined),
      root,
    );
}

function leaves(obj: unknown, prefix: string): string[] {
  if (!obj || typeof obj !== 'object') return [prefix];
  return Object.entries(obj).flatMap(([k, v]) => leaves(v, `${prefix}.${k}`));
}

const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '');
/** Fills placeholders; an empty value (one that does not apply to the layer) stays unfilled. */
const fill = (s: string, values: Readonly<Record<string, string>>) =>
  s.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] || whole);

const analyses = variantIds.map((id) => ({ id, analysis: analyze(variants[id]) }));
const steps = analyses.flatMap(({ id, analysis }) =>
  analysis.layers.map((info, index) => ({ variant: id, analysis, info, index, keys: teachingKeys(info.layer, id) })),
);

describe('walk strings', () => {
  const all = leaves(en.walk, 'walk');

  it('use only documented placeholders', () => {
    const documented = new Set(Object.keys(walkPlaceholders));
    const undocumented = all.flatMap((key) =>
      placeholders(String(lookup(en, key)))
        .filter((p) => !documented.has(p))
        .map((p) => `${key}: ${p}`),
    );
    expect(undocumented).toEqual([]);
  });

  it('use full-width punctuation in Chinese prose, not ASCII commas or periods after CJK', () => {
    const bad = all.filter((key) => /[\u4e00-\u9fff][,.;:!?]/.test(String(lookup(zh, key))));
    expect(bad).toEqual([]);
  });

  it('do not hard-code numbers that the analysis computes', () => {
    const computed = new Set<string>();
    for (const { analysis } of analyses) {
      computed.add(analysis.totals.params.toLocaleString('en-US'));
      for (const l of analysis.layers) if (l.params.total > 0) computed.add(l.params.total.toLocaleString('en-US'));
    }
    computed.add('9216');
    const hits = all.filter((key) =>
      [...computed].some((n) => String(lookup(en, key)).includes(n) || String(lookup(zh, key)).includes(n)),
    );
    expect(hits).toEqual([]);
  });
});

describe('teachingKeys', () => {
  it('gives every layer of every variant what, why and notes that exist in both languages', () => {
    const missing = steps.flatMap(({ variant, info, keys }) =>
      [keys.what, keys.why, ...keys.notes].flatMap((key) =>
        [
          ['en', en],
          ['zh', zh],
        ]
          .filter(([, res]) => typeof lookup(res, key) !== 'string')
          .map(([lang]) => `${variant}/${info.layer.id}: ${key} (${String(lang)})`),
      ),
    );
    expect(missing).toEqual([]);
  });

  it('fills every placeholder of every key a step shows, in both languages', () => {
    const unfilled = steps.flatMap(({ variant, analysis, info, index, keys }) => {
      const values = teachingValues(analysis, index);
      const stat = statKeys(info);
      const shown = [
        keys.what,
        keys.why,
        ...keys.notes,
        ...Object.values(stat),
        'walk.ui.position',
        'walk.ui.paramShareText',
        'walk.ui.macShareText',
      ];
      return shown.flatMap((key) =>
        [en, zh]
          .map((res) => fill(String(lookup(res, key)), values))
          .filter((s) => s.includes('{{'))
          .map((s) => `${variant}/${info.layer.id}: ${key}: ${s}`),
      );
    });
    expect(unfilled).toEqual([]);
  });

  it('leaves no layer note unreachable', () => {
    const used = new Set<string>(steps.flatMap(({ keys }) => keys.notes));
    const notes = leaves(en.walk.layer, 'walk.layer').filter((key) => !used.has(key));
    expect(notes).toEqual([]);
    expect(used.has('walk.zfnet.ceilPool')).toBe(true);
    expect(used.has('walk.kind.dropout.here')).toBe(true);
  });

  it('dispatches on kind, not on the id alone', () => {
    const impostor = teachingKeys({ kind: 'relu', id: 'conv1' }, 'seed');
    expect(impostor).toEqual({ what: 'walk.kind.relu.what', why: 'walk.kind.relu.why', notes: [] });
    const paperConv2 = steps.find((s) => s.variant === 'paper' && s.info.layer.id === 'conv2');
    expect(paperConv2?.keys.notes).toEqual(['walk.layer.conv2.more', 'walk.layer.conv2.grouped']);
    const conv1 = variants.paper.layers.find((l) => l.id === 'conv1');
    expect(conv1 && teachingKeys(conv1, 'paper224').notes).toEqual([
      'walk.layer.conv1.maps',
      'walk.layer.conv1.learns',
    ]);
  });

  it('gives every quiz question a hint that exists in both languages', () => {
    for (const { analysis } of analyses) {
      for (const q of quizFor(analysis)) {
        const layer = analysis.layers.find((l) => l.layer.id === q.layerId)?.layer;
        expect(layer).toBeDefined();
        if (!layer) continue;
        const key = quizHintKey(q.kind, layer);
        expect([typeof lookup(en, key), typeof lookup(zh, key)]).toEqual(['string', 'string']);
      }
    }
  });
});

describe('the claims the notes make hold where they are shown', () => {
  const shown = (key: string) => steps.filter((s) => (s.keys.notes as readonly string[]).includes(key));
  const values = (s: (typeof steps)[number]) => teachingValues(s.analysis, s.index);

  it('conv2 has more kernels than maps coming in; conv5 fewer (or, in torchvision, as many)', () => {
    for (const s of shown('walk.layer.conv2.more'))
      expect(Number(values(s).filters)).toBeGreaterThan(Number(values(s).channels));
    for (const s of shown('walk.layer.conv5.down'))
      expect(Number(values(s).filters)).toBeLessThan(Number(values(s).channels));
    for (const s of shown('walk.layer.conv5.torchvision')) expect(values(s).filters).toBe(values(s).channels);
  });

  it('LRN notes write the paper’s convention (α multiplies the sum), which every variant uses', () => {
    const lrns = steps.filter((s) => s.info.layer.kind === 'lrn');
    expect(lrns.length).toBeGreaterThan(0);
    for (const s of lrns) expect(s.info.layer).toMatchObject({ alphaConvention: 'paper' });
  });

  it('fc6 holds more parameters than all five convolution layers together', () => {
    for (const s of shown('walk.layer.fc6.most')) {
      const convs = s.analysis.layers.filter((l) => l.layer.kind === 'conv');
      expect(convs).toHaveLength(5);
      expect(s.info.params.total).toBeGreaterThan(convs.reduce((sum, l) => sum + l.params.total, 0));
    }
  });

  it('size notes: conv3 keeps the side, pools overlap and roughly halve, torchvision and ZFNet round as described', () => {
    for (const s of shown('walk.layer.conv3.same')) expect(values(s).output).toBe(values(s).inputSize);
    for (const s of shown('walk.layer.pool1.overlap'))
      expect(Number(values(s).kernel)).toBeGreaterThan(Number(values(s).stride));
    for (const s of steps.filter((x) => x.info.layer.kind === 'maxpool')) {
      expect(Math.abs(Number(values(s).output) - Number(values(s).inputSize) / 2)).toBeLessThanOrEqual(1);
    }
    for (const s of shown('walk.layer.avgpool.identity')) expect(values(s).output).toBe(values(s).inputSize);
    for (const key of ['walk.layer.conv1.torchvision', 'walk.layer.conv1.zfnet', 'walk.zfnet.ceilPool']) {
      expect(shown(key).length).toBeGreaterThan(0);
      for (const s of shown(key)) expect(Number.isInteger(Number(values(s).exact))).toBe(false);
    }
    for (const s of shown('walk.zfnet.ceilPool'))
      expect(Number(values(s).output)).toBe(Math.ceil(Number(values(s).exact)));
    for (const s of shown('walk.layer.conv1.torchvision'))
      expect(Number(values(s).output)).toBe(Math.floor(Number(values(s).exact)));
  });

  it('grouped notes appear exactly on the paper’s grouped layers, with depth = channels ÷ groups', () => {
    const grouped = steps
      .filter((s) => s.keys.notes.some((k) => k.endsWith('.grouped')))
      .map((s) => `${s.variant}/${s.info.layer.id}`);
    expect(grouped).toEqual(['paper/conv2', 'paper/conv4', 'paper/conv5']);
    const conv2 = steps.find((s) => s.variant === 'paper' && s.info.layer.id === 'conv2');
    expect(conv2 && values(conv2)).toMatchObject({
      depth: '48',
      channels: '96',
      groups: '2',
      filtersPerGroup: '128',
      params: '307,456',
    });
  });

  it('renders the seed conv1 and the paper norm1 exactly', () => {
    const conv1 = steps.find((s) => s.variant === 'seed' && s.info.layer.id === 'conv1');
    const norm1 = steps.find((s) => s.variant === 'paper' && s.info.layer.id === 'norm1');
    if (!conv1 || !norm1) throw new Error('missing step');
    expect(fill(en.walk.layer.conv1.maps, values(conv1))).toContain(
      'Each kernel is 11×11×3 and jumps 4 px at a time, so the side shrinks from 227 to 55',
    );
    expect(fill(en.walk.layer.norm1.formula, values(norm1))).toContain(
      'n = 5 adjacent maps (the map itself and its neighbours). Constants: k = 2, α = 1e-4, β = 0.75.',
    );
    expect(values(norm1).radius).toBe('2');
    expect(fill(en.walk.count.position, values(conv1))).toBe('Layer 1 of 8 in the count');
  });
});
