/**
 * Saving and loading an edited network as a JSON file, with a schema check on load:
 *
 *   { "format": "alexnet-layer-by-layer/network", "version": 1, "base": "seed",
 *     "layers": [{ "kind": "input", "id": "input", "size": 227, "channels": 3 }, …] }
 *
 * Every layer is read through schema.ts (known kind, exact fields, bounds), then the whole
 * network through checkNetwork; any problem comes back as a message naming where it is.
 */
import type { LayerSpec } from '../spec';
import { isVariantId, type VariantId } from '../variants';
import { type EditedNetwork, type NetworkProblem, checkNetwork, editedSpec } from './network';
import { maxLayers, readLayer } from './schema';

export const fileFormat = 'alexnet-layer-by-layer/network';
export const fileVersion = 1;
/** Larger files are refused before parsing. */
export const maxFileBytes = 100_000;

/** The file's text, pretty-printed so a student can read and edit it. */
export function toJsonFile(base: VariantId, layers: readonly LayerSpec[]): string {
  return `${JSON.stringify({ format: fileFormat, version: fileVersion, base, layers }, null, 2)}\n`;
}

export type LoadFailure =
  | { readonly reason: 'too-big'; readonly bytes: number }
  | { readonly reason: 'not-json' }
  | { readonly reason: 'schema'; readonly where: string; readonly expected: string }
  | { readonly reason: 'network'; readonly problem: NetworkProblem };

/** Parses and checks a file's text. */
export function fromJsonFile(text: string): { ok: true; network: EditedNetwork } | ({ ok: false } & LoadFailure) {
  if (text.length > maxFileBytes) return { ok: false, reason: 'too-big', bytes: text.length };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  const schema = (where: string, expected: string) => ({
    ok: false as const,
    reason: 'schema' as const,
    where,
    expected,
  });
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return schema('(file)', 'an object');
  const d = data as Readonly<Record<string, unknown>>;
  if (d.format !== fileFormat) return schema('format', `"${fileFormat}"`);
  if (d.version !== fileVersion) return schema('version', String(fileVersion));
  if (typeof d.base !== 'string' || !isVariantId(d.base)) return schema('base', 'seed, paper, torchvision or zfnet');
  if (!Array.isArray(d.layers) || d.layers.length === 0 || d.layers.length > maxLayers) {
    return schema('layers', `a list of 1 to ${maxLayers} layers`);
  }
  const layers: LayerSpec[] = [];
  for (const [i, raw] of (d.layers as unknown[]).entries()) {
    const read = readLayer(raw);
    if ('field' in read) return schema(`layers[${i}]${read.field ? `.${read.field}` : ''}`, read.problem);
    layers.push(read.layer);
  }
  const spec = editedSpec(d.base, layers);
  const { problem } = checkNetwork(spec);
  if (problem) return { ok: false, reason: 'network', problem };
  return { ok: true, network: { base: d.base, spec } };
}
