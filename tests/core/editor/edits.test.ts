import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import { addLayer, canMove, freshId, moveLayer, removeLayer, setField } from '../../../src/core/editor/edits';
import { editedSpec } from '../../../src/core/editor/network';
import { draftProblems } from '../../../src/core/editor/problems';
import { fromJsonFile, toJsonFile } from '../../../src/core/editor/jsonFile';
import { variants } from '../../../src/core/variants';

const seed = variants.seed.layers;

describe('editing a network', () => {
  it('conv1 stride 2: 109×109 at conv1 and a 36,864-long flatten feeding a larger fc6', () => {
    const a = analyze(editedSpec('seed', setField(seed, 1, 'stride', 2)));
    expect(a.ok).toBe(true);
    const at = (id: string) => a.layers.find((l) => l.layer.id === id);
    // (227 − 11)/2 + 1 = 109; pools 54, 26, 12; 12·12·256 = 36,864; fc6 (36864·4096 + 4096).
    expect(at('conv1')?.outputShape).toEqual({ kind: 'spatial', hwc: [109, 109, 96] });
    expect(at('flatten')?.outputShape).toEqual({ kind: 'vector', length: 36864 });
    expect(at('fc6')?.params.total).toBe(36864 * 4096 + 4096);
  });

  it('adds with fresh ids, removes, and moves, never touching the input', () => {
    const added = addLayer(seed, 10, 'conv');
    expect(added[11]).toMatchObject({ kind: 'conv', id: 'conv6' });
    expect(freshId(seed, 'dense')).toBe('fc1');
    expect(removeLayer(seed, 0)).toEqual(seed);
    expect(removeLayer(seed, 2).map((l) => l.id)).not.toContain('relu1');
    expect(canMove(seed, 1, -1)).toBe(false);
    expect(
      moveLayer(seed, 2, 1)
        .slice(1, 4)
        .map((l) => l.id),
    ).toEqual(['conv1', 'pool1', 'relu1']);
    expect(seed[2]?.id).toBe('relu1'); // the argument is left alone
  });

  it('places problems on the field that causes them', () => {
    const half = setField(seed, 1, 'stride', Number.NaN);
    expect(draftProblems('seed', half)).toMatchObject([{ layerIndex: 1, field: 'stride', code: 'bounds' }]);
    // 96 kernels on 3 input channels cannot be split into 2 groups.
    expect(draftProblems('seed', setField(seed, 1, 'groups', 2))).toMatchObject([
      { layerIndex: 1, field: 'groups', code: 'groups-in-channels', severity: 'error' },
    ]);
    const evenLrn = setField(variants.paper.layers, 3, 'size', 4);
    expect(draftProblems('paper', evenLrn)).toMatchObject([{ layerIndex: 3, field: 'size', code: 'lrn-even-size' }]);
    // A dense layer before flatten names the layer, not a field.
    const early = moveLayer(seed, 15, -1);
    expect(draftProblems('seed', early)).toMatchObject([{ code: 'needs-vector-input', field: '' }]);
    expect(draftProblems('seed', seed)).toEqual([]);
  });

  it('saves and loads JSON with a schema check', () => {
    const text = toJsonFile('paper', variants.paper.layers);
    const loaded = fromJsonFile(text);
    expect(loaded.ok && loaded.network.spec.layers).toEqual(variants.paper.layers);
    const data = JSON.parse(text) as { layers: Record<string, unknown>[] };
    const edit = (f: (d: typeof data) => void) => {
      const copy = JSON.parse(text) as typeof data;
      f(copy);
      return fromJsonFile(JSON.stringify(copy));
    };
    expect(edit((d) => (d.layers[1] = { ...d.layers[1], stride: '4' }))).toMatchObject({
      reason: 'schema',
      where: 'layers[1].stride',
    });
    expect(edit((d) => (d.layers[1] = { ...d.layers[1], colour: 'red' }))).toMatchObject({ where: 'layers[1].colour' });
    expect(edit((d) => Object.assign(d, { version: 9 }))).toMatchObject({ where: 'version' });
    expect(fromJsonFile('{"format":')).toEqual({ ok: false, reason: 'not-json' });
    expect(fromJsonFile(' '.repeat(200_000))).toMatchObject({ reason: 'too-big' });
  });
});
