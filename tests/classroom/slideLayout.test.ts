/**
 * The PNG slide's layout (slideLayout.ts), without a canvas: the title once (never "softmax
 * softmax"), no line said twice (a pool's "no learnable parameters"), the badge and the top five
 * with the random warning on the slide, no text under minTextPx, and diagram labels of at least
 * 20 px at any scale.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { variants } from '../../src/core/variants';
import { stepIndexOf, walkSteps } from '../../src/content/steps';
import { initI18n } from '../../src/i18n';
import { stepSlide } from '../../src/components/classroom/stepSlide';
import {
  type DrawOp,
  type Measure,
  type SlideText,
  labelFloor,
  layoutSlide,
  minLabelPx,
  minTextPx,
  slideHeight,
  slideWidth,
} from '../../src/components/classroom/slideLayout';

const i18n = initI18n('en');
const t = i18n.getFixedT('en');
/** A plain font: every character 0.55 em wide. */
const measure: Measure = (s, size) => s.length * size * 0.55;
const badge = 'Random weights (seed 42), not trained';
const top = {
  heading: 'Top 5 of 1000 classes',
  warning: 'Random weights: these predictions mean nothing.',
  rows: [0.19, 0.13, 0.06, 0.04, 0.03].map((value, i) => ({ name: `class ${i}`, value, percent: `${value * 100}%` })),
};

function textOf(id: string, extra: Partial<SlideText> = {}): SlideText {
  const analysis = analyze(variants.seed);
  const steps = walkSteps(analysis);
  const step = steps[stepIndexOf(steps, id)];
  if (!step) throw new Error(id);
  return { ...stepSlide(step, analysis, 'seed', t), badge, ...extra };
}

const texts = (ops: readonly DrawOp[]) => ops.flatMap((op) => (op.kind === 'text' ? [op] : []));

describe('the PNG slide', () => {
  it('names the softmax once: no kind that repeats the title', () => {
    const { ops } = layoutSlide(textOf('softmax', { top }), measure, false);
    const words = texts(ops).map((op) => op.text);
    expect(words.filter((w) => /softmax/i.test(w))).toEqual(['softmax']);
    expect(words.join(' ')).not.toMatch(/softmax\s+softmax/i);
  });

  it('says nothing twice on a layer without weights', () => {
    for (const id of ['input', 'relu1', 'pool1', 'softmax', 'flatten']) {
      const words = texts(layoutSlide(textOf(id), measure).ops).map((op) => op.text);
      expect(new Set(words).size, id).toBe(words.length);
      expect(words.filter((w) => /no learnable parameters/i.test(w)).length, id).toBeLessThanOrEqual(1);
    }
  });

  it('carries the badge, and the top five with the warning beside fc8’s strip', () => {
    const { ops, pictures } = layoutSlide(textOf('fc8', { top }), measure, true);
    const words = texts(ops).map((op) => op.text);
    expect(words).toContain(badge);
    expect(words).toContain(top.warning);
    for (const r of top.rows) expect(words).toContain(r.percent);
    // The strip keeps the left part; the list is right of it.
    const warning = texts(ops).find((op) => op.text === top.warning);
    expect(warning?.x ?? 0).toBeGreaterThanOrEqual(pictures.x + pictures.width);
    expect(pictures.width).toBeGreaterThan(400);
  });

  it('sets no text under the floor and keeps it on the slide', () => {
    for (const id of ['pipeline-data', 'pipeline-results', 'input', 'conv1', 'pool1', 'fc6', 'fc8', 'softmax']) {
      const withTop = ['fc8', 'softmax', 'pipeline-results'].includes(id) ? { top } : {};
      for (const op of texts(layoutSlide(textOf(id, withTop), measure, id !== 'softmax').ops)) {
        expect(op.size, `${id}: ${op.text}`).toBeGreaterThanOrEqual(minTextPx);
        expect(op.y, `${id}: ${op.text}`).toBeLessThanOrEqual(slideHeight);
        const left = op.align === 'right' ? op.x - op.maxWidth : op.x;
        expect(left, `${id}: ${op.text}`).toBeGreaterThanOrEqual(0);
        expect(left + op.maxWidth, `${id}: ${op.text}`).toBeLessThanOrEqual(slideWidth);
      }
    }
  });

  it('draws diagram labels at 20 px or more whatever the diagram’s scale', () => {
    expect(minLabelPx).toBeGreaterThanOrEqual(20);
    for (const scale of [0.5, 1, 1.3, 2.4]) expect(labelFloor(scale) * scale).toBeCloseTo(minLabelPx);
  });
});
