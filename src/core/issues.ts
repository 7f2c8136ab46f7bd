/**
 * What can be wrong with a spec, as data: a code the UI translates, the numbers involved, and
 * an English sentence for logs and tests. Every problem names its layer.
 */

export type IssueCode =
  | 'empty-spec'
  | 'input-not-first'
  | 'duplicate-id'
  | 'not-positive-integer'
  | 'negative-padding'
  | 'output-too-small'
  | 'groups-in-channels'
  | 'groups-out-channels'
  | 'needs-spatial-input'
  | 'needs-vector-input'
  | 'lrn-even-size'
  | 'lrn-bad-constant'
  | 'dropout-rate'
  | 'rounded';

export type IssueValues = Readonly<Record<string, number | string>>;

export interface SpecIssue {
  /** `error` stops the analysis at this layer; `note` (uneven rounding) does not. */
  readonly severity: 'error' | 'note';
  readonly code: IssueCode;
  readonly layerId: string;
  readonly layerIndex: number;
  readonly values: IssueValues;
  /** English explanation with the numbers filled in. */
  readonly message: string;
}

const templates: Record<IssueCode, string> = {
  'empty-spec': 'The network has no layers.',
  'input-not-first': 'Layer {layer} is an input layer but not the first layer; an input must come first and only once.',
  'duplicate-id': 'Layer id {layer} is used twice; every layer needs its own id.',
  'not-positive-integer': 'Layer {layer}: {field} must be a whole number ≥ 1, got {value}.',
  'negative-padding': 'Layer {layer}: padding must be a whole number ≥ 0, got {value}.',
  'output-too-small':
    'Layer {layer}: a {kernel}×{kernel} window with padding {padding} does not fit in a {input}×{input} input (output would be {output}).',
  'groups-in-channels': 'Layer {layer}: {channels} input channels cannot be split into {groups} groups.',
  'groups-out-channels': 'Layer {layer}: {filters} kernels cannot be split into {groups} groups.',
  'needs-spatial-input':
    'Layer {layer} ({kind}) needs feature maps, but its input is already a flat vector of {length}.',
  'needs-vector-input':
    'Layer {layer} ({kind}) needs a flat vector; add a flatten layer before it (its input is {shape}).',
  'lrn-even-size': 'Layer {layer}: LRN size n must be odd so the window is centred on each map, got {value}.',
  'lrn-bad-constant': 'Layer {layer}: LRN {field} must be a positive number, got {value}.',
  'dropout-rate': 'Layer {layer}: dropout rate must be at least 0 and below 1, got {value}.',
  rounded:
    'Layer {layer}: ({input} − {kernel} + 2·{padding})/{stride} + 1 = {exact} is not whole; {rounding} rounding gives {output}, {effect}.',
};

/** Fills `{name}` placeholders; shared with the i18n layer's templates' shape. */
export function fillTemplate(template: string, values: IssueValues): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = values[name];
    return v === undefined ? whole : String(v);
  });
}

/** Builds an issue with its English message. */
export function makeIssue(
  severity: SpecIssue['severity'],
  code: IssueCode,
  layerId: string,
  layerIndex: number,
  values: IssueValues,
): SpecIssue {
  const message = fillTemplate(templates[code], { layer: layerId, ...values });
  return { severity, code, layerId, layerIndex, values, message };
}
