import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { setField } from '../../../src/core/editor/edits';
import { checksum, maxEncodedLength, decodeNetwork, encodeNetwork } from '../../../src/core/editor/urlCodec';
import { fromText, toText } from '../../../src/core/editor/textForm';
import { variants, variantIds } from '../../../src/core/variants';
import { analyze } from '../../../src/core/analyze';

const conv1Stride2 = setField(variants.seed.layers, 1, 'stride', 2);

describe('the edited network in the URL', () => {
  it('round-trips every built-in variant and an edited one, layer for layer', () => {
    for (const id of variantIds) {
      const encoded = encodeNetwork(id, variants[id].layers);
      expect(encoded).toMatch(/^1\.[0-9a-z]{1,7}\.[A-Za-z0-9+\-$]+$/);
      const decoded = decodeNetwork(encoded);
      expect(decoded.ok && decoded.network.spec.layers).toEqual(variants[id].layers);
      expect(decoded.ok && decoded.network.base).toBe(id);
    }
    const decoded = decodeNetwork(encodeNetwork('seed', conv1Stride2));
    if (!decoded.ok) throw new Error(decoded.reason);
    expect(analyze(decoded.network.spec).layers[1]?.outputShape).toEqual({ kind: 'spatial', hwc: [109, 109, 96] });
  });

  it('stays short: the whole seed network is a few hundred characters', () => {
    const n = encodeNetwork('seed', variants.seed.layers).length;
    expect(n).toBeLessThan(300);
    // Compression earns its place: the text form itself is longer.
    expect(n).toBeLessThan(toText('seed', variants.seed.layers).length);
  });

  it('refuses a truncated or hand-edited link', () => {
    const encoded = encodeNetwork('paper', variants.paper.layers);
    for (const cut of [encoded.length - 1, encoded.length - 7, Math.floor(encoded.length / 2), 3]) {
      const r = decodeNetwork(encoded.slice(0, cut));
      expect(r.ok, `cut at ${cut}`).toBe(false);
    }
    const last = encoded.at(-1) === 'A' ? 'B' : 'A';
    expect(decodeNetwork(encoded.slice(0, -1) + last)).toEqual({ ok: false, reason: 'corrupt' });
  });

  it('refuses another version, saying which', () => {
    const encoded = encodeNetwork('seed', variants.seed.layers).replace(/^1\./, '2.');
    expect(decodeNetwork(encoded)).toEqual({ ok: false, reason: 'version', version: '2' });
    expect(decodeNetwork('seed')).toEqual({ ok: false, reason: 'corrupt' });
  });

  it('refuses an oversize value before decompressing it', () => {
    expect(decodeNetwork(`1.${'A'.repeat(maxEncodedLength)}`)).toMatchObject({ ok: false, reason: 'too-long' });
  });

  it('refuses hostile values: huge layers, bad numbers, unknown kinds, broken networks', () => {
    // Crafted links with a valid checksum: only the content can stop them.
    const hostile = (text: string) => {
      const body = compressToEncodedURIComponent(text);
      return decodeNetwork(`1.${checksum(body)}.${body}`);
    };
    // Bounds of schema.ts: 10^9 units is refused before any analysis.
    expect(hostile('seed|input:i:227,3;flatten:f;fc6:d:1000000000')).toMatchObject({ reason: 'malformed' });
    // Within field bounds but far too big as a whole: 227·227·3 · 65536 weights.
    expect(hostile('seed|input:i:227,3;flatten:f;fc6:d:65536')).toMatchObject({
      reason: 'network',
      problem: { code: 'too-large' },
    });
    expect(hostile('seed|input:i:NaN,3')).toMatchObject({ reason: 'malformed' });
    expect(hostile('seed|input:i:227,3;x:z')).toMatchObject({ reason: 'malformed' });
    expect(hostile('seed|input:i:227,3;conv1:c:96,11,4,0')).toMatchObject({ reason: 'malformed' });
    expect(hostile('seed|input:i:227,3;__proto__:r')).toMatchObject({ reason: 'malformed' });
    expect(hostile('evil|input:i:227,3')).toMatchObject({ reason: 'malformed' });
    expect(hostile('seed|input:i:227,3;' + 'relu:r;'.repeat(70))).toMatchObject({ reason: 'malformed' });
    // Parses, but core refuses it: a 13×13 kernel on a 3×3 input.
    expect(hostile('seed|input:i:3,3;conv1:c:8,13,1,0,1')).toMatchObject({
      reason: 'network',
      problem: { code: 'invalid', layerId: 'conv1' },
    });
    expect(decodeNetwork('1.<script>')).toEqual({ ok: false, reason: 'corrupt' });
  });

  it('text form: enums by letter, and a clear message for a bad entry', () => {
    expect(toText('zfnet', variants.zfnet.layers)).toContain('pool1:m:3,2,c');
    expect(fromText('seed|input:i:227,3;pool1:m:3,2,x')).toEqual({
      error: 'entry 2 (pool1): rounding must be one of floor, ceil',
    });
  });
});
