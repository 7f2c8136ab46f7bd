/**
 * tfjs's multi-threaded wasm (XNNPACK on a pool of pthreads), where the page is cross-origin
 * isolated (COOP + COEP: vite.config.ts's headers, or the service worker's on a static host).
 * Without isolation there is no SharedArrayBuffer, and the single-threaded SIMD binary runs.
 *
 * The fix that makes threads work in a minified build: tfjs hands each pthread its glue code as
 * `new Blob(['var WasmBackendModuleThreadedSimd = ' + factory.toString()])`. After minification
 * the factory is a closure over a renamed variable (`_scriptDir` became `e`), and the minifier,
 * knowing that `e` is declared, turned `typeof _scriptDir !== "undefined" && _scriptDir` into
 * `e !== void 0 && e`: outside its closure, in the blob, that throws `ReferenceError: e is not
 * defined`, the pthreads never load, and `setBackend('wasm')` never resolves. So the factory's
 * `toString` is made to name the untouched glue file instead, shipped beside the build by Vite
 * (`?url`: copied as it is, never minified), which each pthread loads with importScripts.
 *
 * And the fix that makes threads count: tfjs 4.22's C++ caps the thread pool at
 * `navigator.hardwareConcurrency / 2` (it assumes two hyper-threads per core), so on a 2-core
 * laptop `setThreadsCount(2)` gave 1 thread, and threads "measured no faster". That cap is
 * computed once, when the module starts; the engine worker's navigator reports twice the
 * threads wanted for exactly that moment (withThreadCap).
 */
import threadedGlueUrl from '@tensorflow/tfjs-backend-wasm/wasm-out/tfjs-backend-wasm-threaded-simd.js?url';

/**
 * Beyond 4 threads a batch-1 AlexNet layer is too small to split further with gain (fc layers
 * are memory-bound, conv3–5 are 13×13), and each thread is one more worker holding its own
 * instance; measured here on 2 cores only, where 2 threads is all there is.
 */
const maxThreads = 4;

/** Threads the wasm backend should run: 1 without cross-origin isolation (no SharedArrayBuffer). */
export function wasmThreads(): number {
  const isolated = (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated === true;
  if (!isolated || typeof SharedArrayBuffer === 'undefined') return 1;
  return Math.max(1, Math.min(maxThreads, navigator.hardwareConcurrency || 1));
}

/** The text each pthread evaluates as `var WasmBackendModuleThreadedSimd = <this>`. */
export function pthreadGlue(glueUrl: string): string {
  // importScripts defines the global WasmBackendModuleThreadedSimd; the comma yields it.
  return `(importScripts(${JSON.stringify(glueUrl)}), WasmBackendModuleThreadedSimd)`;
}

/** Points the pthreads at the shipped glue file; call before `setBackend('wasm')` with threads. */
export async function shipPthreadGlue(): Promise<void> {
  const glue: { default?: unknown } =
    await import('@tensorflow/tfjs-backend-wasm/wasm-out/tfjs-backend-wasm-threaded-simd.js');
  // The same module object tfjs-backend-wasm imports (one copy in the bundle): a CommonJS
  // module whose export is the factory function.
  const factory = glue.default ?? glue;
  if (typeof factory !== 'function') throw new Error('tfjs-backend-wasm: no threaded factory to patch');
  // Absolute: a blob worker has no base URL of its own to resolve a relative one against.
  const url = new URL(threadedGlueUrl, self.location.href).href;
  Object.defineProperty(factory, 'toString', { value: () => pthreadGlue(url), configurable: true });
}

/**
 * Runs `start` (the wasm backend's start) with `navigator.hardwareConcurrency` reading
 * `2 × threads` in this worker, then restores the browser's own value.
 */
export async function withThreadCap<T>(threads: number, start: () => Promise<T>): Promise<T> {
  // An own property shadows WorkerNavigator's getter; deleting it brings the getter back.
  Object.defineProperty(navigator, 'hardwareConcurrency', { value: 2 * threads, configurable: true });
  try {
    return await start();
  } finally {
    Reflect.deleteProperty(navigator, 'hardwareConcurrency');
  }
}
