/**
 * Imported weights kept on this device in the form the engine uploads: each layer's weights and
 * biases as float32, one after another in one values file, and a small meta record (the network
 * without its values, the preset chosen, each layer's lengths). A reload reads the layers back
 * as they are needed (conv layers first, so their maps come early), instead of re-reading and
 * re-checking the 244 MB file the user gave: that took 15–20 s; this takes well under one.
 *
 * The medium is the origin private file system (OPFS), written with createWritable (the write
 * goes to a swap file and replaces the old one on close, so a half-written file is never seen)
 * and read with getFile().slice(), both asynchronous, so the engine worker keeps answering while
 * 244 MB go to disk. The values file is written first and the meta last; forgetting deletes the
 * meta first: a record without a complete values file behind it never exists.
 *
 * This module is plain logic over a `KeptMedium`, so it is tested in Node with a medium in memory.
 */
import type { PreprocessPreset } from '../../core/weights/types';
import type { LayerValues } from '../engine';
import type { ImportedSummary } from './messages';

/** Bump when the layout changes: an older record is then ignored (and the file read again). */
const version = 2;

/** What is kept beside the values. */
export interface KeptMeta {
  readonly version: typeof version;
  readonly summary: ImportedSummary;
  readonly preset: PreprocessPreset;
  /** In file order: each layer's weights, then its biases (counts of float32 values). */
  readonly layers: readonly { readonly layerId: string; readonly weights: number; readonly bias: number }[];
}

/** Where the bytes live: two named files, one of values and one of text. */
export interface KeptMedium {
  /** Replaces the values file with these arrays, in order; resolves once it is durable. */
  writeValues(parts: readonly Float32Array[]): Promise<void>;
  /** `count` float32 values from float offset `at` of the values file, into `into` when given. */
  readValues(at: number, count: number, into?: Float32Array): Promise<Float32Array>;
  /** The values file's size in bytes, or undefined when there is none. */
  valuesBytes(): Promise<number | undefined>;
  /** Replaces the meta text (undefined deletes it). */
  writeMeta(text: string | undefined): Promise<void>;
  readMeta(): Promise<string | undefined>;
  /** Deletes the values file. */
  deleteValues(): Promise<void>;
}

/** Where a layer's weights are read into (a native dense layer's own memory), or a new array. */
export type Into = (count: number) => Float32Array;

/** A kept network: its meta, and each layer's values read from the medium on demand. */
export interface KeptNetwork {
  readonly meta: KeptMeta;
  layer(layerId: string, into?: Into): Promise<LayerValues>;
}

/** Writes `layers` (in the order given) and then the meta that makes them a record. */
export async function saveKept(
  medium: KeptMedium,
  summary: ImportedSummary,
  preset: PreprocessPreset,
  layers: readonly ({ readonly layerId: string } & LayerValues)[],
): Promise<KeptMeta> {
  await medium.writeMeta(undefined); // no record points at values being replaced
  await medium.writeValues(layers.flatMap((l) => [l.weights, l.bias]));
  const meta: KeptMeta = {
    version,
    summary,
    preset,
    layers: layers.map((l) => ({ layerId: l.layerId, weights: l.weights.length, bias: l.bias.length })),
  };
  await medium.writeMeta(JSON.stringify(meta));
  return meta;
}

/** The kept network, if a whole record is there (an older layout or a short file: none). */
export async function loadKept(medium: KeptMedium): Promise<KeptNetwork | undefined> {
  const text = await medium.readMeta();
  const meta = text === undefined ? undefined : parseMeta(text);
  if (!meta) return undefined;
  const floats = meta.layers.reduce((n, l) => n + l.weights + l.bias, 0);
  if ((await medium.valuesBytes()) !== floats * 4) return undefined;
  return openKept(medium, meta);
}

/** Reads a layer's values by where the meta says they lie. */
export function openKept(medium: KeptMedium, meta: KeptMeta): KeptNetwork {
  const at = new Map<string, { readonly at: number; readonly weights: number; readonly bias: number }>();
  let offset = 0;
  for (const l of meta.layers) {
    at.set(l.layerId, { at: offset, weights: l.weights, bias: l.bias });
    offset += l.weights + l.bias;
  }
  return {
    meta,
    async layer(layerId, into) {
      const where = at.get(layerId);
      if (!where) throw new Error(`kept weights have no layer ${layerId}`);
      if (into) {
        // Straight into where the engine keeps them (no 151 MB array in between for fc6).
        const weights = await medium.readValues(where.at, where.weights, into(where.weights));
        return { weights, bias: await medium.readValues(where.at + where.weights, where.bias) };
      }
      // One read per layer: the biases are a view on the same buffer, not a second copy.
      const both = await medium.readValues(where.at, where.weights + where.bias);
      return { weights: both.subarray(0, where.weights), bias: both.subarray(where.weights) };
    },
  };
}

/** The same record with another preset. */
export async function setKeptPreset(medium: KeptMedium, meta: KeptMeta, preset: PreprocessPreset): Promise<KeptMeta> {
  const next = { ...meta, preset };
  await medium.writeMeta(JSON.stringify(next));
  return next;
}

/** Deletes the record: the meta first, so nothing points at a values file being deleted. */
export async function clearKept(medium: KeptMedium): Promise<void> {
  await medium.writeMeta(undefined);
  await medium.deleteValues();
}

function parseMeta(text: string): KeptMeta | undefined {
  try {
    const m = JSON.parse(text) as Partial<KeptMeta>;
    const ok =
      m.version === version &&
      typeof m.summary?.sha256 === 'string' &&
      (m.preset === 'torchvision' || m.preset === 'caffe') &&
      Array.isArray(m.layers) &&
      m.layers.every((l) => typeof l.layerId === 'string' && l.weights >= 0 && l.bias >= 0);
    return ok ? (m as KeptMeta) : undefined;
  } catch {
    return undefined;
  }
}

const dirName = 'alexnet-kept';
const valuesName = 'values.f32';
const metaName = 'meta.json';

/** The OPFS medium, or undefined where this browser has no OPFS with writable files. */
export async function opfsMedium(): Promise<KeptMedium | undefined> {
  const storage = (globalThis.navigator as Navigator | undefined)?.storage;
  if (typeof storage?.getDirectory !== 'function') return undefined;
  let dir: FileSystemDirectoryHandle;
  try {
    dir = await (await storage.getDirectory()).getDirectoryHandle(dirName, { create: true });
  } catch {
    return undefined; // private browsing in some browsers: no OPFS
  }
  const file = async (name: string, create: boolean) => {
    try {
      return await dir.getFileHandle(name, { create });
    } catch {
      return undefined; // NotFoundError
    }
  };
  const probe = await file(metaName, true);
  if (!probe || typeof probe.createWritable !== 'function') return undefined;
  const write = async (name: string, parts: readonly BufferSource[]) => {
    const handle = await file(name, true);
    if (!handle) throw new Error(`could not create ${name}`);
    const w = await handle.createWritable({ keepExistingData: false });
    try {
      for (const p of parts) await w.write(p);
      await w.close(); // replaces the file as a whole
    } catch (err) {
      await w.abort().catch(() => undefined);
      throw err;
    }
  };
  const remove = (name: string) => dir.removeEntry(name).catch(() => undefined);
  return {
    writeValues: (parts) => write(valuesName, parts as readonly Float32Array<ArrayBuffer>[]),
    async readValues(at, count, into) {
      const handle = await file(valuesName, false);
      if (!handle) throw new Error('the kept values are gone');
      const part = (await handle.getFile()).slice(at * 4, (at + count) * 4);
      if (part.size !== count * 4) throw new Error('the kept values are shorter than their record');
      if (!into) return new Float32Array(await part.arrayBuffer());
      // Streamed into the target, chunk by chunk: no second copy of the whole layer.
      const bytes = new Uint8Array(into.buffer, into.byteOffset, count * 4);
      const reader = part.stream().getReader();
      let done = 0;
      for (let r = await reader.read(); !r.done; r = await reader.read()) {
        bytes.set(r.value, done);
        done += r.value.length;
      }
      if (done !== count * 4) throw new Error('the kept values are shorter than their record');
      return into;
    },
    async valuesBytes() {
      const handle = await file(valuesName, false);
      return handle ? (await handle.getFile()).size : undefined;
    },
    async writeMeta(text) {
      if (text === undefined) await remove(metaName);
      else await write(metaName, [new TextEncoder().encode(text)]);
    },
    async readMeta() {
      const handle = await file(metaName, false);
      const text = handle ? await (await handle.getFile()).text() : '';
      return text === '' ? undefined : text;
    },
    deleteValues: () => remove(valuesName),
  };
}
