import { describe, expect, it } from 'vitest';
import { windowSize } from '../../src/core/arithmetic';
import { derivationBrief, derivationTex, derivationText, formatBytes, formatInt } from '../../src/core/format';

describe('windowSize', () => {
  it('whole division, conv1 of the seed: (227 − 11 + 2·0)/4 + 1 = 55', () => {
    const w = windowSize(227, 11, 4, 0, 'floor', true);
    expect(w.output).toBe(55);
    expect(w.dropped).toBe(0);
    expect(derivationText(w.derivation)).toBe('(227 − 11 + 2·0)/4 + 1 = 216/4 + 1 = 54 + 1 = 55');
    expect(derivationBrief(w.derivation)).toBe('(227 − 11 + 2·0)/4 + 1 = 55');
    expect(derivationTex(w.derivation)).toBe('\\frac{227 - 11 + 2\\cdot 0}{4} + 1 = \\frac{216}{4} + 1 = 54 + 1 = 55');
  });
  it('the paper’s 224: 213/4 = 53.25, floored', () => {
    const w = windowSize(224, 11, 4, 0, 'floor', true);
    expect(derivationText(w.derivation)).toBe('(224 − 11 + 2·0)/4 + 1 = 213/4 + 1 = 53.25 + 1 = ⌊53.25⌋ + 1 = 54');
    expect(w).toMatchObject({ exact: 54.25, output: 54, dropped: 1, droppedPadding: 0, padded: 0 });
    // torchvision pads by 2: (224 − 11 + 4)/4 = 54.25 again, but the unread cell is padding.
    expect(windowSize(224, 11, 4, 2, 'floor', true)).toMatchObject({ output: 55, dropped: 0, droppedPadding: 1 });
    // ZFNet's conv1, padding 1: (224 − 7 + 2)/2 + 1 = 110.5 → 110; the unread cell is padding.
    expect(windowSize(224, 7, 2, 1, 'floor', true)).toMatchObject({ output: 110, dropped: 0, droppedPadding: 1 });
  });
  it('the ceil-mode correction of PyTorch is shown as a step', () => {
    // 3 pixels, pad 1, kernel 1, stride 2: (3 − 1 + 2)/2 + 1 = 3, but the third window would
    // start at 2·2 = 4 ≥ 3 + 1, wholly in the padding, so PyTorch keeps 2.
    const exact = windowSize(3, 1, 2, 1, 'ceil', true);
    expect(exact.output).toBe(2);
    expect(derivationText(exact.derivation)).toBe('(3 − 1 + 2·1)/2 + 1 = 4/2 + 1 = 2 + 1 = 3 − 1 = 2');
    // Floor never corrects: the same numbers give 3.
    expect(windowSize(3, 1, 2, 1, 'floor', true).output).toBe(3);
    // 4 pixels, pad 1, kernel 2, stride 3: (4 − 2 + 2)/3 + 1 = 2.33 → ceil 3; the third window
    // would start at 6 ≥ 4 + 1, so PyTorch keeps 2.
    const w = windowSize(4, 2, 3, 1, 'ceil', true);
    expect(w.output).toBe(2);
    expect(w.derivation.steps.map((s) => s.text)).toContain('3 − 1');
  });
  it('an output below 1 is reported, not thrown', () => {
    expect(windowSize(5, 7, 1, 0, 'floor', false).output).toBe(-1);
  });
});

describe('format', () => {
  it('groups thousands', () => {
    expect(formatInt(62378344)).toBe('62,378,344');
    expect(formatInt(999)).toBe('999');
    expect(formatInt(-1234)).toBe('-1,234');
  });
  it('writes bytes in decimal units', () => {
    expect(formatBytes(249_513_376)).toBe('250 MB');
    expect(formatBytes(1_161_600)).toBe('1.16 MB');
    expect(formatBytes(512)).toBe('512 B');
  });
});
