import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import { variants } from '../../../src/core/variants';
import { cellKind, countCells, frameAt, unreadPadding, windowPlan, windowTaps } from '../../../src/core/ops/windows';

describe('windowPlan', () => {
  it('places conv1 of the seed variant at 0, 4, …, 216 with no padding or lost pixels', () => {
    const p = windowPlan({ input: 227, kernel: 11, stride: 4, padding: 0, dilation: 1, rounding: 'floor' });
    expect(p.starts).toHaveLength(55);
    expect(p.starts[1]).toBe(4);
    expect(p.starts.at(-1)).toBe(216);
    expect(windowTaps(p, 54).at(-1)).toBe(226);
    expect([p.lo, p.hi]).toEqual([0, 227]);
    expect(countCells(p, 'input')).toBe(227);
  });

  it('shows the paper’s 224 input losing its last pixel to floor rounding (hand-worked: 3 + 53·4 + 11 = 224 − 1)', () => {
    const p = windowPlan({ input: 224, kernel: 11, stride: 4, padding: 0, dilation: 1, rounding: 'floor' });
    expect(p.starts).toHaveLength(54);
    expect(p.starts.at(-1)).toBe(212); // last window covers 212…222
    expect(cellKind(p, 222)).toBe('input');
    expect(cellKind(p, 223)).toBe('dropped');
    expect(countCells(p, 'dropped')).toBe(1);
  });

  it('marks torchvision conv1’s two padding cells on each side', () => {
    const p = windowPlan({ input: 224, kernel: 11, stride: 4, padding: 2, dilation: 1, rounding: 'floor' });
    expect(p.starts[0]).toBe(-2);
    expect([cellKind(p, -2), cellKind(p, -1), cellKind(p, 0)]).toEqual(['pad', 'pad', 'input']);
    expect(p.size.output).toBe(55);
    // (224 + 4 − 11)/4 = 54.25: the last window starts at 54·4 − 2 = 214 and reads 214…224,
    // so every image pixel (0…223) and padding cell 224 are read; padding cell 225 is not.
    expect(cellKind(p, 223)).toBe('input');
    expect(cellKind(p, 224)).toBe('pad');
    expect(cellKind(p, 225)).toBe('pad');
    expect(countCells(p, 'dropped')).toBe(0);
    expect(unreadPadding(p)).toBe(1);
  });

  it('marks the cell a ceil-mode window reads past the edge (ZFNet pool1: 110 → 55)', () => {
    const p = windowPlan({ input: 110, kernel: 3, stride: 2, padding: 0, dilation: 1, rounding: 'ceil' });
    expect(p.size.output).toBe(55);
    expect(p.starts.at(-1)).toBe(108); // reads 108, 109, 110: 110 is past the input
    expect(cellKind(p, 110)).toBe('extra');
    expect(p.hi).toBe(111);
  });

  it('spreads the taps of a dilated kernel: 3 taps, dilation 2 → reach 5', () => {
    const p = windowPlan({ input: 9, kernel: 3, stride: 1, padding: 0, dilation: 2, rounding: 'floor' });
    expect(p.reach).toBe(5);
    expect(p.size.output).toBe(5);
    expect(windowTaps(p, 1)).toEqual([1, 3, 5]);
  });

  it('agrees with core’s analysis on every conv and pool layer of every variant', () => {
    let checked = 0;
    for (const spec of Object.values(variants)) {
      for (const info of analyze(spec).layers) {
        const l = info.layer;
        if ((l.kind !== 'conv' && l.kind !== 'maxpool') || !info.size || info.inputShape.kind !== 'spatial') continue;
        const p = windowPlan({
          input: info.inputShape.hwc[0],
          kernel: l.kind === 'conv' ? l.kernel : l.size,
          stride: l.stride,
          padding: l.kind === 'conv' ? l.padding : 0,
          dilation: 1,
          rounding: l.kind === 'conv' ? 'floor' : l.rounding,
        });
        expect(p.starts.length, `${spec.id} ${l.id}`).toBe(info.size.output);
        expect(countCells(p, 'dropped'), `${spec.id} ${l.id} dropped`).toBe(info.size.dropped);
        expect(unreadPadding(p), `${spec.id} ${l.id} unread padding`).toBe(info.size.droppedPadding);
        expect(countCells(p, 'extra'), `${spec.id} ${l.id} extra`).toBe(info.size.padded);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(30);
  });
});

describe('frameAt', () => {
  it('walks the output row by row and stops at the last window', () => {
    expect(frameAt(55, 0)).toEqual({ x: 0, y: 0 });
    expect(frameAt(55, 56)).toEqual({ x: 1, y: 1 });
    expect(frameAt(55, 55 * 55 - 1)).toEqual({ x: 54, y: 54 });
    expect(frameAt(55, 10_000)).toEqual({ x: 54, y: 54 });
  });
});
