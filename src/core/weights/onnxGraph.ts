/**
 * An ONNX graph turned into core's NetworkSpec, node by node, so every number the walkthrough
 * shows is computed for the imported network. Only a chain of the operators AlexNet-family
 * graphs use is accepted (Conv, Relu, LRN, MaxPool, AveragePool/GlobalAveragePool, Flatten or
 * Reshape, Gemm or MatMul+Add, Dropout, Softmax, Identity, Constant); any other operator is
 * refused by name (unknownOperator), and what core's layers cannot express (dilations,
 * asymmetric padding, a branch) is refused as badGraph naming the node.
 * Layer ids follow the built-in variants: conv1…, relu1, norm1, pool1, …, fc6, drop6, softmax.
 */
import { analyze } from '../analyze';
import { windowSize } from '../arithmetic';
import { adaptiveAvgPool, conv, dense, dropout, flatten, input, maxpool, relu, softmax } from '../layers';
import type { LayerSpec, NetworkSpec } from '../spec';
import { attrFloat, attrInt, attrInts, attrString, constantInts, tensorFloats } from './onnxAttrs';
import type { OnnxGraph, OnnxNode, OnnxTensor } from './onnxSchema';
import { WeightsError } from './types';

/** Where a weighted layer's values are in the graph, and how they are laid out. */
export interface OnnxWeights {
  readonly weight: OnnxTensor;
  bias?: OnnxTensor;
  /** Dense only: weight is [units, nIn] (Gemm transB = 1) rather than [nIn, units]. */
  readonly transposed: boolean;
  /** Gemm's alpha and beta (1 for everything else). */
  readonly alpha: number;
  readonly beta: number;
}

/** The spec a graph describes and the initializers of each weighted layer. */
export interface OnnxNetwork {
  readonly spec: NetworkSpec;
  readonly weights: ReadonlyMap<string, OnnxWeights>;
}

/** Derives the spec; refuses unknownOperator or badGraph, naming the node. */
export function graphToSpec(graph: OnnxGraph): OnnxNetwork {
  const inits = new Map(graph.initializer.map((t) => [t.name, t]));
  const consts = new Map<string, OnnxTensor>();
  const graphInput = graph.input.find((v) => !inits.has(v.name));
  const dims = graphInput?.type?.tensorType?.shape?.dim.map((d) => Number(d.dimValue)) ?? [];
  const [, channels = 0, height = 0, width = 0] = dims;
  if (!graphInput || dims.length !== 4 || height !== width || height < 1 || channels < 1) {
    throw new WeightsError('badGraph', { node: graphInput?.name ?? '(input)', reason: `input ${dims.join('×')}` });
  }
  const layers: LayerSpec[] = [input(height, channels)];
  const weights = new Map<string, OnnxWeights>();
  const ids = new Set<string>(['input']);
  let n = 0; // number of the last weighted layer: conv1…conv5, then fc6…
  let current = graphInput.name;
  const unique = (base: string) => {
    let id = base;
    for (let k = 2; ids.has(id); k++) id = `${base}_${k}`;
    ids.add(id);
    return id;
  };
  const spatialSide = (name: string) => {
    const a = analyze({ id: 'partial', name: '', layers });
    const last = a.layers[a.layers.length - 1];
    if (!a.ok || !last || last.outputShape.kind !== 'spatial') bad(name, 'needs a feature map as input');
    return last.outputShape.hwc[0];
  };
  const lastLayer = () => layers[layers.length - 1];

  for (const [index, node] of graph.node.entries()) {
    const name = node.name || `${node.opType}#${index}`;
    if (node.domain !== '' && node.domain !== 'ai.onnx')
      throw new WeightsError('unknownOperator', { op: `${node.domain}.${node.opType}`, node: name });
    if (node.opType === 'Constant') {
      const value = node.attribute.find((a) => a.name === 'value')?.t;
      if (!value || !node.output[0]) bad(name, 'Constant without a tensor value');
      consts.set(node.output[0], value);
      continue;
    }
    const data = node.input.filter((i) => i !== '' && !inits.has(i) && !consts.has(i));
    if (data.length !== 1 || data[0] !== current) bad(name, 'not a single chain of layers');
    const out = node.output[0];
    if (!out) bad(name, 'no output');
    const param = (i: number) => {
      const nameAt = node.input[i];
      return nameAt ? (inits.get(nameAt) ?? consts.get(nameAt)) : undefined;
    };
    switch (node.opType) {
      case 'Identity':
        break;
      case 'Conv': {
        const w = param(1) ?? bad(name, 'weights are not an initializer');
        const [filters = 0, , kh = 0, kw = 0] = w.dims.map(Number);
        const pads = attrInts(node, 'pads', [0, 0, 0, 0]);
        const strides = attrInts(node, 'strides', [1, 1]);
        if (kh !== kw) bad(name, `kernel ${kh}×${kw} is not square`);
        if (attrInts(node, 'dilations', [1, 1]).some((d) => d !== 1)) bad(name, 'dilations other than 1');
        if (!['', 'NOTSET'].includes(attrString(node, 'auto_pad'))) bad(name, 'auto_pad');
        if (pads.some((p) => p !== pads[0])) bad(name, `asymmetric pads ${pads.join(',')}`);
        if (strides[0] !== strides[1]) bad(name, `strides ${strides.join(',')}`);
        n += 1;
        const id = unique(`conv${n}`);
        layers.push(conv(id, filters, kh, strides[0] ?? 1, pads[0] ?? 0, attrInt(node, 'group', 1)));
        weights.set(id, { weight: w, ...biasOf(param(2)), transposed: false, alpha: 1, beta: 1 });
        break;
      }
      case 'Relu':
        layers.push(relu(unique(`relu${n}`)));
        break;
      case 'LRN':
        layers.push({
          kind: 'lrn',
          id: unique(`norm${n}`),
          size: attrInt(node, 'size', 0),
          k: attrFloat(node, 'bias', 1),
          alpha: attrFloat(node, 'alpha', 1e-4),
          beta: attrFloat(node, 'beta', 0.75),
          // ONNX divides α by size, as Caffe and PyTorch do.
          alphaConvention: 'divided-by-n',
        });
        break;
      case 'MaxPool':
        layers.push(maxPoolLayer(node, name, unique(`pool${n}`), spatialSide(name)));
        break;
      case 'AveragePool':
      case 'GlobalAveragePool': {
        const side = spatialSide(name);
        layers.push(
          adaptiveAvgPool(unique('avgpool'), node.opType === 'GlobalAveragePool' ? 1 : avgOutput(node, name, side)),
        );
        break;
      }
      case 'Flatten':
        if (attrInt(node, 'axis', 1) !== 1) bad(name, 'Flatten with an axis other than 1');
        layers.push({ ...flatten(), id: unique('flatten') });
        break;
      case 'Reshape': {
        const shape = constantInts(param(1) ?? bad(name, 'shape is not a constant'));
        if (shape.length !== 2 || ![0, 1, -1].includes(shape[0] ?? 2)) bad(name, `reshape to ${shape.join(',')}`);
        if (lastLayer()?.kind !== 'flatten') layers.push({ ...flatten(), id: unique('flatten') });
        break;
      }
      case 'Gemm':
      case 'MatMul': {
        const w = param(1) ?? bad(name, 'weights are not an initializer');
        if (attrInt(node, 'transA', 0) !== 0) bad(name, 'transA');
        const transposed = attrInt(node, 'transB', 0) === 1;
        const units = Number(w.dims[transposed ? 0 : 1] ?? 0);
        n += 1;
        const id = unique(`fc${n}`);
        layers.push(dense(id, units));
        const alpha = node.opType === 'Gemm' ? attrFloat(node, 'alpha', 1) : 1;
        const beta = node.opType === 'Gemm' ? attrFloat(node, 'beta', 1) : 1;
        weights.set(id, { weight: w, ...biasOf(param(2)), transposed, alpha, beta });
        break;
      }
      case 'Add': {
        // MatMul + Add is how some exporters write a dense layer with a bias.
        const last = lastLayer();
        const entry = last?.kind === 'dense' ? weights.get(last.id) : undefined;
        const b = param(1) ?? param(0);
        if (!entry || entry.bias || !b) bad(name, 'Add that is not the bias of a MatMul');
        entry.bias = b;
        break;
      }
      case 'Dropout': {
        const ratio = param(1);
        const rate = ratio ? (tensorFloats(ratio)[0] ?? 0.5) : attrFloat(node, 'ratio', 0.5);
        layers.push(dropout(unique(`drop${isAfterDense(layers) ? n : n + 1}`), rate));
        break;
      }
      case 'Softmax':
        layers.push(softmax());
        ids.add('softmax');
        break;
      default:
        throw new WeightsError('unknownOperator', { op: node.opType, node: name });
    }
    current = out;
  }
  // The walkthrough shows probabilities: a graph that ends with its logits gets the softmax
  // that torchvision applies outside the model.
  if (lastLayer()?.kind === 'dense') layers.push(softmax());
  return { spec: { id: 'onnx', name: graph.name || 'ONNX graph', layers }, weights };
}

/** True when the last weighted layer is a dense one (drop7 follows fc7's ReLU). */
function isAfterDense(layers: readonly LayerSpec[]): boolean {
  for (let i = layers.length - 1; i >= 0; i--) {
    const kind = layers[i]?.kind;
    if (kind === 'dense') return true;
    if (kind === 'conv' || kind === 'flatten') return false;
  }
  return false;
}

function biasOf(t: OnnxTensor | undefined): { bias?: OnnxTensor } {
  return t ? { bias: t } : {};
}

/**
 * MaxPool → core's maxpool. Core's pooling has no padding; Caffe-converted graphs pad only the
 * bottom and right to get Caffe's ceil rounding, which core expresses as rounding 'ceil'.
 */
function maxPoolLayer(node: OnnxNode, name: string, id: string, side: number): LayerSpec {
  const [k = 0, k2 = 0] = attrInts(node, 'kernel_shape', []);
  const [s = 1, s2 = 1] = attrInts(node, 'strides', [1, 1]);
  const [top = 0, left = 0, bottom = 0, right = 0] = attrInts(node, 'pads', [0, 0, 0, 0]);
  if (k !== k2 || s !== s2) bad(name, `pooling window ${k}×${k2} stride ${s}×${s2}`);
  if (attrInts(node, 'dilations', [1, 1]).some((d) => d !== 1)) bad(name, 'dilations other than 1');
  if (top !== 0 || left !== 0 || bottom !== right) bad(name, `pooling pads ${[top, left, bottom, right].join(',')}`);
  const ceilMode = attrInt(node, 'ceil_mode', 0) === 1;
  const span = side + bottom - k;
  const out = (ceilMode ? Math.ceil(span / s) : Math.floor(span / s)) + 1;
  for (const rounding of ceilMode ? (['ceil', 'floor'] as const) : (['floor', 'ceil'] as const)) {
    if (windowSize(side, k, s, 0, rounding, false).output === out) return maxpool(id, k, s, rounding);
  }
  return bad(name, `pooling pads ${bottom} give ${out}, neither floor nor ceil rounding`);
}

/** An AveragePool that tiles its input exactly is PyTorch's adaptive pool (what torch exports). */
function avgOutput(node: OnnxNode, name: string, side: number): number {
  const [k = 0] = attrInts(node, 'kernel_shape', []);
  const [s = k] = attrInts(node, 'strides', [k]);
  if (attrInts(node, 'pads', [0, 0, 0, 0]).some((p) => p !== 0) || k !== s || k < 1 || side % k !== 0) {
    bad(name, `average pooling ${k}/${s} over ${side}`);
  }
  return side / k;
}

function bad(node: string, reason: string): never {
  throw new WeightsError('badGraph', { node, reason });
}
