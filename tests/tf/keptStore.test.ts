/**
 * Weights kept in the form the engine uploads (src/tf/weights/keptStore.ts), over a medium in
 * memory: they read back value for value, a record is whole or absent (the values are written
 * before the meta, and the meta deleted first), and an older or damaged record is ignored.
 */
import { describe, expect, it } from 'vitest';
import { torchvision } from '../../src/core/variants';
import { type KeptMedium, clearKept, loadKept, saveKept, setKeptPreset } from '../../src/tf/weights/keptStore';
import type { ImportedSummary } from '../../src/tf/weights/messages';

/** Two files in memory; `failValues` makes the next values write fail, as a full disk would. */
function memoryMedium(): KeptMedium & { values?: Float32Array; meta?: string; failValues: boolean; log: string[] } {
  const m = {
    values: undefined as Float32Array | undefined,
    meta: undefined as string | undefined,
    failValues: false,
    log: [] as string[],
    async writeValues(parts: readonly Float32Array[]) {
      m.log.push('values');
      if (m.failValues) throw new DOMException('full', 'QuotaExceededError');
      const out = new Float32Array(parts.reduce((n, p) => n + p.length, 0));
      let at = 0;
      for (const p of parts) {
        out.set(p, at);
        at += p.length;
      }
      m.values = out;
    },
    async readValues(at: number, count: number, into?: Float32Array) {
      if (!m.values) throw new Error('no values');
      if (!into) return m.values.slice(at, at + count);
      into.set(m.values.subarray(at, at + count));
      return into;
    },
    async valuesBytes() {
      return m.values ? m.values.length * 4 : undefined;
    },
    async writeMeta(text: string | undefined) {
      m.log.push(text === undefined ? 'meta-' : 'meta+');
      m.meta = text;
    },
    async readMeta() {
      return m.meta;
    },
    async deleteValues() {
      m.log.push('values-');
      m.values = undefined;
    },
  };
  return m;
}

const summary: ImportedSummary = {
  spec: torchvision,
  format: 'pth-zip',
  preset: 'torchvision',
  sha256: 'ab'.repeat(32),
  fileName: 'alexnet.pth',
  bytes: 1234,
};
const layers = [
  { layerId: 'conv1', weights: Float32Array.from([1, 2, 3, 4]), bias: Float32Array.from([5, 6]) },
  { layerId: 'fc6', weights: Float32Array.from([-1, -2, -3]), bias: Float32Array.from([0.5]) },
];

describe('kept weights', () => {
  it('read back value for value, each layer on its own, with the preset chosen', async () => {
    const m = memoryMedium();
    await saveKept(m, summary, 'caffe', layers);
    expect(m.log).toEqual(['meta-', 'values', 'meta+']); // the meta last: never ahead of its values
    const kept = await loadKept(m);
    expect(kept?.meta.summary).toEqual(summary);
    expect(kept?.meta.preset).toBe('caffe');
    const fc6 = await kept?.layer('fc6');
    expect([...(fc6?.weights ?? [])]).toEqual([-1, -2, -3]);
    expect([...(fc6?.bias ?? [])]).toEqual([0.5]);
    const conv1 = await kept?.layer('conv1');
    expect([...(conv1?.weights ?? [])]).toEqual([1, 2, 3, 4]);
    expect([...(conv1?.bias ?? [])]).toEqual([5, 6]);
    await expect(kept?.layer('fc7')).rejects.toThrow(/no layer fc7/);
    // Into a given array (a native dense layer's memory): the same values, in that very array.
    const target = new Float32Array(3);
    const into = await kept?.layer('fc6', (n) => (n === 3 ? target : new Float32Array(n)));
    expect(into?.weights).toBe(target);
    expect([...target]).toEqual([-1, -2, -3]);
    expect([...(into?.bias ?? [])]).toEqual([0.5]);
  });

  it('another preset rewrites the record only', async () => {
    const m = memoryMedium();
    const meta = await saveKept(m, summary, 'torchvision', layers);
    m.log.length = 0;
    await setKeptPreset(m, meta, 'caffe');
    expect(m.log).toEqual(['meta+']);
    expect((await loadKept(m))?.meta.preset).toBe('caffe');
  });

  it('a failed write leaves no record; so do forgetting, a short values file and an older layout', async () => {
    const m = memoryMedium();
    await saveKept(m, summary, 'torchvision', layers);
    m.failValues = true;
    await expect(saveKept(m, { ...summary, sha256: 'cd'.repeat(32) }, 'torchvision', layers)).rejects.toThrow('full');
    expect(await loadKept(m)).toBeUndefined(); // the old record went first, the new one never came

    m.failValues = false;
    await saveKept(m, summary, 'torchvision', layers);
    m.values = m.values?.slice(0, 5);
    expect(await loadKept(m)).toBeUndefined();

    await saveKept(m, summary, 'torchvision', layers);
    m.meta = JSON.stringify({ ...JSON.parse(m.meta ?? '{}'), version: 1 });
    expect(await loadKept(m)).toBeUndefined();
    m.meta = '{not json';
    expect(await loadKept(m)).toBeUndefined();

    await saveKept(m, summary, 'torchvision', layers);
    m.log.length = 0;
    await clearKept(m);
    expect(m.log).toEqual(['meta-', 'values-']);
    expect(await loadKept(m)).toBeUndefined();
  });
});
