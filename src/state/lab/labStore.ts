/**
 * Keeps the lab's runs on this device (IndexedDB `alexnet-lab`, one record per run: 'a', 'b'),
 * so that a reload shows them again and can continue them, and so that a trained network can
 * be used elsewhere in the app (labNetwork.ts).
 *
 * The checkpoint's weights and momentum buffers (3.6 MB a run) go in as one Blob, not as
 * Float32Arrays: IndexedDB serialises a record on the calling thread, and a traced training
 * run showed those puts as the page's longest tasks (100–130 ms with both cores training). A
 * Blob is handed over by reference; the record itself stays a few kilobytes.
 */
import { checkpointArrays } from '../../tf/lab/protocol';
import type { LayerWeights } from '../../tf/lab/trainer';
import type { KeptRun } from './runStore';
import { idbStore } from '../../tf/idbStore';

/** Where one layer's arrays lie in the packed Blob, in float32 elements. */
interface PackedLayer {
  readonly layerId: string;
  readonly weights: number;
  readonly bias: number;
}

/** A kept run as stored: the checkpoint's arrays packed into `arrays`. */
interface StoredRun extends Omit<KeptRun, 'checkpoint'> {
  readonly checkpoint: Omit<KeptRun['checkpoint'], 'layers' | 'velocities'> & {
    readonly layers: readonly PackedLayer[];
    readonly velocities: readonly PackedLayer[];
    readonly arrays: Blob;
  };
}

function pack(kept: KeptRun): StoredRun {
  const { layers, velocities, packed, ...rest } = kept.checkpoint;
  const shape = (list: readonly LayerWeights[]) =>
    list.map((l) => ({ layerId: l.layerId, weights: l.weights.length, bias: l.bias.length }));
  return {
    ...kept,
    checkpoint: {
      ...rest,
      layers: shape(layers),
      velocities: shape(velocities),
      // The worker's Blob; one made here only for a checkpoint that came without it.
      arrays: packed ?? new Blob(checkpointArrays(layers, velocities) as BlobPart[]),
    },
  };
}

async function unpack(stored: StoredRun): Promise<KeptRun> {
  const { arrays, layers, velocities, ...rest } = stored.checkpoint;
  const all = new Float32Array(await arrays.arrayBuffer());
  let at = 0;
  const take = (n: number) => all.slice(at, (at += n));
  const open = (list: readonly PackedLayer[]) =>
    list.map((l) => ({ layerId: l.layerId, weights: take(l.weights), bias: take(l.bias) }));
  const openedLayers = open(layers);
  const openedVelocities = open(velocities);
  if (at !== all.length) throw new Error(`kept run: ${all.length} values stored, ${at} described`);
  return { ...stored, checkpoint: { ...rest, layers: openedLayers, velocities: openedVelocities } };
}

export type RunId = 'a' | 'b';

const dbName = 'alexnet-lab';
const storeName = 'runs';

const run = idbStore(dbName, storeName);

/** Keeps `kept` as run `id` (replacing what was there); rejects when the browser refuses the space. */
export async function keepRun(id: RunId, kept: KeptRun): Promise<void> {
  await run('readwrite', (s) => s.put(pack(kept), id));
}

/** The kept run `id`, if there is one that looks right. */
export async function keptRun(id: RunId): Promise<KeptRun | undefined> {
  const value: unknown = await run('readonly', (s) => s.get(id));
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Partial<StoredRun>;
  const ok =
    typeof v.config === 'object' &&
    typeof v.checkpoint === 'object' &&
    Array.isArray(v.checkpoint?.layers) &&
    Array.isArray(v.series?.steps);
  if (!ok) return undefined;
  // Runs kept before the arrays were packed hold their Float32Arrays in place.
  return v.checkpoint?.arrays instanceof Blob
    ? unpack(v as StoredRun).catch(() => undefined)
    : (v as unknown as KeptRun);
}

/** Forgets run `id`. */
export async function forgetRun(id: RunId): Promise<void> {
  await run('readwrite', (s) => s.delete(id));
}
