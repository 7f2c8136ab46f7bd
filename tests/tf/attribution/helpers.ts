/**
 * Shared by the attribution tests: the fixture picture (made by scripts/make-weight-fixtures.py),
 * PyTorch's attributions on the app's own input (scripts/attribution_reference.py), and the
 * comparison the issue asks for: the largest difference over the reference map's range.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RgbaImage, TensorData } from '../../../src/core/tensorData';
import { fixtureDir } from '../../core/weights/helpers';

const python = process.env.PYTHON ?? '/usr/bin/python3';

/** The 451×301 fixture photo as RGBA. */
export function picture(): RgbaImage {
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

export interface TorchAttributions {
  readonly maps: Map<string, Float32Array>;
  readonly meta: { top: number; channel: number; unit: [number, number]; value: number; starts: number[] };
}

/** Runs scripts/attribution_reference.py on `input` (the app's normalised input) for `weights`. */
export function torchAttributions(
  weights: string,
  input: TensorData,
  occSize: number,
  occStride: number,
): TorchAttributions {
  const dir = mkdtempSync(join(tmpdir(), 'attr-ref-'));
  const inPath = join(dir, 'input.f32');
  writeFileSync(inPath, new Uint8Array(input.data.buffer, input.data.byteOffset, input.data.byteLength));
  const args = [weights, inPath, String(input.shape[0]), dir, String(occSize), String(occStride)];
  const run = spawnSync(python, ['scripts/attribution_reference.py', ...args], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`attribution_reference.py failed: ${run.stderr}`);
  const maps = new Map<string, Float32Array>();
  for (const name of ['gradcam', 'gradcam_weights', 'saliency', 'occlusion', 'deconv', 'guided']) {
    const b = readFileSync(join(dir, `${name}.f32`));
    maps.set(name, new Float32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength)));
  }
  return { maps, meta: JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as TorchAttributions['meta'] };
}

/** max |ours − ref| / (max − min of ref); Infinity when the lengths differ or ref is flat. */
export function errorOverRange(ours: ArrayLike<number>, ref: ArrayLike<number>): number {
  if (ours.length !== ref.length || ref.length === 0) return Infinity;
  let lo = Infinity;
  let hi = -Infinity;
  let err = 0;
  for (let i = 0; i < ref.length; i++) {
    const r = ref[i] ?? NaN;
    lo = Math.min(lo, r);
    hi = Math.max(hi, r);
    err = Math.max(err, Math.abs((ours[i] ?? NaN) - r));
  }
  return hi > lo && !Number.isNaN(err) ? err / (hi - lo) : Infinity;
}
