/**
 * Field-level checks for one layer, before any shape arithmetic: whole numbers where whole
 * numbers are needed, rates and constants in range. Shape-level checks live in analyze.ts.
 */
import { type SpecIssue, makeIssue } from './issues';
import type { LayerSpec } from './spec';

/** Names of the fields of each kind that must be whole numbers ≥ 1. */
const positiveFields: { readonly [K in LayerSpec['kind']]: readonly string[] } = {
  input: ['size', 'channels'],
  conv: ['filters', 'kernel', 'stride', 'groups'],
  relu: [],
  tanh: [],
  lrn: ['size'],
  maxpool: ['size', 'stride'],
  adaptiveavgpool: ['outputSize'],
  flatten: [],
  dense: ['units'],
  dropout: [],
  softmax: [],
};

/** Problems with a layer's own fields; empty when every field is usable. */
export function checkLayerFields(layer: LayerSpec, index: number): SpecIssue[] {
  const issues: SpecIssue[] = [];
  const fields = layer as unknown as Readonly<Record<string, unknown>>;
  for (const field of positiveFields[layer.kind]) {
    const value = fields[field];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
      issues.push(makeIssue('error', 'not-positive-integer', layer.id, index, { field, value: String(value) }));
    }
  }
  if (layer.kind === 'conv' && !(Number.isInteger(layer.padding) && layer.padding >= 0)) {
    issues.push(makeIssue('error', 'negative-padding', layer.id, index, { value: String(layer.padding) }));
  }
  if (layer.kind === 'lrn') {
    if (Number.isInteger(layer.size) && layer.size >= 1 && layer.size % 2 === 0) {
      issues.push(makeIssue('error', 'lrn-even-size', layer.id, index, { value: layer.size }));
    }
    for (const field of ['k', 'alpha', 'beta'] as const) {
      const value = layer[field];
      if (!(Number.isFinite(value) && value > 0)) {
        issues.push(makeIssue('error', 'lrn-bad-constant', layer.id, index, { field, value: String(value) }));
      }
    }
  }
  if (layer.kind === 'dropout' && !(Number.isFinite(layer.rate) && layer.rate >= 0 && layer.rate < 1)) {
    issues.push(makeIssue('error', 'dropout-rate', layer.id, index, { value: String(layer.rate) }));
  }
  return issues;
}
