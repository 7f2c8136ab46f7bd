/**
 * The older way of keeping weights (IndexedDB, one record): the file itself, as the Blob the
 * user gave, with the preset beside it. A reload had to read and check all 244 MB again. Now
 * read only to bring back a file kept that way (it is then kept as keptStore.ts keeps weights,
 * and this record deleted), and written only where the browser has no OPFS to keep values in.
 * The same database the page used to write, so nothing kept before is lost.
 */
import type { PreprocessPreset } from '../../core/weights/types';
import { idbStore } from '../idbStore';

/** What is kept: the file and the user's choices about it. */
export interface StoredWeights {
  readonly file: Blob;
  readonly fileName: string;
  readonly preset?: PreprocessPreset;
}

const dbName = 'alexnet-weights';
const storeName = 'files';
const key = 'last';

const run = idbStore(dbName, storeName);

/** Replaces the kept file; rejects (QuotaExceededError, …) when the browser refuses the space. */
export async function saveWeights(value: StoredWeights): Promise<void> {
  await run('readwrite', (s) => s.put(value, key));
}

/** The kept file, if any (a record that does not look right is ignored). */
export async function loadWeights(): Promise<StoredWeights | undefined> {
  const value: unknown = await run('readonly', (s) => s.get(key));
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Partial<StoredWeights>;
  return v.file instanceof Blob && typeof v.fileName === 'string' ? (v as StoredWeights) : undefined;
}

/** Forgets the kept file. */
export async function clearWeights(): Promise<void> {
  await run('readwrite', (s) => s.delete(key));
}
