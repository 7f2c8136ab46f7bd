import { describe, expect, it } from 'vitest';
import { checkByteSize, fitWithin, imageLimits, inspect, pixelProblem, sizeNotes } from '../../src/image/plan';
import { fixture } from './helpers';

const codes = (notes: readonly { code: string }[]) => notes.map((n) => n.code);
const problem = (name: string) => {
  const r = inspect(fixture(name));
  return r.ok ? null : r.problem;
};

describe('checks before decoding, on the fixture files', () => {
  it('refuses each bad file with its own reason', () => {
    expect(problem('empty.png')).toEqual({ code: 'empty' });
    expect(problem('text-renamed.png')).toEqual({ code: 'text' });
    expect(problem('vector.svg')).toEqual({ code: 'svg' });
    expect(problem('truncated.png')).toEqual({ code: 'truncated', values: { format: 'PNG' } });
  });
  it('passes the damaged-data PNG on to the decoder: its header is sound, only the pixels are not', () => {
    expect(inspect(fixture('corrupt.png')).ok).toBe(true);
  });
  it('accepts the odd but valid ones, with notes from the header', () => {
    const expectNotes = (name: string, expected: string[]) => {
      const r = inspect(fixture(name));
      expect(r.ok && codes(r.notes)).toEqual(expected);
    };
    expectNotes('tiny-1x1.png', []);
    expectNotes('gray.png', ['grayscale']);
    expectNotes('deep-16bit.png', ['sixteenBit']);
    expectNotes('animated.gif', ['firstFrame']);
    expectNotes('rotated-exif.jpg', ['rotated']);
    expectNotes('huge-12000.png', []);
  });
});

describe('limits', () => {
  it('refuses 0 bytes and anything over 50 MB, saying the limit', () => {
    expect(checkByteSize(0)).toEqual({ code: 'empty' });
    expect(checkByteSize(50 * 2 ** 20)).toBeNull();
    expect(checkByteSize(63.2 * 2 ** 20 + 1)).toEqual({ code: 'tooBig', values: { size: '63.2 MB', limit: 50 } });
  });
  it('admits 12000×12000 (144 MP) but not 20000×20000 (400 MP)', () => {
    expect(pixelProblem(12000, 12000)).toBeNull();
    expect(pixelProblem(20000, 20000)).toEqual({
      code: 'tooManyPixels',
      values: { size: '20000×20000', megapixels: 400, limit: 200 },
    });
  });
  it('fits the working copy within 1024 pixels, never below one pixel', () => {
    expect(imageLimits.workingSide).toBe(1024);
    expect(fitWithin(12000, 12000, 1024)).toEqual([1024, 1024]);
    expect(fitWithin(4032, 3024, 1024)).toEqual([1024, 768]);
    expect(fitWithin(100000, 10, 1024)).toEqual([1024, 1]);
    expect(fitWithin(451, 300, 1024)).toEqual([451, 300]);
  });
});

describe('size notes', () => {
  it('says "scaled down from 12000×12000"', () => {
    expect(sizeNotes([12000, 12000], [1024, 1024], 227)).toEqual([
      { code: 'scaledDown', values: { from: '12000×12000', to: '1024×1024' } },
    ]);
  });
  it('warns that 1×1 will be one flat colour, and that a small image is enlarged', () => {
    expect(sizeNotes([1, 1], [1, 1], 227)).toEqual([{ code: 'flat', values: { input: 227 } }]);
    expect(codes(sizeNotes([64, 48], [64, 48], 227))).toEqual(['enlarged']);
    expect(codes(sizeNotes([451, 300], [451, 300], 227))).toEqual([]);
  });
  it('says how little of a long strip the square crop keeps', () => {
    expect(sizeNotes([2000, 400], [1024, 205], 227)).toContainEqual({ code: 'cropHeavy', values: { percent: 20 } });
  });
});
