/**
 * The engine worker's imported network: the one builds with `weights` use, and what is kept of
 * it on this device. Its layers live in this worker's memory only until they are kept: then
 * they are read back from storage when a build needs them (a toggle back to trained, a reload),
 * and the 244 MB are not held twice (here and on the backend).
 *
 * Where OPFS is missing, the file itself is kept as before (blobStore.ts), and a restore reads
 * and checks it again; a file kept that way by an older version is brought back the same way
 * once, and then kept as values.
 *
 * Storage operations run one after another (a restore waits for a keep in flight), never
 * behind the worker's compute queue: a restore is answered while a random build still runs.
 */
import type { ImportedLayer, ImportedNetwork, PreprocessPreset } from '../../core/weights/types';
import type { LayerValues } from '../engine';
import { clearWeights, loadWeights, saveWeights } from './blobStore';
import {
  type Into,
  type KeptMedium,
  type KeptNetwork,
  clearKept,
  loadKept,
  opfsMedium,
  saveKept,
  setKeptPreset,
} from './keptStore';
import type { ImportedSummary, RestoredWeights } from './messages';

/** Reads and checks a file (importer.ts), reporting progress; the worker passes it in. */
export type ReadFile = (blob: Blob, fileName: string) => Promise<ImportedNetwork>;

interface Current {
  readonly summary: ImportedSummary;
  /** The layers, until they are kept (or always, where nothing could be kept). */
  memory?: readonly ImportedLayer[];
  /** The kept record, once written or restored. */
  kept?: KeptNetwork;
  /** The file as given (a picker or a drop), for the older way of keeping it. */
  readonly blob?: Blob;
}

let current: Current | undefined;
/** Bumped by each import: a restore that finds it moved leaves the newer network in place. */
let imports = 0;
let queue: Promise<unknown> = Promise.resolve();
let medium: Promise<KeptMedium | undefined> | undefined;

/** Runs storage operations one at a time, in the order asked. */
function serial<T>(op: () => Promise<T>): Promise<T> {
  const next = queue.then(op, op);
  queue = next.catch(() => undefined);
  return next;
}

function store(): Promise<KeptMedium | undefined> {
  medium ??= opfsMedium().catch(() => undefined);
  return medium;
}

/** The network without its values: what the page needs to show and build it. */
export function summarise(net: ImportedNetwork): ImportedSummary {
  const { spec, format, preset, sha256, official, fileName, bytes } = net;
  return { spec, format, preset, sha256, ...(official ? { official } : {}), fileName, bytes };
}

/** A file imported without error becomes the network builds with `weights` use. */
export function setImported(net: ImportedNetwork, blob?: Blob): void {
  imports += 1;
  current = { summary: summarise(net), memory: net.layers, ...(blob ? { blob } : {}) };
}

/** The imported network's summary if it is the one asked for. */
export function importedSummary(sha256: string): ImportedSummary | undefined {
  return current?.summary.sha256 === sha256 ? current.summary : undefined;
}

/**
 * One layer of the imported network `sha256`: from memory, else read from what is kept (its
 * weights into `into`'s array, when given: a native dense layer's memory).
 */
export async function importedLayer(sha256: string, layerId: string, into?: Into): Promise<LayerValues> {
  const c = current;
  if (c?.summary.sha256 !== sha256) throw new Error(`imported weights ${sha256.slice(0, 8)} are not in this worker`);
  const inMemory = c.memory?.find((l) => l.layerId === layerId);
  if (inMemory) return { weights: inMemory.weights, bias: inMemory.bias };
  if (!c.kept) throw new Error(`imported weights have no layer ${layerId}`);
  const kept = c.kept;
  return serial(() => kept.layer(layerId, into));
}

/** Why keeping was refused: the browser's error name ('QuotaExceededError', …). */
export class KeepRefused extends Error {}

/** Keeps the imported network `sha256` on this device; rejects with KeepRefused. */
export function keep(sha256: string, preset: PreprocessPreset): Promise<void> {
  return serial(async () => {
    const c = current;
    const layers = c?.memory;
    if (c?.summary.sha256 !== sha256) throw new KeepRefused('NotFoundError');
    if (c.kept) {
      c.kept = { ...c.kept, meta: await setKeptPreset(await requireMedium(), c.kept.meta, preset) };
      return;
    }
    const m = await store();
    try {
      if (m && layers) {
        const meta = await saveKept(m, c.summary, preset, layers);
        await clearWeights().catch(() => undefined); // an older way's record, if any, is superseded
        const kept = await loadKept(m);
        if (!kept || kept.meta.summary.sha256 !== meta.summary.sha256)
          throw new Error('the kept record did not read back');
        c.kept = kept;
        if (current === c) c.memory = undefined; // read back from storage from now on
      } else if (c.blob) {
        await saveWeights({ file: c.blob, fileName: c.summary.fileName, preset });
      } else {
        throw new KeepRefused('NotSupportedError');
      }
    } catch (err) {
      if (err instanceof KeepRefused) throw err;
      if (m) await clearKept(m).catch(() => undefined); // no half record left behind
      throw new KeepRefused(err instanceof Error ? err.name || err.message : String(err));
    }
  });
}

/**
 * Brings back what is kept, as the network builds with `weights` use: values in storage at once;
 * a file kept the older way is read and checked again (`read`), then kept as values.
 */
export function restore(read: ReadFile): Promise<RestoredWeights | undefined> {
  return serial(async () => {
    const before = imports;
    const m = await store();
    const kept = m ? await loadKept(m) : undefined;
    if (kept) {
      if (imports === before) current = { summary: kept.meta.summary, kept };
      return { summary: kept.meta.summary, preset: kept.meta.preset };
    }
    const old = await loadWeights().catch(() => undefined);
    if (!old) return undefined;
    const net = await read(old.file, old.fileName);
    if (imports !== before) return { summary: summarise(net), preset: old.preset ?? net.preset };
    setImported(net, old.file);
    const preset = old.preset ?? net.preset;
    // Kept as values for the next reload, after this answer (a keep waits in the same queue).
    void keep(net.sha256, preset).catch(() => undefined);
    return { summary: summarise(net), preset };
  });
}

/** Records another preset for what is kept. */
export function setPreset(preset: PreprocessPreset): Promise<void> {
  return serial(async () => {
    const c = current;
    if (c?.kept) {
      c.kept = { ...c.kept, meta: await setKeptPreset(await requireMedium(), c.kept.meta, preset) };
      return;
    }
    const old = await loadWeights().catch(() => undefined);
    if (old) await saveWeights({ ...old, preset });
  });
}

/**
 * Deletes what is kept (values and the older way's file) and resolves once it is gone; the
 * network is dropped from this worker too (the page then builds random weights).
 */
export function forget(): Promise<void> {
  return serial(async () => {
    current = undefined;
    const m = await store();
    if (m) await clearKept(m);
    await clearWeights().catch(() => undefined); // no IndexedDB: nothing was kept that way
  });
}

async function requireMedium(): Promise<KeptMedium> {
  const m = await store();
  if (!m) throw new KeepRefused('NotSupportedError');
  return m;
}
