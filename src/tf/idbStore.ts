/**
 * One IndexedDB object store as a single function: `run(mode, act)` opens the database, runs
 * one request in one transaction and resolves with its result once the transaction has ended
 * (a write is on disk by then, or refused: QuotaExceededError), then closes the database.
 * Used by the weights kept the older way (weights/blobStore.ts) and by the lab's runs
 * (state/lab/labStore.ts); it lives in tf/ because both layers may import from here.
 */
export type StoreRun = <T>(mode: IDBTransactionMode, act: (s: IDBObjectStore) => IDBRequest<T>) => Promise<T>;

/** Database `dbName` (version 1) with the one object store `storeName`, made on first open. */
export function idbStore(dbName: string, storeName: string): StoreRun {
  const open = () =>
    new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(dbName, 1);
      req.onupgradeneeded = () => req.result.createObjectStore(storeName);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error ?? new Error('IndexedDB would not open'));
    });
  return async <T>(mode: IDBTransactionMode, act: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> => {
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
  };
}
