/**
 * Derives everything the app shows about a spec, layer by layer: shapes with their
 * arithmetic, kernel depth, parameters with their formula, multiply-accumulates, activation
 * sizes, receptive fields, and each layer's share of the totals. Pure and total: a bad spec
 * yields issues that name the layer, never an exception.
 */
import { windowSize, type WindowSize } from './arithmetic';
import { type Derivation, expr, intExpr } from './format';
import { type SpecIssue, makeIssue } from './issues';
import { checkLayerFields } from './validate';
import { type LayerSpec, type NetworkSpec, type Shape, shapeSize } from './spec';

/**
 * Where on the input image one output value looks, in input pixels.
 * conv1 of the seed variant: size 11, jump 4, start 5 (centre of the first window).
 */
export interface ReceptiveField {
  /** Side of the square region of the input that can influence one value. */
  readonly size: number;
  /** Distance on the input between two neighbouring output values. */
  readonly jump: number;
  /** Input coordinate of the centre of output (0, 0); can be negative with padding. */
  readonly start: number;
  /**
   * True from the first fully connected layer on: every output depends on the whole image.
   * Flatten only rearranges, so its values keep pool5's field (195×195, 32 px apart).
   */
  readonly wholeImage: boolean;
}

export interface LayerParams {
  readonly weights: number;
  readonly biases: number;
  readonly total: number;
  /** (11·11·3 + 1)·96 = 34,944; absent for layers with nothing to learn. */
  readonly derivation?: Derivation;
}

export interface LayerInfo {
  readonly layer: LayerSpec;
  readonly index: number;
  readonly inputShape: Shape;
  readonly outputShape: Shape;
  /** Side-length arithmetic for conv and pooling layers. */
  readonly size?: WindowSize;
  /** Channels each kernel sees: input channels / groups (48 for the paper's conv2). */
  readonly kernelDepth?: number;
  readonly params: LayerParams;
  readonly macs: number;
  readonly macsDerivation?: Derivation;
  /** Values this layer outputs, and their float32 bytes. */
  readonly activations: number;
  readonly activationBytes: number;
  readonly receptiveField: ReceptiveField;
  /**
   * Side of output (0, 0)'s receptive field that lies on the image; padding is the rest.
   * 35 for the seed's conv2 (51 wide), 131 for its pool5 (195 wide, −64 … 130).
   */
  readonly rfOnImage: number;
  /** Fraction of the network's parameters and MACs in this layer (0…1). */
  readonly paramShare: number;
  readonly macShare: number;
}

export interface Totals {
  readonly params: number;
  readonly weights: number;
  readonly biases: number;
  readonly macs: number;
  /** Sum of every layer's output values after the input. */
  readonly activations: number;
  /** float32 bytes of all parameters: 62.4 M parameters ≈ 250 MB. */
  readonly paramBytes: number;
}

export interface Analysis {
  /** Layers analysed, up to (not including) the first layer with an error. */
  readonly layers: readonly LayerInfo[];
  readonly totals: Totals;
  readonly issues: readonly SpecIssue[];
  /** True when no issue is an error: the whole spec can be built. */
  readonly ok: boolean;
}

type Partial = Omit<LayerInfo, 'paramShare' | 'macShare' | 'rfOnImage'>;
type Row = Partial & Pick<LayerInfo, 'rfOnImage'>;

const noParams: LayerParams = { weights: 0, biases: 0, total: 0 };

/** Analyses a spec from its input layer to its last layer. */
export function analyze(spec: NetworkSpec): Analysis {
  const issues: SpecIssue[] = [];
  const rows: Row[] = [];
  const first = spec.layers[0];
  if (!first) {
    issues.push(makeIssue('error', 'empty-spec', '', -1, {}));
    return finish(rows, issues);
  }
  const seen = new Set<string>();
  let shape: Shape = { kind: 'spatial', hwc: [0, 0, 0] };
  let rf: ReceptiveField = { size: 1, jump: 1, start: 0, wholeImage: false };

  for (const [index, layer] of spec.layers.entries()) {
    const fail = (code: Parameters<typeof makeIssue>[1], values: Record<string, number | string>) =>
      issues.push(makeIssue('error', code, layer.id, index, values));
    if (seen.has(layer.id)) {
      fail('duplicate-id', {});
      break;
    }
    seen.add(layer.id);
    const fieldIssues = checkLayerFields(layer, index);
    if (fieldIssues.length > 0) {
      issues.push(...fieldIssues);
      break;
    }
    if ((layer.kind === 'input') !== (index === 0)) {
      fail('input-not-first', {});
      break;
    }
    const step = stepLayer(layer, index, shape, rf, issues);
    if (!step) break;
    const side = first.kind === 'input' ? first.size : 0;
    rows.push({ ...step, rfOnImage: onImage(step.receptiveField, side) });
    shape = step.outputShape;
    rf = step.receptiveField;
  }
  return finish(rows, issues);
}

/** One layer's derived facts, or undefined after recording the error that stops it. */
function stepLayer(
  layer: LayerSpec,
  index: number,
  input: Shape,
  rf: ReceptiveField,
  issues: SpecIssue[],
): Partial | undefined {
  const fail = (code: Parameters<typeof makeIssue>[1], values: Record<string, number | string>) => {
    issues.push(makeIssue('error', code, layer.id, index, values));
    return undefined;
  };
  const base = (
    outputShape: Shape,
    extra: Omit<
      Partial,
      | 'layer'
      | 'index'
      | 'inputShape'
      | 'outputShape'
      | 'activations'
      | 'activationBytes'
      | 'receptiveField'
      | 'params'
      | 'macs'
    > & { params?: LayerParams; macs?: number; receptiveField?: ReceptiveField } = {},
  ): Partial => {
    const activations = shapeSize(outputShape);
    return {
      layer,
      index,
      inputShape: input,
      outputShape,
      activations,
      activationBytes: activations * 4,
      params: noParams,
      macs: 0,
      receptiveField: rf,
      ...extra,
    };
  };

  if (layer.kind === 'input') {
    const out: Shape = { kind: 'spatial', hwc: [layer.size, layer.size, layer.channels] };
    return { ...base(out), inputShape: out };
  }
  // Layers that pass their input through unchanged in shape.
  if (layer.kind === 'relu' || layer.kind === 'tanh' || layer.kind === 'dropout') return base(input);
  if (layer.kind === 'softmax') {
    if (input.kind !== 'vector') return fail('needs-vector-input', { kind: layer.kind, shape: describe(input) });
    return base(input);
  }
  if (layer.kind === 'dense') {
    if (input.kind !== 'vector') return fail('needs-vector-input', { kind: layer.kind, shape: describe(input) });
    const n = input.length;
    const weights = n * layer.units;
    const total = weights + layer.units;
    const params: LayerParams = {
      weights,
      biases: layer.units,
      total,
      derivation: {
        steps: [
          expr(`${n}·${layer.units} + ${layer.units}`, `${n} \\cdot ${layer.units} + ${layer.units}`),
          intExpr(total),
        ],
        result: total,
      },
    };
    const macsDerivation: Derivation = {
      steps: [expr(`${n}·${layer.units}`, `${n} \\cdot ${layer.units}`), intExpr(weights)],
      result: weights,
    };
    const out: Shape = { kind: 'vector', length: layer.units };
    return base(out, { params, macs: weights, macsDerivation, receptiveField: wholeImage(rf) });
  }
  if (input.kind !== 'spatial') {
    return fail('needs-spatial-input', { kind: layer.kind, length: input.length });
  }
  const [h, , c] = input.hwc;
  // Flatten only reshapes: each of its values is one unit of the layer before, with that
  // unit's receptive field. Only a dense layer (below) mixes them all.
  if (layer.kind === 'flatten') return base({ kind: 'vector', length: shapeSize(input) });
  if (layer.kind === 'lrn') return base(input);
  if (layer.kind === 'adaptiveavgpool') {
    // Bins of floor(h/o) or ceil(h/o) pixels; the receptive field grows by the largest bin.
    const o = layer.outputSize;
    const kernel = Math.ceil(h / o);
    const stride = Math.floor(h / o);
    const size: WindowSize = {
      derivation: { steps: [expr(`${o}`)], result: o },
      output: o,
      exact: o,
      rounding: 'floor',
      dropped: 0,
      droppedPadding: 0,
      padded: 0,
    };
    return base(
      { kind: 'spatial', hwc: [o, o, c] },
      { size, receptiveField: grow(rf, kernel, Math.max(1, stride), 0) },
    );
  }

  const isConv = layer.kind === 'conv';
  const kernel = isConv ? layer.kernel : layer.size;
  const padding = isConv ? layer.padding : 0;
  const rounding = isConv ? 'floor' : layer.rounding;
  const size = windowSize(h, kernel, layer.stride, padding, rounding, isConv);
  if (size.output < 1) {
    return fail('output-too-small', { kernel, padding, input: h, output: size.output });
  }
  if (!Number.isInteger(size.exact)) {
    // Say what the rounding costs: image pixels no window reads, padding no window reads
    // (nothing lost), or cells past the edge that a ceil-mode window reads.
    const effect =
      size.dropped > 0
        ? `no window reads the last ${plural(size.dropped, 'image pixel')} of each row and column`
        : size.droppedPadding > 0
          ? `every image pixel is read; only the last ${plural(size.droppedPadding, 'padding cell')} of each row and column is not`
          : `the last window reaches ${plural(size.padded, 'cell')} past the edge`;
    issues.push(
      makeIssue('note', 'rounded', layer.id, index, {
        input: h,
        kernel,
        padding,
        stride: layer.stride,
        exact: size.exact,
        rounding,
        output: size.output,
        dropped: size.dropped,
        droppedPadding: size.droppedPadding,
        padded: size.padded,
        effect,
      }),
    );
  }
  const o = size.output;
  const receptiveField = grow(rf, kernel, layer.stride, padding);
  if (!isConv) return base({ kind: 'spatial', hwc: [o, o, c] }, { size, receptiveField });

  if (c % layer.groups !== 0) return fail('groups-in-channels', { channels: c, groups: layer.groups });
  if (layer.filters % layer.groups !== 0)
    return fail('groups-out-channels', { filters: layer.filters, groups: layer.groups });
  const depth = c / layer.groups;
  const k = layer.kernel;
  const f = layer.filters;
  const weights = k * k * depth * f;
  const total = weights + f;
  const params: LayerParams = {
    weights,
    biases: f,
    total,
    derivation: {
      steps: [
        expr(`(${k}·${k}·${depth} + 1)·${f}`, `(${k} \\cdot ${k} \\cdot ${depth} + 1) \\cdot ${f}`),
        intExpr(total),
      ],
      result: total,
    },
  };
  const macs = o * o * f * k * k * depth;
  const macsDerivation: Derivation = {
    steps: [
      expr(
        `${o}·${o}·${f}·(${k}·${k}·${depth})`,
        `${o} \\cdot ${o} \\cdot ${f} \\cdot (${k} \\cdot ${k} \\cdot ${depth})`,
      ),
      intExpr(macs),
    ],
    result: macs,
  };
  return base(
    { kind: 'spatial', hwc: [o, o, f] },
    { size, kernelDepth: depth, params, macs, macsDerivation, receptiveField },
  );
}

/** Receptive-field recurrence: r' = r + (k − 1)·j, start' = start + ((k − 1)/2 − p)·j, j' = j·s. */
function grow(rf: ReceptiveField, kernel: number, stride: number, padding: number): ReceptiveField {
  return {
    size: rf.size + (kernel - 1) * rf.jump,
    jump: rf.jump * stride,
    start: rf.start + ((kernel - 1) / 2 - padding) * rf.jump,
    wholeImage: rf.wholeImage,
  };
}

/**
 * How much of output (0, 0)'s field lies on a `side`-pixel image: the field spans
 * start − (size − 1)/2 … start + (size − 1)/2, and whatever falls outside 0 … side − 1 is padding.
 */
function onImage(rf: ReceptiveField, side: number): number {
  const lo = rf.start - (rf.size - 1) / 2;
  const hi = lo + rf.size - 1;
  return Math.max(0, Math.min(hi, side - 1) - Math.max(lo, 0) + 1);
}

function wholeImage(rf: ReceptiveField): ReceptiveField {
  return { ...rf, wholeImage: true };
}

/** "1 image pixel", "2 image pixels": the English log message only (the UI translates). */
function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function describe(shape: Shape): string {
  return shape.kind === 'vector' ? String(shape.length) : shape.hwc.join('×');
}

function finish(rows: Row[], issues: SpecIssue[]): Analysis {
  const sum = (f: (r: Row) => number) => rows.reduce((acc, r) => acc + f(r), 0);
  const params = sum((r) => r.params.total);
  const macs = sum((r) => r.macs);
  const totals: Totals = {
    params,
    weights: sum((r) => r.params.weights),
    biases: sum((r) => r.params.biases),
    macs,
    activations: sum((r) => (r.layer.kind === 'input' ? 0 : r.activations)),
    paramBytes: params * 4,
  };
  const layers = rows.map((r) => ({
    ...r,
    paramShare: params > 0 ? r.params.total / params : 0,
    macShare: macs > 0 ? r.macs / macs : 0,
  }));
  return { layers, totals, issues, ok: !issues.some((i) => i.severity === 'error') };
}
