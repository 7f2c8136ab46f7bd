/**
 * Imported weights run on tfjs's cpu backend, against PyTorch on the same input (the app's own
 * preprocessing of the fixture picture, written as raw float32 and handed to
 * scripts/torch_reference.py, so the comparison is of the networks, not of two resizes).
 * conv1, pool5, fc8 and the softmax must agree within 1e-3 of each layer's range, and the
 * top-5 must be the same classes in the same order.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { presetPreprocess } from '../../src/core/presetPreprocess';
import type { RgbaImage, TensorData } from '../../src/core/tensorData';
import { Engine } from '../../src/tf/engine';
import { importedSource } from './importedSource';
import { fixture, fixtureDir } from '../core/weights/helpers';
import { readWeightsFile } from '../../src/core/weights/read';
import { useCpu } from './helpers';

const python = process.env.PYTHON ?? '/usr/bin/python3';
let work = '';

beforeAll(async () => {
  await useCpu();
  work = mkdtempSync(join(tmpdir(), 'alexnet-ref-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

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

/** PyTorch's conv1, pool5, fc8, softmax and top-5 for `file` on `input`. */
function torchReference(file: string, input: TensorData): { layers: Map<string, Float32Array>; top5: number[] } {
  const size = input.shape[0] ?? 0;
  const inPath = join(work, `${file}.input.f32`);
  const outDir = join(work, file);
  writeFileSync(inPath, new Uint8Array(input.data.buffer, input.data.byteOffset, input.data.byteLength));
  const run = spawnSync(python, ['scripts/torch_reference.py', join(fixtureDir, file), inPath, String(size), outDir], {
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`torch_reference.py failed: ${run.stderr}`);
  const layers = new Map<string, Float32Array>();
  for (const id of ['conv1', 'pool5', 'fc8', 'softmax']) {
    const b = readFileSync(join(outDir, `${id}.f32`));
    layers.set(id, new Float32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength)));
  }
  const top5 = (JSON.parse(readFileSync(join(outDir, 'top5.json'), 'utf8')) as { indices: number[] }).indices;
  return { layers, top5 };
}

function top5(p: Float32Array): number[] {
  return [...p.keys()].sort((a, b) => (p[b] ?? 0) - (p[a] ?? 0)).slice(0, 5);
}

/** max |ours − torch| / (max − min of torch's values). */
function relativeError(ours: Float32Array, ref: Float32Array): number {
  expect(ours.length).toBe(ref.length);
  let lo = Infinity;
  let hi = -Infinity;
  let err = 0;
  for (let i = 0; i < ref.length; i++) {
    const r = ref[i] ?? 0;
    lo = Math.min(lo, r);
    hi = Math.max(hi, r);
    err = Math.max(err, Math.abs((ours[i] ?? 0) - r));
  }
  return err / (hi - lo);
}

async function compare(file: string, preset: 'torchvision' | 'caffe', size: number, specId: string): Promise<void> {
  const net = await readWeightsFile(fixture(file), { fileName: file });
  expect(net.preset).toBe(preset);
  expect(net.spec.id).toBe(specId);
  const { input } = presetPreprocess(picture(), net.preset, size);
  const ref = torchReference(file, input);
  const engine = new Engine();
  try {
    await engine.build(net.spec, 0, { source: importedSource(net.layers), sourceKey: net.sha256 });
    const { activations } = await engine.forward(input);
    const out = new Map(activations);
    for (const id of ['conv1', 'pool5', 'fc8', 'softmax']) {
      const ours = out.get(id)?.data ?? new Float32Array(0);
      const err = relativeError(ours, ref.layers.get(id) ?? new Float32Array(0));
      expect(err, `${file} ${id}: max error / range`).toBeLessThan(1e-3);
    }
    const probs = out.get('softmax')?.data ?? new Float32Array(0);
    expect(top5(probs)).toEqual(ref.top5);
    // The net is not degenerate: its top class stands out (the comparison would be weak otherwise).
    expect(probs[ref.top5[0] ?? 0]).toBeGreaterThan(0.05);
  } finally {
    engine.dispose();
  }
}

describe('imported weights run as PyTorch runs them (tfjs cpu backend)', () => {
  test('torchvision AlexNet state_dict (.pth zip): conv1, pool5, fc8, softmax and top-5', async () => {
    await compare('alexnet-zip.pth', 'torchvision', 224, 'torchvision');
  }, 300_000);

  test('paper-shaped ONNX (groups 2, LRN, Caffe preset, 227 input)', async () => {
    await compare('paper.onnx', 'caffe', 227, 'onnx');
  }, 300_000);
});
