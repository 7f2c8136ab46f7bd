/**
 * Keeps the last imported weight file on this device (IndexedDB, one record), so that a reload
 * does not ask for it again. The file is stored as the Blob the user gave (no copy in this
 * thread's memory); the preset and the toggle are stored beside it.
 */
import type { PreprocessPreset } from '../../core/weights/types';

/** What is kept: the file and the user's choices about it. */
export interface StoredWeights {
  readonly file: Blob;
  readonly fileName: string;
  readonly preset?: PreprocessPreset;
}

/** Bytes this origin uses and may use (navigator.storage.estimate), when the browser says. */
export interface StorageUse {
  readonly usage: number;
  readonly quota: number;
}

const dbName = 'alexnet-weights';
const storeName = 'files';
const key = 'last';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(dbName, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(storeName);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB would not open'));
  });
}

async function run<T>(mode: IDBTransactionMode, act: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(storeName, mode);
      const req = act(tx.objectStore(storeName));
      // Resolved on the transaction's end: a write is on disk (or refused, e.g. over quota) by then.
      tx.oncomplete = () => resolve(req.result);
      tx.onerror = () => reject(tx.error ?? req.error ?? new Error('IndexedDB transaction failed'));
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    });
  } finally {
    db.close();
  }
}

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

/** This origin's storage use, or undefined where the browser does not tell. */
export async function storageUse(): Promise<StorageUse | undefined> {
  if (!navigator.storage?.estimate) return undefined;
  const e = await navigator.storage.estimate();
  return e.usage !== undefined && e.quota !== undefined ? { usage: e.usage, quota: e.quota } : undefined;
}
