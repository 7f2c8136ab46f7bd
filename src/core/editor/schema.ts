/**
 * The fields of every layer kind as data: their type, hard bounds and default. One table
 * drives the editor's inputs, the JSON schema check, the URL text form and the defaults of a
 * newly added layer, so they cannot drift apart.
 *
 * The bounds are limits for links and files, not teaching rules: they keep a hostile link
 * from asking the engine for a 100 GB network. Whether a value makes sense in its place (an
 * even LRN size, a window larger than its input) is core's analysis, not this table.
 */
import type { LayerKind, LayerSpec } from '../spec';

/** A whole number or a real number in [min, max], or one of a few words. */
export type FieldSpec =
  | { readonly name: string; readonly type: 'int' | 'num'; readonly min: number; readonly max: number }
  | { readonly name: string; readonly type: 'enum'; readonly values: readonly string[] };

const int = (name: string, min: number, max: number): FieldSpec => ({ name, type: 'int', min, max });
const num = (name: string, min: number, max: number): FieldSpec => ({ name, type: 'num', min, max });

/** Field order here is the order of the URL text form and of the editor's inputs. */
export const layerFields: { readonly [K in LayerKind]: readonly FieldSpec[] } = {
  input: [int('size', 1, 1024), int('channels', 1, 64)],
  conv: [
    int('filters', 1, 4096),
    int('kernel', 1, 64),
    int('stride', 1, 64),
    int('padding', 0, 64),
    int('groups', 1, 4096),
  ],
  relu: [],
  tanh: [],
  lrn: [
    int('size', 1, 99),
    num('k', 0, 100),
    num('alpha', 0, 1),
    num('beta', 0, 10),
    { name: 'alphaConvention', type: 'enum', values: ['paper', 'divided-by-n'] },
  ],
  maxpool: [int('size', 1, 64), int('stride', 1, 64), { name: 'rounding', type: 'enum', values: ['floor', 'ceil'] }],
  adaptiveavgpool: [int('outputSize', 1, 64)],
  flatten: [],
  dense: [int('units', 1, 65536)],
  dropout: [num('rate', 0, 0.99)],
  softmax: [],
};

export const layerKinds = Object.keys(layerFields) as LayerKind[];

/** Kinds a student may add in the editor (the input layer is always the first and only one). */
export const addableKinds: readonly LayerKind[] = layerKinds.filter((k) => k !== 'input');

/** Layer ids: what the URL's `layer` key accepts (`conv1`, `fc6`, `my_pool`). */
export const layerIdPattern = /^[a-z][a-z0-9_]{0,31}$/;

/** At most this many layers in an edited network (AlexNet has 24). */
export const maxLayers = 64;

/** Largest network a link or file may ask for: 4× AlexNet's parameters, 20× its activations. */
export const maxParams = 250_000_000;
export const maxActivations = 20_000_000;

/** A newly added layer of `kind` with AlexNet-like values. */
export function defaultLayer(kind: LayerKind, id: string): LayerSpec {
  switch (kind) {
    case 'input':
      return { kind, id, size: 227, channels: 3 };
    case 'conv':
      return { kind, id, filters: 256, kernel: 3, stride: 1, padding: 1, groups: 1 };
    case 'lrn':
      return { kind, id, size: 5, k: 2, alpha: 1e-4, beta: 0.75, alphaConvention: 'paper' };
    case 'maxpool':
      return { kind, id, size: 3, stride: 2, rounding: 'floor' };
    case 'adaptiveavgpool':
      return { kind, id, outputSize: 6 };
    case 'dense':
      return { kind, id, units: 4096 };
    case 'dropout':
      return { kind, id, rate: 0.5 };
    case 'relu':
    case 'tanh':
    case 'flatten':
    case 'softmax':
      return { kind, id };
  }
}

/** Why one field's value is refused by the table, or undefined when it fits. */
export function fieldProblem(spec: FieldSpec, value: unknown): string | undefined {
  if (spec.type === 'enum') {
    return typeof value === 'string' && spec.values.includes(value) ? undefined : `one of ${spec.values.join(', ')}`;
  }
  const ok =
    typeof value === 'number' &&
    Number.isFinite(value) &&
    (spec.type === 'num' || Number.isInteger(value)) &&
    value >= spec.min &&
    value <= spec.max;
  return ok ? undefined : `${spec.type === 'int' ? 'a whole number' : 'a number'} from ${spec.min} to ${spec.max}`;
}

/** Builds a layer from an unknown record, or says which field is wrong. Extra keys are refused. */
export function readLayer(raw: unknown): { layer: LayerSpec } | { field: string; problem: string } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { field: '', problem: 'an object' };
  const record = raw as Readonly<Record<string, unknown>>;
  const kind = record.kind;
  if (typeof kind !== 'string' || !Object.hasOwn(layerFields, kind)) {
    return { field: 'kind', problem: `one of ${layerKinds.join(', ')}` };
  }
  const fields = layerFields[kind as LayerKind];
  if (typeof record.id !== 'string' || !layerIdPattern.test(record.id)) {
    return { field: 'id', problem: 'a lower-case name of letters, digits and _ (at most 32)' };
  }
  const out: Record<string, unknown> = { kind, id: record.id };
  for (const f of fields) {
    const problem = fieldProblem(f, record[f.name]);
    if (problem) return { field: f.name, problem };
    out[f.name] = record[f.name];
  }
  const extra = Object.keys(record).find((k) => k !== 'kind' && k !== 'id' && !fields.some((f) => f.name === k));
  if (extra !== undefined) return { field: extra, problem: 'not a field of this kind of layer' };
  return { layer: out as unknown as LayerSpec };
}
