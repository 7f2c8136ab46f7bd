/**
 * ONNX files: decoded with protobuf-es (onnxSchema.ts), turned into a spec (onnxGraph.ts),
 * every initializer checked against that spec and laid out for the engine.
 */
import { fromBinary } from '@bufbuild/protobuf';
import type { LayerSpec, NetworkSpec } from '../spec';
import { torchvision } from '../variants';
import { expectedLayers, shapeText } from './expected';
import { checkFinite } from './floats';
import { convToEngine, denseToEngine, rowsToEngine } from './layout';
import { tensorCount, tensorFloats } from './onnxAttrs';
import { graphToSpec } from './onnxGraph';
import { type OnnxModel, type OnnxTensor, modelProto } from './onnxSchema';
import { type ImportedLayer, type PreprocessPreset, WeightsError } from './types';

/** Decodes the ModelProto; a message that runs past the end of the file is 'truncated'. */
export function decodeOnnx(bytes: Uint8Array): OnnxModel {
  try {
    return fromBinary(modelProto, bytes, { readUnknownFields: false }) as unknown as OnnxModel;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (/premature EOF/i.test(message))
      throw new WeightsError('truncated', { offset: bytes.length, what: 'ONNX protobuf' });
    throw new WeightsError('corrupt', { offset: 0, what: `ONNX protobuf: ${message}` });
  }
}

/** Reads an ONNX AlexNet-family graph: its spec, its layers, the preset it was trained with. */
export function readOnnx(
  bytes: Uint8Array,
  onLayer?: (layer: ImportedLayer, spec: NetworkSpec) => void,
  onChecked?: (done: number, total: number) => void,
  onRead?: () => void,
): { spec: NetworkSpec; layers: ImportedLayer[]; preset: PreprocessPreset } {
  const model = decodeOnnx(bytes);
  onRead?.();
  if (!model.graph) throw new WeightsError('badGraph', { node: '(model)', reason: 'no graph' });
  const derived = graphToSpec(model.graph);
  const spec = sameLayers(derived.spec, torchvision) ? torchvision : derived.spec;
  const expected = expectedLayers(spec);
  for (const e of expected) {
    const w = derived.weights.get(e.layerId);
    if (!w) throw new WeightsError('badGraph', { node: e.layerId, reason: 'no weights' });
    const [units = 0, nIn = 0] = e.weightShape;
    checkShape(w.weight, e.kind === 'dense' && !w.transposed ? [nIn, units] : e.weightShape);
    if (w.bias) checkShape(w.bias, [e.biasLength]);
  }
  const total = expected.reduce((n, e) => n + e.weightShape.reduce((a, b) => a * b, 1) + e.biasLength, 0);
  const layers: ImportedLayer[] = [];
  let done = 0;
  for (const e of expected) {
    const w = derived.weights.get(e.layerId);
    if (!w) continue;
    const src = values(w.weight, bytes);
    const [o = 0, i = 0, kh = 1, kw = 1] = e.weightShape;
    const weights =
      e.kind === 'conv'
        ? convToEngine(src, o, i, kh, kw)
        : w.transposed
          ? denseToEngine(src, o, i, e.from)
          : rowsToEngine(src, o, i, e.from);
    const bias = w.bias ? values(w.bias, bytes).slice() : new Float32Array(e.biasLength);
    if (w.alpha !== 1) weights.forEach((v, k) => (weights[k] = v * w.alpha));
    if (w.beta !== 1) bias.forEach((v, k) => (bias[k] = v * w.beta));
    const layer = { layerId: e.layerId, weights, bias };
    layers.push(layer);
    onLayer?.(layer, spec);
    done += weights.length + bias.length;
    onChecked?.(done, total);
  }
  return { spec, layers, preset: presetFor(spec) };
}

/**
 * Fashion-MNIST's for a one-channel input (the training lab's network); Caffe's preprocessing
 * for BVLC-style graphs (LRN, or the 227 input Caffe's AlexNet crops to); torchvision's otherwise.
 */
export function presetFor(spec: NetworkSpec): PreprocessPreset {
  const first = spec.layers[0];
  // One grey channel: the training lab's network, exported to ONNX.
  if (first?.kind === 'input' && first.channels === 1) return 'fashion';
  return spec.layers.some((l) => l.kind === 'lrn') || (first?.kind === 'input' && first.size === 227)
    ? 'caffe'
    : 'torchvision';
}

/** Same layers once dropout (inactive at inference, and left out by torch.onnx) is ignored. */
function sameLayers(a: NetworkSpec, b: NetworkSpec): boolean {
  const key = (layers: readonly LayerSpec[]) => JSON.stringify(layers.filter((l) => l.kind !== 'dropout'));
  return key(a.layers) === key(b.layers);
}

function checkShape(t: OnnxTensor, shape: readonly number[]): void {
  const dims = t.dims.map(Number);
  if (
    dims.length !== shape.length ||
    dims.some((d, i) => d !== shape[i]) ||
    tensorCount(t) !== shape.reduce((a, b) => a * b, 1)
  ) {
    throw new WeightsError('badShape', { tensor: t.name, expected: shapeText(shape), got: shapeText(dims) });
  }
}

function values(t: OnnxTensor, file: Uint8Array): Float32Array {
  const v = tensorFloats(t, file.byteOffset);
  checkFinite(v, t.name);
  return v;
}
