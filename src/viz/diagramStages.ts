/**
 * Which layers the network diagram draws as blocks, and which it folds into the block before
 * them. A layer that changes the shape (conv, pooling, flatten, dense) or feeds the network
 * (input) gets a block; a layer that works in place on the block before it (ReLU, LRN,
 * dropout, softmax) becomes a step of that block, so `relu1` belongs to `conv1`.
 */
import type { LayerInfo } from '../core/analyze';
import type { LayerKind } from '../core/spec';

/** How a block is drawn: the input image, a conv output, a pooled stack, or a vector. */
export type StageRole = 'input' | 'conv' | 'pool' | 'flatten' | 'dense';

/** A typed table, so that a new layer kind must decide whether it is drawn. */
const roleOf: Readonly<Record<LayerKind, StageRole | null>> = {
  input: 'input',
  conv: 'conv',
  maxpool: 'pool',
  adaptiveavgpool: 'pool',
  flatten: 'flatten',
  dense: 'dense',
  relu: null,
  tanh: null,
  lrn: null,
  dropout: null,
  softmax: null,
};

/** One drawn block with the in-place layers that follow it. */
export interface Stage {
  readonly info: LayerInfo;
  readonly role: StageRole;
  /** In-place layers after this block, in network order: [relu1, norm1] for paper conv1. */
  readonly steps: readonly LayerInfo[];
  /**
   * Channel groups the block is drawn in: a grouped conv's `groups` (2 for the paper's conv2),
   * kept by pooling, which works on each map alone; 1 everywhere else.
   */
  readonly towers: number;
}

/** The drawn stages of an analysed network, in order. Empty when there are no layers. */
export function stagesOf(layers: readonly LayerInfo[]): Stage[] {
  const stages: { info: LayerInfo; role: StageRole; steps: LayerInfo[]; towers: number }[] = [];
  for (const info of layers) {
    const role = roleOf[info.layer.kind];
    const last = stages.at(-1);
    if (role === null) {
      // Analysis always starts with the input layer, so an in-place layer has a block before it.
      last?.steps.push(info);
      continue;
    }
    stages.push({ info, role, steps: [], towers: towersOf(info, role, last?.towers ?? 1) });
  }
  return stages;
}

function towersOf(info: LayerInfo, role: StageRole, before: number): number {
  if (info.layer.kind === 'conv') return info.layer.groups;
  return role === 'pool' ? before : 1;
}

/** Layer id → id of the block that shows it: itself when drawn, else the block before it. */
export function ownersOf(stages: readonly Stage[]): ReadonlyMap<string, string> {
  const owners = new Map<string, string>();
  for (const s of stages) {
    owners.set(s.info.layer.id, s.info.layer.id);
    for (const step of s.steps) owners.set(step.layer.id, s.info.layer.id);
  }
  return owners;
}
