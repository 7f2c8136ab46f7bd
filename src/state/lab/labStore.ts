/**
 * Keeps the lab's runs on this device (IndexedDB `alexnet-lab`, one record per run: 'a', 'b'),
 * so that a reload shows them again and can continue them, and so that a trained network can
 * be used elsewhere in the app (labNetwork.ts). Structured clone keeps the Float32Arrays as they are.
 */
import type { KeptRun } from './runStore';

export type RunId = 'a' | 'b';

const dbName = 'alexnet-lab';
const storeName = 'runs';

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
      tx.oncomplete = () => resolve(req.result);
      tx.onerror = () => reject(tx.error ?? req.error ?? new Error('IndexedDB transaction failed'));
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    });
  } finally {
    db.close();
  }
}

/** Keeps `kept` as run `id` (replacing what was there); rejects when the browser refuses the space. */
export async function keepRun(id: RunId, kept: KeptRun): Promise<void> {
  await run('readwrite', (s) => s.put(kept, id));
}

/** The kept run `id`, if there is one that looks right. */
export async function keptRun(id: RunId): Promise<KeptRun | undefined> {
  const value: unknown = await run('readonly', (s) => s.get(id));
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Partial<KeptRun>;
  const ok =
    typeof v.config === 'object' &&
    typeof v.checkpoint === 'object' &&
    Array.isArray(v.checkpoint?.layers) &&
    Array.isArray(v.series?.steps);
  return ok ? (v as KeptRun) : undefined;
}

/** Forgets run `id`. */
export async function forgetRun(id: RunId): Promise<void> {
  await run('readwrite', (s) => s.delete(id));
}
