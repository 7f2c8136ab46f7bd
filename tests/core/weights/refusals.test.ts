/** Every bad file of issue 8 is refused with a code and the thing it names. */
import { describe, expect, test } from 'vitest';
import { checkWeightsSize, maxWeightsBytes, officialPrefix, readWeightsFile } from '../../../src/core/weights/read';
import { sniffWeightsFormat } from '../../../src/core/weights/sniff';
import { fixture, fixtureHead, refusal } from './helpers';

describe('refusals', () => {
  test('empty file', async () => {
    const e = await refusal(fixture('empty.pth'));
    expect(e.code).toBe('empty');
  });

  test('over 1 GiB: refused from the size alone, before reading', () => {
    expect(() => checkWeightsSize(maxWeightsBytes)).not.toThrow();
    expect(() => checkWeightsSize(maxWeightsBytes + 1)).toThrow(
      expect.objectContaining({ code: 'tooLarge', params: { bytes: maxWeightsBytes + 1, limit: 1024 ** 3 } }),
    );
  });

  test('a text file named .onnx is not weights', async () => {
    const e = await refusal(readWeightsFile(fixture('text.onnx'), { fileName: 'text.onnx' }));
    expect(e.code).toBe('notWeights');
    expect(e.params.name).toBe('text.onnx');
  });

  test('a zip that is not a checkpoint names what it holds', async () => {
    const e = await refusal(fixture('notckpt.zip'));
    expect(e.code).toBe('zipNotCheckpoint');
    expect(e.params.entries).toBe('readme.txt');
  });

  test('a pickle asking for os.system is refused naming posix.system, nothing run', async () => {
    const e = await refusal(fixture('evil.pth'));
    expect(e.code).toBe('forbiddenGlobal');
    expect(e.params.name).toBe('posix.system');
    expect(typeof e.params.offset).toBe('number');
  });

  test('resnet18: wrongNetwork lists the first tensors that do not fit, and what is missing', async () => {
    const e = await refusal(fixture('resnet18.pth'));
    expect(e.code).toBe('wrongNetwork');
    expect(String(e.params.unexpected)).toMatch(/^conv1\.weight \(64×3×7×7\), bn1\.weight \(64\), bn1\.bias \(64\)/);
    expect(String(e.params.missing)).toMatch(/^features\.0\.weight, features\.0\.bias, features\.3\.weight/);
    expect(e.params.unexpectedCount).toBe(122);
    expect(e.params.missingCount).toBe(16);
  }, 60_000);

  test('a NaN in a weight names the tensor and the index', async () => {
    const e = await refusal(fixture('nan.pth'));
    expect(e.code).toBe('nonFinite');
    expect(e.params).toEqual({ tensor: 'features.3.weight', index: 12345, value: 'NaN' });
  }, 120_000);

  test('an ONNX operator outside the list is named with its node', async () => {
    const e = await refusal(fixture('unknown-op.onnx'));
    expect(e.code).toBe('unknownOperator');
    expect(e.params).toEqual({ op: 'HardSwish', node: 'activation_17' });
  });

  test('truncated files name the offset where they end', async () => {
    for (const [name, offset] of [
      ['truncated-zip.pth', 1 << 20],
      ['truncated-legacy.pth', 50_000_000],
      ['truncated.onnx', 30_000_000],
    ] as const) {
      const e = await refusal(fixture(name));
      expect(e.code, name).toBe('truncated');
      expect(e.params.offset, name).toBe(offset);
    }
  }, 60_000);
});

describe('sniffing by bytes, not names', () => {
  test('weights are told from images and text', () => {
    const head = (name: string) => fixtureHead(name);
    expect(sniffWeightsFormat(head('alexnet-zip.pth'))).toBe('pth-zip');
    expect(sniffWeightsFormat(head('truncated-legacy.pth'))).toBe('pth-legacy');
    expect(sniffWeightsFormat(head('truncated.onnx'))).toBe('onnx');
    expect(sniffWeightsFormat(head('unknown-op.onnx'))).toBe('onnx');
    expect(sniffWeightsFormat(head('text.onnx'))).toBeUndefined();
    const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];
    const jpeg = [0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1];
    const gif = [...new TextEncoder().encode('GIF89a'), 1, 0, 1, 0, 0, 0, 0, 0, 0, 0];
    for (const image of [png, jpeg, gif]) expect(sniffWeightsFormat(new Uint8Array(image))).toBeUndefined();
    expect(sniffWeightsFormat(new Uint8Array(0))).toBeUndefined();
  });

  test('official torchvision hashes are recognised by their prefix only', () => {
    expect(officialPrefix('7be5be79' + '0'.repeat(56))).toBe('7be5be79');
    expect(officialPrefix('4df8aa71' + 'f'.repeat(56))).toBe('4df8aa71');
    expect(officialPrefix('0'.repeat(64))).toBeUndefined();
  });
});
