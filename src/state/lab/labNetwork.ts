/**
 * The lab's trained network for the rest of the app. A kept run (labStore.ts) becomes a .pth
 * file in the format the app's importer reads (core/weights/labDict.ts: names conv1…fc5, the
 * spec in the state_dict's _metadata) and PyTorch loads; hand `file` to the weights import like
 * a file the user dropped, and the engine builds it with the Fashion-MNIST preset.
 */
import { labSpec } from '../../core/lab/network';
import type { NetworkSpec } from '../../core/spec';
import { writeLabPth } from '../../core/weights/labDict';
import { type RunId, keptRun } from './labStore';
import type { KeptRun } from './runStore';

/** A trained lab network: its spec (core analyses it), the .pth file, a file name, and its iteration. */
export interface LabNetwork {
  readonly spec: NetworkSpec;
  readonly file: Blob;
  readonly fileName: string;
  readonly iteration: number;
}

/** The network of a kept run, as a .pth Blob. */
export function networkOf(id: RunId, kept: KeptRun): LabNetwork {
  const spec = labSpec(kept.config.switches);
  const bytes = writeLabPth(spec, kept.checkpoint.layers);
  const iteration = kept.checkpoint.iteration;
  return {
    spec,
    file: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/octet-stream' }),
    fileName: `alexnet-lab-${id}-${kept.config.switches.activation}-it${iteration}.pth`,
    iteration,
  };
}

/** The trained network of kept run `id` ('a' or 'b'), or undefined when none is kept. */
export async function labNetwork(id: RunId = 'a'): Promise<LabNetwork | undefined> {
  const kept = await keptRun(id);
  return kept ? networkOf(id, kept) : undefined;
}
