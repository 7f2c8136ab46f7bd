/**
 * The presets against torchvision.transforms on the same picture (made by the fixture script:
 * PIL Resize/CenterCrop/ToTensor/Normalize, and Caffe's squash-crop-BGR-mean).
 * Tolerance: the pixel pipeline reimplements Pillow's fixed-point arithmetic, so the crops are
 * expected to be equal to the grey level; 1e-6 on the normalised values allows only float32
 * rounding (one grey level is 1/255/0.225 ≈ 0.017 after normalising, far above it).
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { presetDenormalize, presetGeometry, presetPreprocess } from '../../../src/core/presetPreprocess';
import type { RgbaImage } from '../../../src/core/tensorData';
import { fixtureDir } from './helpers';

function picture(): RgbaImage {
  const { width, height } = JSON.parse(readFileSync(join(fixtureDir, 'image.json'), 'utf8')) as {
    width: number;
    height: number;
  };
  const rgb = readFileSync(join(fixtureDir, 'image.rgb'));
  const data = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    data.set(rgb.subarray(i * 3, i * 3 + 3), i * 4);
    data[i * 4 + 3] = 255;
  }
  return { width, height, data };
}

function reference(name: string): Float32Array {
  const b = readFileSync(join(fixtureDir, name));
  return new Float32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
}

function maxAbsDiff(a: Float32Array, b: Float32Array): number {
  expect(a.length).toBe(b.length);
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs((a[i] ?? 0) - (b[i] ?? 0)));
  return m;
}

describe('preprocessing presets', () => {
  test('geometry follows torchvision: 451×301 → 383×256 (int(256·451/301)), crop at (80, 16) (round half to even)', () => {
    expect(presetGeometry('torchvision', 451, 301, 224)).toEqual({ resized: [383, 256], offset: [80, 16], size: 224 });
    expect(presetGeometry('torchvision', 301, 451, 224)).toEqual({ resized: [256, 383], offset: [16, 80], size: 224 });
    // Caffe squashes to 256×256; (256 − 227)/2 = 14.5 rounds to 14.
    expect(presetGeometry('caffe', 451, 301, 227)).toEqual({ resized: [256, 256], offset: [14, 14], size: 227 });
  });

  test('torchvision preset equals torchvision.transforms (Resize 256, CenterCrop 224, Normalize)', () => {
    const { input, cropped } = presetPreprocess(picture(), 'torchvision', 224);
    expect(input.shape).toEqual([224, 224, 3]);
    expect(cropped.width).toBe(224);
    expect(maxAbsDiff(input.data, reference('image-torchvision.f32'))).toBeLessThanOrEqual(1e-6);
  });

  test('caffe preset equals the Caffe pipeline (256×256, crop 227, BGR minus 104/117/123)', () => {
    const { input } = presetPreprocess(picture(), 'caffe', 227);
    expect(input.shape).toEqual([227, 227, 3]);
    expect(maxAbsDiff(input.data, reference('image-caffe.f32'))).toBe(0);
  });

  test('denormalize gives back the crop the network saw', () => {
    for (const [preset, size] of [
      ['torchvision', 224],
      ['caffe', 227],
    ] as const) {
      const { input, cropped } = presetPreprocess(picture(), preset, size);
      expect(Array.from(presetDenormalize(input, preset).data)).toEqual(Array.from(cropped.data));
    }
  });
});
