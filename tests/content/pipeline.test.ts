/**
 * The pipeline steps' own numbers, against counts worked by hand from the paper's §3.5:
 * the abstract's "60 million parameters and 650,000 neurons" for the two-GPU network.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { variants } from '../../src/core/variants';
import { convShareMax, neurons, pipelineValues } from '../../src/content/pipeline';

describe('pipeline numbers', () => {
  it('count the paper network’s neurons by hand: 55²·96 + 27²·256 + 2·13²·384 + 13²·256 + 4096 + 4096 + 1000', () => {
    const byHand = 55 * 55 * 96 + 27 * 27 * 256 + 2 * 13 * 13 * 384 + 13 * 13 * 256 + 4096 + 4096 + 1000;
    expect(byHand).toBe(659272);
    expect(neurons(analyze(variants.paper))).toBe(byHand);
    // The abstract's 650,000 is this count, rounded.
    expect(Math.abs(byHand - 650000) / 650000).toBeLessThan(0.015);
  });

  it('fill the paper’s parameter count, worked by hand from its grouped layers', () => {
    const byHand =
      (11 * 11 * 3 + 1) * 96 +
      (5 * 5 * 48 + 1) * 256 +
      (3 * 3 * 256 + 1) * 384 +
      (3 * 3 * 192 + 1) * 384 +
      (3 * 3 * 192 + 1) * 256 +
      (9216 * 4096 + 4096) +
      (4096 * 4096 + 4096) +
      (4096 * 1000 + 1000);
    const v = pipelineValues(analyze(variants.seed), 'seed');
    expect(v.paperParams).toBe(byHand.toLocaleString('en-US'));
    expect(v.params).toBe('62,378,344');
    expect(v.imageSize).toBe('227');
  });

  it('find conv4 the largest conv layer of the seed net, at 2.1 % of the parameters', () => {
    // (3·3·384 + 1)·384 / 62,378,344
    expect(convShareMax(analyze(variants.seed))).toBeCloseTo((1327488 / 62378344) * 100, 6);
  });
});
