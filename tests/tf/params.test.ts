/** The LRN constant mapping and the adaptive-pool bins, checked on their own. */
import { describe, expect, it } from 'vitest';
import { lrn } from '../../src/core/layers';
import { adaptiveBins, adaptivePoolMatrix } from '../../src/tf/adaptivePool';
import { tfLrnParams } from '../../src/tf/lrnParams';

describe('tfLrnParams', () => {
  it("maps the paper's n, k, α, β onto tfjs's depthRadius, bias, alpha, beta", () => {
    expect(tfLrnParams(lrn('norm1'))).toEqual({ depthRadius: 2, bias: 2, alpha: 1e-4, beta: 0.75 });
  });
  it('divides α by n for the Caffe/PyTorch convention', () => {
    const p = tfLrnParams({ ...lrn('norm1'), size: 5, k: 1, alpha: 1e-4, alphaConvention: 'divided-by-n' });
    expect(p.depthRadius).toBe(2);
    expect(p.bias).toBe(1);
    expect(p.alpha).toBeCloseTo(2e-5, 12);
  });
});

describe('adaptive average pool bins', () => {
  it("follow PyTorch's floor/ceil rule, overlapping when sizes do not divide", () => {
    // 5 → 3: rows 0–1, 1–3, 3–4.
    const b = Array.from(adaptiveBins(5, 3), (v) => Math.round(v * 1000) / 1000);
    expect(b).toEqual([0.5, 0.5, 0, 0, 0, 0, 0.333, 0.333, 0.333, 0, 0, 0, 0, 0.5, 0.5]);
  });
  it('is the identity when input and output sizes match', () => {
    const m = adaptivePoolMatrix(6, 6);
    for (let r = 0; r < 36; r++) for (let c = 0; c < 36; c++) expect(m[r * 36 + c]).toBe(r === c ? 1 : 0);
  });
  it('averages: every row of the 2-D matrix sums to 1', () => {
    const m = adaptivePoolMatrix(13, 6);
    for (let r = 0; r < 36; r++) {
      const sum = m.subarray(r * 169, (r + 1) * 169).reduce((a, v) => a + v, 0);
      expect(sum).toBeCloseTo(1, 6);
    }
  });
});
