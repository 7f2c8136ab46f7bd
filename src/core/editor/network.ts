/**
 * An edited network: the built-in variant it started from, and its layers. Checked as a whole
 * here (core's analysis plus the size limits) before the app builds it or writes it to a link.
 */
import { type Analysis, analyze } from '../analyze';
import type { LayerSpec, NetworkSpec } from '../spec';
import { type VariantId, variants } from '../variants';
import { maxActivations, maxLayers, maxParams } from './schema';

/** The spec id of every edited network: quiz answers and teaching notes key on it. */
export const editedId = 'custom';

export interface EditedNetwork {
  /** The variant the student started from; names the network and the fallback. */
  readonly base: VariantId;
  readonly spec: NetworkSpec;
}

/** Wraps layers as the edited network's spec: "AlexNet (single tower, 227), edited". */
export function editedSpec(base: VariantId, layers: readonly LayerSpec[]): NetworkSpec {
  return { id: editedId, name: `${variants[base].name}, edited`, layers };
}

/** Why a network cannot be built (first reason found), or undefined when it can. */
export type NetworkProblem =
  | { readonly code: 'too-many-layers'; readonly count: number }
  | { readonly code: 'invalid'; readonly layerId: string; readonly message: string }
  | { readonly code: 'too-large'; readonly params: number; readonly activations: number };

/** Runs core's analysis and the size limits; returns the analysis too, so callers need not redo it. */
export function checkNetwork(spec: NetworkSpec): { analysis: Analysis; problem?: NetworkProblem } {
  const analysis = analyze(spec);
  if (spec.layers.length > maxLayers)
    return { analysis, problem: { code: 'too-many-layers', count: spec.layers.length } };
  const error = analysis.issues.find((i) => i.severity === 'error');
  if (error) return { analysis, problem: { code: 'invalid', layerId: error.layerId, message: error.message } };
  const { params, activations } = analysis.totals;
  if (params > maxParams || activations > maxActivations) {
    return { analysis, problem: { code: 'too-large', params, activations } };
  }
  return { analysis };
}
