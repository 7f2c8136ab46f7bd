/**
 * The walkthrough's steps, made in this one place for every consumer (the step controls, the
 * keyboard, the slides, the presenter window, the PNG export, the quiz, the URL): the paper's
 * pipeline before the input (data, augmentation, training), one step per layer of the
 * network, and the results after the output.
 *
 *   walkSteps(analyze(variants.seed)).map((s) => s.id)
 *   → ['pipeline-data', 'pipeline-augmentation', 'pipeline-training', 'input', 'conv1', …,
 *      'softmax', 'pipeline-results']   (27 steps: 3 + 23 layers + 1)
 *
 * A pipeline step's id holds a '-', which no layer id may hold (core/editor/schema.ts's
 * layerIdPattern), so an edited or imported network cannot name a layer like one of them.
 * Pure: no React, no DOM.
 */
import type { Analysis, LayerInfo } from '../core/analyze';

/** The pipeline's steps: three before the input, one after the output. */
export const pipelineTopics = ['data', 'augmentation', 'training', 'results'] as const;
export type PipelineTopic = (typeof pipelineTopics)[number];

/** The paragraphs of the `pipeline` namespace (strings/pipeline.*.ts), each with a title and a body. */
export type PipelineItem =
  | 'data'
  | 'torchvision'
  | 'crops'
  | 'pca'
  | 'tenCrop'
  | 'training'
  | 'init'
  | 'schedule'
  | 'time'
  | 'results'
  | 'counts'
  | 'depth';

/** Which paragraphs each pipeline step tells, in order. */
export const pipelineItems: { readonly [T in PipelineTopic]: readonly PipelineItem[] } = {
  data: ['data', 'torchvision'],
  augmentation: ['crops', 'pca', 'tenCrop'],
  training: ['training', 'init', 'schedule', 'time'],
  results: ['results', 'counts', 'depth'],
};

/** Which paragraphs show a formula under their text (content/pipeline.ts's pipelineTex). */
export const pipelineFormulas: Partial<Record<PipelineItem, 'pca' | 'update'>> = { pca: 'pca', training: 'update' };

/** A step that is one layer of the network. */
export interface LayerStep {
  readonly kind: 'layer';
  /** The layer's id (`conv1`): the URL's `layer` value. */
  readonly id: string;
  readonly info: LayerInfo;
  /** Index of the layer in analysis.layers (not the step's own index). */
  readonly layerIndex: number;
}

/** A step of the paper's pipeline, before the input or after the output. */
export interface PipelineStep {
  readonly kind: 'pipeline';
  /** `pipeline-data`: the URL's `layer` value. */
  readonly id: `pipeline-${PipelineTopic}`;
  readonly topic: PipelineTopic;
  readonly part: 'before' | 'after';
}

export type WalkStep = LayerStep | PipelineStep;

/** The URL id of a pipeline step: `pipeline-results`. */
export const pipelineStepId = (topic: PipelineTopic): PipelineStep['id'] => `pipeline-${topic}`;

const pipelineStep = (topic: PipelineTopic): PipelineStep => ({
  kind: 'pipeline',
  id: pipelineStepId(topic),
  topic,
  part: topic === 'results' ? 'after' : 'before',
});
const before = (['data', 'augmentation', 'training'] as const).map(pipelineStep);
const after = [pipelineStep('results')];

// One list per analysis, so that every consumer gets the same array (stable for React's deps).
const cache = new WeakMap<Analysis, readonly WalkStep[]>();

/** Every step of the walkthrough for this network, in order (see the example above). */
export function walkSteps(analysis: Analysis): readonly WalkStep[] {
  const known = cache.get(analysis);
  if (known) return known;
  const layers = analysis.layers.map((info, layerIndex): LayerStep => ({
    kind: 'layer',
    id: info.layer.id,
    info,
    layerIndex,
  }));
  const steps: readonly WalkStep[] = [...before, ...layers, ...after];
  cache.set(analysis, steps);
  return steps;
}

/** Index of the step with this id, or -1 when there is none (a bad `#layer=` value). */
export function stepIndexOf(steps: readonly WalkStep[], id: string): number {
  return steps.findIndex((s) => s.id === id);
}

/** Index of the step that shows this network's first layer (the input): the walkthrough's opening step. */
export function firstLayerStep(steps: readonly WalkStep[]): number {
  return Math.max(
    0,
    steps.findIndex((s) => s.kind === 'layer'),
  );
}

/**
 * Where a step stands among the layers: its layer's index; -1 before the input; the number of
 * layers after the output (the quiz's "next layer with questions" counts from here).
 */
export function layerPosition(step: WalkStep | undefined, analysis: Analysis): number {
  if (!step || step.kind === 'layer') return step?.layerIndex ?? 0;
  return step.part === 'before' ? -1 : analysis.layers.length;
}

/**
 * The layer a step lights in the network diagram on a slide (where only the lit block is
 * labelled): its own; the input for the steps before it; the last layer for the results.
 */
export function diagramLayer(step: WalkStep, analysis: Analysis): string {
  if (step.kind === 'layer') return step.id;
  const layers = analysis.layers;
  return (step.part === 'before' ? layers[0] : layers[layers.length - 1])?.layer.id ?? step.id;
}
