/**
 * A compact text form of an edited network, before compression: the base variant, then one
 * `id:kind:values` entry per layer, values in the order of schema.ts.
 *
 *   seed|input:i:227,3;conv1:c:96,11,2,0,1;relu1:r;pool1:m:3,2,f;…
 *
 * Parsing is strict (every entry, every value, the bounds of schema.ts); a problem comes back
 * as a message, never an exception.
 */
import type { LayerKind, LayerSpec } from '../spec';
import { isVariantId, type VariantId } from '../variants';
import { layerFields, maxLayers, readLayer } from './schema';

const kindLetters: { readonly [K in LayerKind]: string } = {
  input: 'i',
  conv: 'c',
  relu: 'r',
  lrn: 'n',
  maxpool: 'm',
  adaptiveavgpool: 'a',
  flatten: 'f',
  dense: 'd',
  dropout: 'o',
  softmax: 's',
  tanh: 't',
};
const letterKinds = new Map(Object.entries(kindLetters).map(([k, l]) => [l, k as LayerKind]));

/** Enum values are written as their first letter: floor → f, divided-by-n → d. */
const short = (v: string) => v.charAt(0);

/** Writes the text form. */
export function toText(base: VariantId, layers: readonly LayerSpec[]): string {
  const entries = layers.map((layer) => {
    const record = layer as unknown as Readonly<Record<string, unknown>>;
    const values = layerFields[layer.kind].map((f) => {
      const v = record[f.name];
      return f.type === 'enum' ? short(String(v)) : String(v);
    });
    return [layer.id, kindLetters[layer.kind], ...(values.length ? [values.join(',')] : [])].join(':');
  });
  return `${base}|${entries.join(';')}`;
}

/** Reads the text form back; `error` says where it broke ("entry 3 (pool1): stride …"). */
export function fromText(text: string): { base: VariantId; layers: LayerSpec[] } | { error: string } {
  const bar = text.indexOf('|');
  const base = text.slice(0, bar);
  if (bar < 0 || !isVariantId(base)) return { error: 'no base network' };
  const entries = text.slice(bar + 1).split(';');
  if (entries.length > maxLayers) return { error: `more than ${maxLayers} layers` };
  const layers: LayerSpec[] = [];
  for (const [i, entry] of entries.entries()) {
    const [id = '', letter = '', values = '', ...rest] = entry.split(':');
    const kind = letterKinds.get(letter);
    if (!kind || rest.length > 0) return { error: `entry ${i + 1} is not a layer` };
    const fields = layerFields[kind];
    const parts = values === '' ? [] : values.split(',');
    if (parts.length !== fields.length) return { error: `entry ${i + 1} (${id}) has ${parts.length} values` };
    const record: Record<string, unknown> = { kind, id };
    for (const [j, f] of fields.entries()) {
      const part = parts[j] ?? '';
      record[f.name] =
        f.type === 'enum' ? f.values.find((v) => short(v) === part) : /^[0-9.e+-]+$/.test(part) ? Number(part) : NaN;
    }
    const read = readLayer(record);
    if ('field' in read) return { error: `entry ${i + 1} (${id}): ${read.field} must be ${read.problem}` };
    layers.push(read.layer);
  }
  return { base, layers };
}
