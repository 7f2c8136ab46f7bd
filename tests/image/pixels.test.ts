import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/core/preprocess';
import { cameraProblem } from '../../src/image/camera';
import { fillChannel, normalizedLimit, signed2 } from '../../src/image/channelPicture';
import { fillPlaceholders } from '../../src/image/notes';
import { flattenOnWhite, notePercent } from '../../src/image/pixels';

describe('compositing on white', () => {
  it('turns transparent pixels white, keeps opaque ones, and blends the rest', () => {
    const data = new Uint8ClampedArray([10, 20, 30, 255, 0, 0, 0, 0, 200, 0, 0, 128]);
    expect(flattenOnWhite(data)).toBeCloseTo(2 / 3);
    // 200·128/255 + 255·127/255 = 100.4 + 127 → 227; 0 → 127.
    expect(Array.from(data)).toEqual([10, 20, 30, 255, 255, 255, 255, 255, 227, 127, 127, 255]);
  });
  it('reports at least 1% when any pixel was see-through', () => {
    expect(notePercent(0)).toBe(0);
    expect(notePercent(0.0001)).toBe(1);
    expect(notePercent(0.426)).toBe(43);
  });
});

describe('the normalised channels as a picture', () => {
  it('uses the largest possible |value| as the end of the colour scale: blue at 255 → 2.64', () => {
    expect(normalizedLimit).toBeCloseTo((1 - 0.406) / 0.225, 10);
  });
  it('maps −limit to the first LUT entry, +limit to the last, and the mean to the middle', () => {
    const lut = new Uint8ClampedArray(256 * 4).map((_, i) => Math.floor(i / 4));
    const px = (r: number, g: number, b: number) => new Uint8ClampedArray([r, g, b, 255]);
    const input = normalize({ width: 1, height: 1, data: px(0, 0, 255) });
    const rgba = new Uint8ClampedArray(4);
    fillChannel(rgba, input, 2, lut);
    expect(rgba[0]).toBe(255); // blue at 255 is the maximum of the scale
    fillChannel(rgba, normalize({ width: 1, height: 1, data: px(124, 0, 0) }), 0, lut);
    expect(rgba[0]).toBe(128); // 124/255 ≈ 0.486 ≈ the red mean: the middle
  });
  it('writes numbers with a true minus sign', () => {
    expect(signed2(-2.1179)).toBe('−2.12');
    expect(signed2(2.64)).toBe('2.64');
    expect(signed2(-0.001)).toBe('0.00');
  });
});

describe('sentences and camera problems', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fillPlaceholders('“{{name}}” is {{size}}', { name: 'a.png', size: '3 MB' })).toBe('“a.png” is 3 MB');
    expect(fillPlaceholders('{{missing}}', {})).toBe('{{missing}}');
  });
  it('names why the camera did not open', () => {
    expect(cameraProblem(new DOMException('no', 'NotAllowedError'))).toBe('denied');
    expect(cameraProblem(new DOMException('none', 'NotFoundError'))).toBe('notFound');
    expect(cameraProblem(new DOMException('busy', 'NotReadableError'))).toBe('busy');
    expect(cameraProblem(new Error('?'))).toBe('failed');
    expect(cameraProblem('a string')).toBe('failed');
  });
});
