/** This origin's storage use (navigator.storage.estimate), for the "kept on this device" line. */

/** Bytes this origin uses and may use, when the browser says. */
export interface StorageUse {
  readonly usage: number;
  readonly quota: number;
}

/** This origin's storage use, or undefined where the browser does not tell. */
export async function storageUse(): Promise<StorageUse | undefined> {
  if (!navigator.storage?.estimate) return undefined;
  const e = await navigator.storage.estimate();
  return e.usage !== undefined && e.quota !== undefined ? { usage: e.usage, quota: e.quota } : undefined;
}
