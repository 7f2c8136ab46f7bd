/**
 * The lab's network: AlexNet's shape scaled to 28×28 grey images, built from the same layer
 * builders as the variants, so core's analysis gives its sizes, parameters, MACs and receptive
 * fields like any other network's.
 *
 *   input 28×28×1
 *   conv1 16 5×5 pad 2 → ReLU/tanh → [LRN] → pool 3/2 (ceil) or 2/2 → 14×14×16
 *   conv2 32 5×5 pad 2 → ReLU/tanh → [LRN] → pool 3/2 (ceil) or 2/2 → 7×7×32
 *   flatten 1568 → fc3 256 → act → [dropout] → fc4 128 → act → [dropout] → fc5 10 → softmax
 *
 * Overlapping pooling rounds up (Caffe's rule, PyTorch's ceil_mode), so 3/2 gives the same
 * sizes as 2/2, 28 → 14 → 7: as in the paper (§3.4), the two differ only in the overlap, and
 * the dense layers have the same weights either way.
 *
 * Small on purpose: one training step of 128 images has to run on two laptop cores (wasm) in
 * a fraction of a second. Like AlexNet, the dense layers hold most of the parameters (97 %)
 * and the convolutions most of the compute.
 */
import { conv, dense, dropout, flatten, input, lrn, maxpool, relu, softmax, tanh } from '../layers';
import type { LayerSpec, NetworkSpec } from '../spec';
import type { RunSwitches } from './settings';

/** Kernels, units and classes of the lab network. */
export const labSizes = { conv1: 16, conv2: 32, fc3: 256, fc4: 128, classes: 10 } as const;

/** The weighted layers' ids, in order: the names its PyTorch state_dict uses too. */
export const labWeighted = ['conv1', 'conv2', 'fc3', 'fc4', 'fc5'] as const;

/** The parts of a run's switches that change the network itself (the rest change the training). */
export type LabArchitecture = Pick<RunSwitches, 'activation' | 'dropout' | 'lrn' | 'overlap'>;

/** The spec of the lab network with these switches; id `lab`. */
export function labSpec(arch: LabArchitecture): NetworkSpec {
  const act = (n: number) => (arch.activation === 'tanh' ? tanh(`tanh${n}`) : relu(`relu${n}`));
  const pool = (n: number) => (arch.overlap ? maxpool(`pool${n}`, 3, 2, 'ceil') : maxpool(`pool${n}`, 2, 2));
  const drop = (n: number): LayerSpec[] => (arch.dropout > 0 ? [dropout(`drop${n}`, arch.dropout)] : []);
  const norm = (n: number): LayerSpec[] => (arch.lrn ? [lrn(`norm${n}`)] : []);
  return {
    id: 'lab',
    name: 'Lab network (Fashion-MNIST, 28×28)',
    layers: [
      input(28, 1),
      conv('conv1', labSizes.conv1, 5, 1, 2),
      act(1),
      ...norm(1),
      pool(1),
      conv('conv2', labSizes.conv2, 5, 1, 2),
      act(2),
      ...norm(2),
      pool(2),
      flatten(),
      dense('fc3', labSizes.fc3),
      act(3),
      ...drop(3),
      dense('fc4', labSizes.fc4),
      act(4),
      ...drop(4),
      dense('fc5', labSizes.classes),
      softmax(),
    ],
  };
}

/** The architecture a lab spec was built with, read back from its layers; undefined if it is not one. */
export function labArchitecture(spec: NetworkSpec): LabArchitecture | undefined {
  const has = (id: string) => spec.layers.some((l) => l.id === id);
  const pool = spec.layers.find((l) => l.id === 'pool1');
  const drop = spec.layers.find((l) => l.id === 'drop3');
  if (!pool || pool.kind !== 'maxpool') return undefined;
  const arch: LabArchitecture = {
    activation: has('tanh1') ? 'tanh' : 'relu',
    dropout: drop?.kind === 'dropout' ? drop.rate : 0,
    lrn: has('norm1'),
    overlap: pool.size === 3,
  };
  return JSON.stringify(labSpec(arch)) === JSON.stringify(spec) ? arch : undefined;
}
