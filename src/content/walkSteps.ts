/**
 * Which teaching text each walkthrough step shows, as i18n keys (never text), and the values
 * that fill the {{placeholders}} of those keys. Pure: the UI calls
 *
 *   const keys = teachingKeys(info.layer, variantId);
 *   const values = teachingValues(analysis, index);
 *   t(keys.what); t(keys.why); keys.notes.map((k) => t(k, values));
 *
 * and passes the same `values` to every `walk.*` key it renders for that step (statKeys,
 * walk.ui.*, walk.count.*). Every placeholder any `walk.*` string
 * uses is listed, with its meaning, in `walkPlaceholders`; tests/content/walkSteps.test.ts
 * checks that each key a layer gets is filled completely by `teachingValues`.
 */
import type { Analysis, LayerInfo } from '../core/analyze';
import { formatDecimal, formatInt } from '../core/format';
import type { QuestionKind } from '../core/quiz';
import { type LayerKind, type LayerSpec, isWeighted } from '../core/spec';
import type { VariantId } from '../core/variants';
import type { walkEn } from './strings/walk.en';

type Paths<T> = { [K in keyof T & string]: T[K] extends string ? K : `${K}.${Paths<T[K]>}` }[keyof T & string];
/** Every key of the `walk` namespace, e.g. 'walk.layer.conv1.maps'. */
export type WalkKey = `walk.${Paths<typeof walkEn>}`;

/**
 * Every placeholder used in `walk.*`, and what the UI passes for it. "input"/"output" mean
 * the layer's own input and output; examples are conv1 (or the named layer) of the seed variant.
 */
export const walkPlaceholders = {
  n: 'step number, 1-based (walk.ui.position)',
  total: 'number of steps in the walkthrough (walk.ui.position)',
  layers: 'convolution and fully connected layers in the variant: 8 (walk.count.position)',
  index: 'position of this conv/dense layer in the count, 1-based: conv1 → 1, fc8 → 8',
  inputSize: 'side of the layer’s spatial input: 227 for conv1, 13 for pool5',
  channels: 'channels of the layer’s spatial input: 3 for conv1, 96 for conv2',
  inputs: 'length of a dense layer’s input vector: 9216 for fc6',
  output: 'side of the layer’s spatial output: 55 for conv1; for the input layer, the image side',
  maps: 'channels of the layer’s spatial output: 96 for conv1; 3 for the input layer',
  length: 'length of a vector output: 9216 for flatten, 4096 for fc6',
  filters: 'conv: number of kernels: 96',
  filtersPerGroup: 'conv: kernels per group (per GPU): 128 for the paper’s conv2',
  kernel: 'conv: kernel side 11; maxpool: window side 3',
  stride: 'conv or maxpool stride: 4 for conv1',
  padding: 'conv zero padding on each side: 0 for conv1',
  groups: 'conv groups: 1, or 2 for the paper’s conv2/4/5',
  depth: 'conv kernel depth = input channels ÷ groups: 3 for conv1, 48 for the paper’s conv2',
  exact: 'conv/pool side before rounding, (in − k + 2p)/s + 1: "55", "55.25" (torchvision conv1)',
  droppedPadding: 'padding cells at the far edge no window reaches (floor rounding): 1 for torchvision conv1',
  params: 'learnable parameters of the layer, formatted: "34,944"',
  macs: 'multiply-accumulates of the layer, formatted: "105,415,200"',
  paramShare: 'layer’s share of all parameters in percent, without the % sign: "60.5" for fc6',
  macShare: 'layer’s share of all MACs in percent, without the % sign: "9.3" for conv1',
  size: 'receptive field side in input pixels: 11 for conv1',
  jump: 'receptive field jump (input pixels between neighbouring outputs): 4 for conv1',
  corner:
    'side of the image part of output (0, 0)’s receptive field, where padding cuts it: 35 for the seed’s conv2 (51 wide)',
  lrnSize: 'LRN n, the number of adjacent maps summed: 5',
  k: 'LRN k: 2',
  alpha: 'LRN α: "1e-4"',
  beta: 'LRN β: 0.75',
  radius: 'LRN depth radius (n − 1)/2, TensorFlow’s parameter: 2',
  lrnFloor: 'LRN’s smallest divisor k^β, two decimals: "1.68" for k = 2, β = 0.75',
  lrnCut: 'LRN’s smallest cut 1 − k^−β in percent, rounded down to one decimal: "40.5"',
  rate: 'dropout probability: 0.5',
  units: 'dense: number of outputs: 4096 for fc6',
  tenClassParams: 'dense: parameters the layer would have with 10 outputs, formatted: "40,970" for fc8',
} as const;
export type WalkPlaceholder = keyof typeof walkPlaceholders;

/** Keys for the panel's two fixed paragraphs and its notes, in display order. */
export interface TeachingKeys {
  readonly what: WalkKey;
  readonly why: WalkKey;
  readonly notes: readonly WalkKey[];
}

interface Note {
  readonly key: WalkKey;
  /** Show only for these variants; absent: every variant. */
  readonly variants?: readonly VariantId[];
  /** Show only when the layer's own fields say so (a grouped conv, a dense one). */
  readonly when?: (layer: LayerSpec) => boolean;
}

const grouped = (l: LayerSpec) => l.kind === 'conv' && l.groups > 1;
const ungrouped = (l: LayerSpec) => l.kind === 'conv' && l.groups === 1;
const alexnetNames: readonly VariantId[] = ['seed', 'paper'];

/** Layer-specific notes by layer id, each checked against the kind the id must have. */
const layerNotes: Readonly<Record<string, { readonly kind: LayerKind; readonly notes: readonly Note[] }>> = {
  input: {
    kind: 'input',
    notes: [
      { key: 'walk.layer.input.puzzle', variants: alexnetNames },
      { key: 'walk.layer.input.torchvision', variants: ['torchvision'] },
      { key: 'walk.layer.input.zfnet', variants: ['zfnet'] },
    ],
  },
  conv1: {
    kind: 'conv',
    notes: [
      { key: 'walk.layer.conv1.maps' },
      { key: 'walk.layer.conv1.torchvision', variants: ['torchvision'] },
      { key: 'walk.layer.conv1.zfnet', variants: ['zfnet'] },
      { key: 'walk.layer.conv1.learns' },
      { key: 'walk.layer.conv1.gpus', variants: alexnetNames },
    ],
  },
  relu1: { kind: 'relu', notes: [{ key: 'walk.layer.relu1.speed' }] },
  norm1: {
    kind: 'lrn',
    notes: [
      { key: 'walk.layer.norm1.formula' },
      { key: 'walk.layer.norm1.zfnet', variants: ['zfnet'] },
      { key: 'walk.layer.norm1.effect' },
      { key: 'walk.layer.norm1.brightness', variants: ['paper'] },
      { key: 'walk.layer.norm1.conventions' },
    ],
  },
  pool1: {
    kind: 'maxpool',
    notes: [{ key: 'walk.layer.pool1.overlap' }, { key: 'walk.zfnet.ceilPool', variants: ['zfnet'] }],
  },
  conv2: {
    kind: 'conv',
    notes: [
      { key: 'walk.layer.conv2.more' },
      { key: 'walk.layer.conv2.depth', when: ungrouped },
      { key: 'walk.layer.conv2.grouped', when: grouped },
      { key: 'walk.layer.conv2.zfnet', variants: ['zfnet'] },
    ],
  },
  norm2: { kind: 'lrn', notes: [{ key: 'walk.layer.norm2.again' }] },
  pool2: {
    kind: 'maxpool',
    notes: [{ key: 'walk.layer.pool2.again' }, { key: 'walk.zfnet.ceilPool', variants: ['zfnet'] }],
  },
  conv3: {
    kind: 'conv',
    notes: [
      { key: 'walk.layer.conv3.same' },
      { key: 'walk.layer.conv3.gpus', variants: ['paper'] },
      { key: 'walk.layer.conv3.dense', variants: ['zfnet'] },
    ],
  },
  conv4: {
    kind: 'conv',
    notes: [{ key: 'walk.layer.conv4.stack' }, { key: 'walk.layer.conv4.grouped', when: grouped }],
  },
  conv5: {
    kind: 'conv',
    notes: [
      { key: 'walk.layer.conv5.down', variants: ['seed', 'paper', 'zfnet'] },
      { key: 'walk.layer.conv5.torchvision', variants: ['torchvision'] },
      { key: 'walk.layer.conv5.grouped', when: grouped },
      { key: 'walk.layer.conv5.deep' },
    ],
  },
  pool5: { kind: 'maxpool', notes: [{ key: 'walk.layer.pool5.name' }, { key: 'walk.layer.pool5.last' }] },
  avgpool: { kind: 'adaptiveavgpool', notes: [{ key: 'walk.layer.avgpool.identity' }] },
  flatten: { kind: 'flatten', notes: [{ key: 'walk.layer.flatten.length' }] },
  drop6: {
    kind: 'dropout',
    notes: [{ key: 'walk.layer.drop6.paper' }, { key: 'walk.layer.drop6.torchvision', variants: ['torchvision'] }],
  },
  fc6: { kind: 'dense', notes: [{ key: 'walk.layer.fc6.most' }, { key: 'walk.layer.fc6.names' }] },
  relu6: { kind: 'relu', notes: [{ key: 'walk.layer.relu6.article' }] },
  fc7: { kind: 'dense', notes: [{ key: 'walk.layer.fc7.again' }] },
  fc8: { kind: 'dense', notes: [{ key: 'walk.layer.fc8.classes' }, { key: 'walk.layer.fc8.noRelu' }] },
  softmax: { kind: 'softmax', notes: [{ key: 'walk.layer.softmax.topFive' }] },
};

/**
 * Layers whose "why" is their own (walk.role.<id>): what this layer is for at this point of
 * the network, so that conv2 does not read like conv1. Each id is checked against its kind;
 * `variants` limits a role whose claims hold only there (ZFNet normalises after pooling,
 * torchvision drops out before fc6). Other layers fall back to walk.kind.<kind>.why.
 */
type RoleId = keyof (typeof walkEn)['role'];
const roles: Readonly<Record<RoleId, { readonly kind: LayerKind; readonly variants?: readonly VariantId[] }>> = {
  conv1: { kind: 'conv' },
  conv2: { kind: 'conv' },
  conv3: { kind: 'conv' },
  conv4: { kind: 'conv' },
  conv5: { kind: 'conv' },
  relu1: { kind: 'relu' },
  relu2: { kind: 'relu' },
  relu3: { kind: 'relu' },
  relu4: { kind: 'relu' },
  relu5: { kind: 'relu' },
  relu6: { kind: 'relu' },
  relu7: { kind: 'relu' },
  norm1: { kind: 'lrn', variants: ['paper'] },
  norm2: { kind: 'lrn', variants: ['paper'] },
  pool1: { kind: 'maxpool' },
  pool2: { kind: 'maxpool' },
  pool5: { kind: 'maxpool' },
  drop6: { kind: 'dropout', variants: ['seed', 'paper', 'zfnet'] },
  drop7: { kind: 'dropout', variants: ['seed', 'paper', 'zfnet'] },
  fc6: { kind: 'dense' },
  fc7: { kind: 'dense' },
  fc8: { kind: 'dense' },
};

/** The "why" key of a layer: its own role where one applies, else its kind's. */
function whyKey(layer: LayerSpec, variantId: string): WalkKey {
  const id = layer.id;
  if (!isRoleId(id)) return `walk.kind.${layer.kind}.why`;
  const role = roles[id];
  const applies = role.kind === layer.kind && (!role.variants || role.variants.some((v) => v === variantId));
  return applies ? `walk.role.${id}` : `walk.kind.${layer.kind}.why`;
}
const isRoleId = (id: string): id is RoleId => Object.hasOwn(roles, id);

/** Notes every layer of a kind gets, after its layer-specific ones. */
const kindNotes: Partial<Record<LayerKind, readonly WalkKey[]>> = {
  dropout: ['walk.kind.dropout.here'],
};

/**
 * The i18n keys of one step: `walk.kind.<kind>.what/.why`, then the notes for this layer id
 * in this variant, then notes shared by the kind. Dispatches on `layer.kind`, `layer.id` and
 * the layer's fields only (never on name substrings); an id note is skipped if the layer is
 * not of the kind that id has in the built-in variants. Unknown variant ids (e.g. 'paper224')
 * get the notes that are not tied to a variant.
 * Example: conv2 of 'paper' → what/why of conv, notes [conv2.more, conv2.grouped].
 * Fill every key with `teachingValues(analysis, index)`.
 */
export function teachingKeys(layer: LayerSpec, variantId: string): TeachingKeys {
  const entry = Object.hasOwn(layerNotes, layer.id) ? layerNotes[layer.id] : undefined;
  const own = entry && entry.kind === layer.kind ? entry.notes : [];
  const notes = own
    .filter((n) => !n.variants || n.variants.some((v) => v === variantId))
    .filter((n) => !n.when || n.when(layer))
    .map((n) => n.key);
  return {
    what: `walk.kind.${layer.kind}.what`,
    why: whyKey(layer, variantId),
    notes: [...notes, ...(kindNotes[layer.kind] ?? [])],
  };
}

/** The keys of the panel's number lines (labels are walk.ui.output, .depth, .params, …). */
export interface StatKeys {
  readonly output: WalkKey;
  /** Only for convolutions. */
  readonly depth?: WalkKey;
  readonly params: WalkKey;
  readonly macs: WalkKey;
  readonly rf: WalkKey;
  readonly count: WalkKey;
}

/** Which explanatory line each number gets, e.g. a grouped conv → walk.ui.depthGrouped. */
export function statKeys(info: LayerInfo): StatKeys {
  const { layer } = info;
  const output: WalkKey =
    layer.kind === 'input'
      ? 'walk.ui.outputImage'
      : info.outputShape.kind === 'spatial'
        ? 'walk.ui.outputMaps'
        : 'walk.ui.outputVector';
  const rf: WalkKey =
    layer.kind === 'input'
      ? 'walk.ui.rfPixel'
      : info.receptiveField.wholeImage
        ? 'walk.ui.rfWhole'
        : info.rfOnImage < info.receptiveField.size
          ? 'walk.ui.rfPadded'
          : 'walk.ui.rfText';
  const count: WalkKey = isWeighted(layer) ? 'walk.count.position' : 'walk.count.notCounted';
  if (layer.kind === 'conv') {
    const depth: WalkKey = layer.groups > 1 ? 'walk.ui.depthGrouped' : 'walk.ui.depthWhy';
    return { output, depth, params: 'walk.ui.paramsConv', macs: 'walk.ui.macsConv', rf, count };
  }
  if (layer.kind === 'dense') return { output, params: 'walk.ui.paramsDense', macs: 'walk.ui.macsDense', rf, count };
  return { output, params: `walk.ui.paramsNone.${layer.kind}`, macs: 'walk.ui.macsNone', rf, count };
}

/** The hint for one of core/quiz.ts's questions about `layer`. */
export function quizHintKey(kind: QuestionKind, layer: LayerSpec): WalkKey {
  if (kind !== 'params') return `walk.quizHints.${kind}`;
  if (layer.kind === 'dense') return 'walk.quizHints.paramsDense';
  return layer.kind === 'maxpool' ? 'walk.quizHints.paramsPool' : 'walk.quizHints.params';
}

/** Percent without the sign, as the step panel shows it: 60.5, 0.038. */
const percent = (share: number) => (share * 100).toFixed(share > 0 && share < 0.001 ? 3 : 1);
/** α as a student writes it: 1e-4 rather than 0.0001. */
const constant = (x: number) => (x !== 0 && Math.abs(x) < 0.01 ? x.toExponential() : formatDecimal(x));

/** A value for every placeholder, so that i18next's typed t() accepts it for any walk key. */
export type WalkValues = Readonly<Record<WalkPlaceholder, string>>;

/**
 * Every placeholder value for step `index` of `analysis` (see walkPlaceholders), as strings
 * ready for t(). A value that does not apply to the layer (kernel for fc6) is the empty string;
 * the tests check that no key a layer shows needs one of those.
 */
export function teachingValues(analysis: Analysis, index: number): WalkValues {
  const v = Object.fromEntries(Object.keys(walkPlaceholders).map((k) => [k, ''])) as Record<WalkPlaceholder, string>;
  const put = (values: Partial<Record<WalkPlaceholder, string | number>>) => {
    for (const [key, value] of Object.entries(values)) v[key as WalkPlaceholder] = String(value);
  };
  const weighted = analysis.layers.filter((l) => isWeighted(l.layer));
  put({ n: index + 1, total: analysis.layers.length, layers: weighted.length });
  const info = analysis.layers[index];
  if (!info) return v;
  const { layer, inputShape, outputShape, receptiveField: rf } = info;
  if (isWeighted(layer)) put({ index: weighted.indexOf(info) + 1 });
  if (inputShape.kind === 'spatial') put({ inputSize: inputShape.hwc[0], channels: inputShape.hwc[2] });
  else put({ inputs: inputShape.length });
  if (outputShape.kind === 'spatial') put({ output: outputShape.hwc[0], maps: outputShape.hwc[2] });
  else put({ length: outputShape.length });
  put({
    params: formatInt(info.params.total),
    macs: formatInt(info.macs),
    paramShare: percent(info.paramShare),
    macShare: percent(info.macShare),
    size: rf.size,
    jump: rf.jump,
    corner: info.rfOnImage,
  });
  if (info.size) put({ exact: formatDecimal(info.size.exact), droppedPadding: info.size.droppedPadding });
  if (info.kernelDepth !== undefined) put({ depth: info.kernelDepth });
  if (layer.kind === 'conv') {
    const { filters, kernel, stride, padding, groups } = layer;
    put({ filters, kernel, stride, padding, groups, filtersPerGroup: filters / groups });
  } else if (layer.kind === 'maxpool') {
    put({ kernel: layer.size, stride: layer.stride });
  } else if (layer.kind === 'lrn') {
    put({
      lrnSize: layer.size,
      k: constant(layer.k),
      alpha: constant(layer.alpha),
      beta: constant(layer.beta),
      radius: (layer.size - 1) / 2,
      // The divisor is k + α·Σa² ≥ k, so every value is divided by at least k^β.
      lrnFloor: (layer.k ** layer.beta).toFixed(2),
      lrnCut: (Math.floor((1 - layer.k ** -layer.beta) * 1000) / 10).toFixed(1),
    });
  } else if (layer.kind === 'dropout') {
    put({ rate: formatDecimal(layer.rate) });
  } else if (layer.kind === 'dense' && inputShape.kind === 'vector') {
    put({ units: layer.units, tenClassParams: formatInt(inputShape.length * 10 + 10) });
  } else if (layer.kind === 'dense') {
    put({ units: layer.units });
  }
  return v;
}
