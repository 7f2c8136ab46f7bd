/**
 * Which layers the attribution methods work on, found from core's analysis by layer kind (never
 * by name): the conv layers with the ReLU that follows each (Grad-CAM and the projections use
 * the output after the ReLU), the logits (the last dense layer, before softmax), and the order
 * in which the sanity check randomises the weighted layers (from the top).
 */
import type { Analysis, ReceptiveField } from '../analyze';
import type { Hwc } from '../spec';

export interface ConvTarget {
  /** The conv layer ('conv5'). */
  readonly convId: string;
  /** The layer whose output is used: the ReLU right after the conv ('relu5'), else the conv itself. */
  readonly layerId: string;
  /** Position of `layerId` in the analysis (and in the engine's list of outputs). */
  readonly index: number;
  /** Its output: [13, 13, 256] for relu5 of the seed variant. */
  readonly hwc: Hwc;
  readonly receptiveField: ReceptiveField;
}

/** Every conv layer that can be built, in order, with the layer whose output the methods use. */
export function convTargets(analysis: Analysis): ConvTarget[] {
  const out: ConvTarget[] = [];
  analysis.layers.forEach((info, i) => {
    if (info.layer.kind !== 'conv') return;
    const next = analysis.layers[i + 1];
    const used = next?.layer.kind === 'relu' ? next : info;
    if (used.outputShape.kind !== 'spatial') return;
    out.push({
      convId: info.layer.id,
      layerId: used.layer.id,
      index: used.index,
      hwc: used.outputShape.hwc,
      receptiveField: used.receptiveField,
    });
  });
  return out;
}

/** The target for conv layer `convId`, or the last conv layer's (the default: conv5 → 13×13). */
export function convTarget(analysis: Analysis, convId?: string): ConvTarget | undefined {
  const all = convTargets(analysis);
  return all.find((t) => t.convId === convId) ?? all.at(-1);
}

/** Index of the logits in the analysis: the last dense layer (fc8); −1 when the network has none. */
export function logitsIndex(analysis: Analysis): number {
  for (let i = analysis.layers.length - 1; i >= 0; i--) if (analysis.layers[i]?.layer.kind === 'dense') return i;
  return -1;
}

/** Number of classes: the logits' length (1,000 for ImageNet networks). */
export function classCount(analysis: Analysis): number {
  const info = analysis.layers[logitsIndex(analysis)];
  return info?.outputShape.kind === 'vector' ? info.outputShape.length : 0;
}

/** The weighted layers from the top down: fc8, fc7, fc6, conv5, …, conv1 (the cascade's order). */
export function cascadeOrder(analysis: Analysis): string[] {
  return analysis.layers
    .filter((l) => l.layer.kind === 'conv' || l.layer.kind === 'dense')
    .map((l) => l.layer.id)
    .reverse();
}
