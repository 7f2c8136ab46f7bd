/** Fixture access for the weight-reader tests (files made by scripts/make-weight-fixtures.mjs). */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { readWeightsFile } from '../../../src/core/weights/read';
import { type ImportedNetwork, WeightsError } from '../../../src/core/weights/types';

export const fixtureDir = 'tests/fixtures/weights';

/** A fixture's bytes, in their own ArrayBuffer (offset 0, like a File's arrayBuffer()). */
export function fixture(name: string): Uint8Array {
  const b = readFileSync(join(fixtureDir, name));
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}

/** The first `n` bytes of a fixture, without reading the rest. */
export function fixtureHead(name: string, n = 16): Uint8Array {
  const fd = openSync(join(fixtureDir, name), 'r');
  try {
    const out = new Uint8Array(n);
    return out.subarray(0, readSync(fd, out, 0, n, 0));
  } finally {
    closeSync(fd);
  }
}

/** Reads a fixture through the public entry point. */
export function readFixture(name: string): Promise<ImportedNetwork> {
  return readWeightsFile(fixture(name), { fileName: name });
}

/** The WeightsError a read throws (fails the test if it does not throw one). */
export async function refusal(bytes: Uint8Array | Promise<unknown>): Promise<WeightsError> {
  try {
    await (bytes instanceof Uint8Array ? readWeightsFile(bytes) : bytes);
  } catch (e) {
    if (e instanceof WeightsError) return e;
    throw e;
  }
  throw new Error('expected a WeightsError');
}

/** SHA-256 of each layer's weights and biases: compares networks without keeping two in memory. */
export function layerDigests(net: ImportedNetwork): string[] {
  return net.layers.map((l) => {
    const h = createHash('sha256');
    h.update(new Uint8Array(l.weights.buffer, l.weights.byteOffset, l.weights.byteLength));
    h.update(new Uint8Array(l.bias.buffer, l.bias.byteOffset, l.bias.byteLength));
    return `${l.layerId}:${h.digest('hex')}`;
  });
}
