/**
 * The three ways one network arrives (torch zip, torch legacy, torch.onnx export) give the same
 * ImportedNetwork, and a Caffe-shaped ONNX graph gives its own spec. Networks are compared by
 * per-layer SHA-256 so that two 233 MiB networks are never held at once.
 */
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import { torchvision } from '../../../src/core/variants';
import { readWeightsFile } from '../../../src/core/weights/read';
import type { ImportStage } from '../../../src/core/weights/types';
import { fixture, layerDigests, readFixture } from './helpers';

const ids = ['conv1', 'conv2', 'conv3', 'conv4', 'conv5', 'fc6', 'fc7', 'fc8'];
let zipDigests: string[] = [];

describe('torchvision AlexNet in three serialisations', () => {
  test('zip .pth: torchvision spec and preset, every layer in the engine layout, file hash', async () => {
    const bytes = fixture('alexnet-zip.pth');
    const fileHash = createHash('sha256').update(bytes).digest('hex');
    const stages: ImportStage[] = [];
    const early: string[] = [];
    const net = await readWeightsFile(bytes, {
      fileName: 'alexnet-zip.pth',
      onProgress: (stage, done, total) => {
        expect(done).toBeLessThanOrEqual(total);
        if (stages[stages.length - 1] !== stage) stages.push(stage);
      },
      onLayer: (layer, spec) => {
        expect(spec).toBe(torchvision);
        early.push(layer.layerId);
      },
    });
    expect(net.format).toBe('pth-zip');
    expect(net.spec).toBe(torchvision);
    expect(net.preset).toBe('torchvision');
    expect(net.sha256).toBe(fileHash);
    expect(net.official).toBeUndefined();
    expect(net.fileName).toBe('alexnet-zip.pth');
    expect(net.bytes).toBe(bytes.length);
    expect(stages).toEqual(['reading', 'checking']);
    expect(early).toEqual(ids);
    // conv1 [11, 11, 3, 64] and fc6 [9216, 4096], each with its biases.
    expect(net.layers.map((l) => [l.layerId, l.weights.length, l.bias.length])).toEqual([
      ['conv1', 11 * 11 * 3 * 64, 64],
      ['conv2', 5 * 5 * 64 * 192, 192],
      ['conv3', 3 * 3 * 192 * 384, 384],
      ['conv4', 3 * 3 * 384 * 256, 256],
      ['conv5', 3 * 3 * 256 * 256, 256],
      ['fc6', 9216 * 4096, 4096],
      ['fc7', 4096 * 4096, 4096],
      ['fc8', 4096 * 1000, 1000],
    ]);
    // Nothing refers back to the file's buffer: a worker can transfer the layers alone.
    for (const l of net.layers) {
      expect(l.weights.buffer).not.toBe(bytes.buffer);
      expect(l.bias.buffer).not.toBe(bytes.buffer);
    }
    zipDigests = layerDigests(net);
  }, 120_000);

  test('legacy .pth (_use_new_zipfile_serialization=False) gives identical layers', async () => {
    const net = await readFixture('alexnet-legacy.pth');
    expect(net.format).toBe('pth-legacy');
    expect(net.spec).toBe(torchvision);
    expect(layerDigests(net)).toEqual(zipDigests);
  }, 120_000);

  test('torch.onnx export: the graph is recognised as torchvision AlexNet, identical layers', async () => {
    const net = await readFixture('alexnet.onnx');
    expect(net.format).toBe('onnx');
    expect(net.spec).toBe(torchvision);
    expect(net.preset).toBe('torchvision');
    expect(layerDigests(net)).toEqual(zipDigests);
  }, 120_000);
});

describe('paper-shaped ONNX (BVLC AlexNet layout)', () => {
  test('spec derived from the graph: 227 input, groups 2, LRN α/n, dropout, softmax; Caffe preset', async () => {
    const net = await readFixture('paper.onnx');
    expect(net.preset).toBe('caffe');
    expect(net.spec.layers.map((l) => l.id)).toEqual([
      'input',
      'conv1',
      'relu1',
      'norm1',
      'pool1',
      'conv2',
      'relu2',
      'norm2',
      'pool2',
      'conv3',
      'relu3',
      'conv4',
      'relu4',
      'conv5',
      'relu5',
      'pool5',
      'flatten',
      'fc6',
      'relu6',
      'drop6',
      'fc7',
      'relu7',
      'drop7',
      'fc8',
      'softmax',
    ]);
    const byId = new Map(net.spec.layers.map((l) => [l.id, l]));
    expect(byId.get('input')).toEqual({ kind: 'input', id: 'input', size: 227, channels: 3 });
    expect(byId.get('conv2')).toEqual({
      kind: 'conv',
      id: 'conv2',
      filters: 256,
      kernel: 5,
      stride: 1,
      padding: 2,
      groups: 2,
    });
    expect(byId.get('conv4')).toMatchObject({ groups: 2 });
    expect(byId.get('conv5')).toMatchObject({ groups: 2 });
    expect(byId.get('norm1')).toEqual({
      kind: 'lrn',
      id: 'norm1',
      size: 5,
      k: 1,
      alpha: 1e-4,
      beta: 0.75,
      alphaConvention: 'divided-by-n',
    });
    expect(byId.get('pool1')).toEqual({ kind: 'maxpool', id: 'pool1', size: 3, stride: 2, rounding: 'floor' });
    const a = analyze(net.spec);
    expect(a.ok).toBe(true);
    // BVLC AlexNet's well-known parameter count.
    expect(a.totals.params).toBe(60_965_224);
    // Grouped conv2: [5, 5, 48, 256].
    expect(net.layers.find((l) => l.layerId === 'conv2')?.weights.length).toBe(5 * 5 * 48 * 256);
  }, 120_000);
});
