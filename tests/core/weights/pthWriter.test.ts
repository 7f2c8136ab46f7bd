/**
 * The .pth writer against the app's own reader: a lab network written with its spec in the
 * state_dict's _metadata reads back as that network, value for value, with the Fashion-MNIST
 * preset; a file without the metadata reads as the paper's switches; a spec that is not a lab
 * network is refused by name. (PyTorch loading the file: tests/tf/lab/export.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { labSpec, labWeighted } from '../../../src/core/lab/network';
import { paperSwitches } from '../../../src/core/lab/settings';
import { labSpecKey, labTorchTensors } from '../../../src/core/weights/labDict';
import { type MetaValue, crc32, writeTorchZip } from '../../../src/core/weights/pthWriter';
import { readWeightsFile } from '../../../src/core/weights/read';
import { readZip } from '../../../src/core/weights/zip';
import { expectedLayers } from '../../../src/core/weights/expected';
import type { ImportedLayer } from '../../../src/core/weights/types';

const spec = labSpec({ ...paperSwitches, activation: 'tanh', overlap: false, dropout: 0.25 });

/** Distinct values in every layer, in the engine's layout. */
function layersOf(): ImportedLayer[] {
  return expectedLayers(spec).map((e, k) => {
    const n = e.weightShape.reduce((a, b) => a * b, 1);
    return {
      layerId: e.layerId,
      weights: Float32Array.from({ length: n }, (_, i) => Math.sin(i * 0.37 + k)),
      bias: Float32Array.from({ length: e.biasLength }, (_, i) => Math.cos(i + k)),
    };
  });
}

const root = (extra: Record<string, MetaValue>) =>
  new Map<string, MetaValue>([['', new Map<string, MetaValue>([['version', 1], ...Object.entries(extra)])]]);

describe('the .pth writer', () => {
  it('computes the zip CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('writes a torch zip whose storages are 64-byte aligned', () => {
    const bytes = writeTorchZip(labTorchTensors(spec, layersOf()), root({ [labSpecKey]: JSON.stringify(spec) }));
    const entries = readZip(bytes);
    expect([...entries.keys()]).toEqual([
      'archive/data.pkl',
      'archive/byteorder',
      ...Array.from({ length: 10 }, (_, i) => `archive/data/${i}`),
      'archive/version',
    ]);
    for (const e of entries.values()) if (e.name.includes('/data/')) expect(e.dataOffset % 64).toBe(0);
  });

  it('reads back as the lab network, its spec from _metadata, value for value', async () => {
    const layers = layersOf();
    const bytes = writeTorchZip(labTorchTensors(spec, layers), root({ [labSpecKey]: JSON.stringify(spec) }));
    const net = await readWeightsFile(bytes, { fileName: 'lab.pth' });
    expect(net.format).toBe('pth-zip');
    expect(net.preset).toBe('fashion');
    expect(net.spec).toEqual(spec);
    expect(net.layers.map((l) => l.layerId)).toEqual([...labWeighted]);
    for (const [i, l] of net.layers.entries()) {
      expect([...l.weights]).toEqual([...(layers[i]?.weights ?? [])]);
      expect([...l.bias]).toEqual([...(layers[i]?.bias ?? [])]);
    }
  });

  it('reads a lab state_dict without metadata as the paper’s switches', async () => {
    const paper = labSpec(paperSwitches);
    const layers = expectedLayers(paper).map((e) => ({
      layerId: e.layerId,
      weights: new Float32Array(e.weightShape.reduce((a, b) => a * b, 1)).fill(0.5),
      bias: new Float32Array(e.biasLength),
    }));
    const net = await readWeightsFile(writeTorchZip(labTorchTensors(paper, layers), root({})));
    expect(net.spec).toEqual(paper);
  });

  it('refuses metadata that is not a lab network, naming the key', async () => {
    const tensors = labTorchTensors(spec, layersOf());
    const other = { ...spec, layers: spec.layers.filter((l) => l.id !== 'drop3') };
    await expect(
      readWeightsFile(writeTorchZip(tensors, root({ [labSpecKey]: JSON.stringify(other) }))),
    ).rejects.toMatchObject({ code: 'badGraph', params: { node: labSpecKey, reason: 'not a lab network' } });
    await expect(readWeightsFile(writeTorchZip(tensors, root({ [labSpecKey]: '{' })))).rejects.toMatchObject({
      code: 'badGraph',
      params: { reason: 'not JSON' },
    });
  });

  it('refuses tensors whose shapes do not fit the spec, by name', async () => {
    const tensors = labTorchTensors(spec, layersOf()).map((t) =>
      t.name === 'fc4.bias' ? { ...t, shape: [64], data: t.data.subarray(0, 64) } : t,
    );
    await expect(
      readWeightsFile(writeTorchZip(tensors, root({ [labSpecKey]: JSON.stringify(spec) }))),
    ).rejects.toMatchObject({ code: 'badShape', params: { tensor: 'fc4.bias', expected: '128', got: '64' } });
  });
});
