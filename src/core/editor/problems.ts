/**
 * Where each problem of a draft belongs in the editor: a layer and, when one field causes
 * it, that field, so its message can sit beside the input. Every layer's own fields are
 * checked (not only up to the first error), then core's analysis and the size limits.
 */
import type { IssueCode, IssueValues } from '../issues';
import type { LayerSpec } from '../spec';
import { checkLayerFields } from '../validate';
import { checkNetwork, editedSpec } from './network';
import { fieldProblem, layerFields } from './schema';
import type { VariantId } from '../variants';

/** One message for the editor; the UI translates `code` with `values`. */
export interface DraftProblem {
  readonly severity: 'error' | 'note';
  /** Core's issue codes, plus `bounds` (outside schema.ts's limits) and the network-size codes. */
  readonly code: IssueCode | 'bounds' | 'too-large' | 'too-many-layers';
  readonly layerIndex: number;
  /** The field to show it beside; '' for the layer as a whole. */
  readonly field: string;
  readonly values: IssueValues;
  /** English, for logs and tests. */
  readonly message: string;
}

/** The field that causes each of core's issue codes (the one a student should change). */
const causeField: Partial<Record<IssueCode, (v: IssueValues) => string>> = {
  'not-positive-integer': (v) => String(v.field),
  'negative-padding': () => 'padding',
  'output-too-small': () => 'kernel',
  'groups-in-channels': () => 'groups',
  'groups-out-channels': () => 'groups',
  'lrn-even-size': () => 'size',
  'lrn-bad-constant': (v) => String(v.field),
  'dropout-rate': () => 'rate',
  rounded: () => 'stride',
};

/** Every problem of a draft, each placed on its layer and field; empty when it can be built. */
export function draftProblems(base: VariantId, layers: readonly LayerSpec[]): DraftProblem[] {
  const out: DraftProblem[] = [];
  for (const [index, layer] of layers.entries()) {
    const record = layer as unknown as Readonly<Record<string, unknown>>;
    for (const f of layerFields[layer.kind]) {
      const problem = fieldProblem(f, record[f.name]);
      if (problem && f.type !== 'enum') {
        const values = { field: f.name, min: f.min, max: f.max, value: String(record[f.name]) };
        out.push({
          severity: 'error',
          code: 'bounds',
          layerIndex: index,
          field: f.name,
          values,
          message: `${f.name} must be ${problem}`,
        });
      }
    }
    if (out.some((p) => p.layerIndex === index)) continue;
    for (const issue of checkLayerFields(layer, index)) {
      out.push({ ...issue, field: causeField[issue.code]?.(issue.values) ?? '' });
    }
  }
  if (out.length > 0) return out;
  const { analysis, problem } = checkNetwork(editedSpec(base, layers));
  for (const issue of analysis.issues) {
    out.push({ ...issue, field: causeField[issue.code]?.(issue.values) ?? '' });
  }
  if (problem?.code === 'too-large' || problem?.code === 'too-many-layers') {
    const values: IssueValues =
      problem.code === 'too-large'
        ? { params: problem.params, activations: problem.activations }
        : { count: problem.count };
    out.push({ severity: 'error', code: problem.code, layerIndex: -1, field: '', values, message: problem.code });
  }
  return out;
}
