/**
 * What the weighted layers of a spec need from a file, in the layouts files store (PyTorch and
 * ONNX alike): conv weights [filters, depth, k, k], dense weights [units, nIn], one bias per
 * filter or unit, and for the first dense layer after a flatten, the map it flattened.
 */
import { analyze } from '../analyze';
import type { NetworkSpec } from '../spec';
import type { FlattenedFrom } from './layout';
import { WeightsError } from './types';

/** One weighted layer as a file must provide it. */
export interface ExpectedLayer {
  readonly layerId: string;
  readonly kind: 'conv' | 'dense';
  /** OIHW for conv, [units, nIn] for dense. */
  readonly weightShape: readonly number[];
  readonly biasLength: number;
  /** Dense only: the spatial map its input was flattened from ([1, 1, n] after another dense). */
  readonly from: FlattenedFrom;
}

/** The weighted layers of `spec`, in order; refuses (badGraph) a spec core cannot analyse. */
export function expectedLayers(spec: NetworkSpec): ExpectedLayer[] {
  const analysis = analyze(spec);
  if (!analysis.ok) {
    const issue = analysis.issues.find((i) => i.severity === 'error');
    throw new WeightsError('badGraph', { node: issue?.layerId ?? '', reason: issue?.code ?? 'invalid' });
  }
  const out: ExpectedLayer[] = [];
  let from: FlattenedFrom = [1, 1, 0];
  for (const info of analysis.layers) {
    const { layer, inputShape } = info;
    if (layer.kind === 'flatten' && inputShape.kind === 'spatial') from = inputShape.hwc;
    if (layer.kind === 'conv') {
      const depth = info.kernelDepth ?? 0;
      out.push({
        layerId: layer.id,
        kind: 'conv',
        weightShape: [layer.filters, depth, layer.kernel, layer.kernel],
        biasLength: layer.filters,
        from: [1, 1, 0],
      });
    } else if (layer.kind === 'dense' && inputShape.kind === 'vector') {
      const nIn = inputShape.length;
      out.push({ layerId: layer.id, kind: 'dense', weightShape: [layer.units, nIn], biasLength: layer.units, from });
      from = [1, 1, layer.units];
    }
  }
  return out;
}

/** "64×3×11×11", as a student writes a shape. */
export function shapeText(shape: readonly number[]): string {
  return shape.join('×');
}
