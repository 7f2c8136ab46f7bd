/**
 * The threaded wasm backend's two fixes (src/tf/wasmThreads.ts): each pthread gets the shipped,
 * unminified glue through importScripts, and tfjs's "half the logical cores" cap sees twice the
 * threads wanted only while the backend starts. Threads need isolation: none in Node.
 */
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pthreadGlue, wasmThreads, withThreadCap } from '../../src/tf/wasmThreads';

/** A worker's navigator: hardwareConcurrency is a getter on the prototype, as in browsers. */
class WorkerNavigatorLike {
  get hardwareConcurrency(): number {
    return 2;
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('threaded wasm', () => {
  it('a pthread that evaluates the glue text gets the factory the shipped file defines', () => {
    const loaded: string[] = [];
    const factory = () => 'module';
    const sandbox = {
      importScripts: (url: string) => {
        loaded.push(url);
        // The shipped file defines the global, as a classic script does.
        (sandbox as Record<string, unknown>)['WasmBackendModuleThreadedSimd'] = factory;
      },
    };
    // What tfjs puts in the pthread's Blob, with our toString.
    const glue = pthreadGlue('https://example.test/assets/glue.js');
    runInNewContext(`var WasmBackendModuleThreadedSimd = ${glue};`, sandbox);
    expect(loaded).toEqual(['https://example.test/assets/glue.js']);
    expect((sandbox as Record<string, unknown>)['WasmBackendModuleThreadedSimd']).toBe(factory);
  });

  it('one thread without cross-origin isolation', () => {
    expect(wasmThreads()).toBe(1);
  });

  it('the core count tfjs reads is doubled only while the backend starts', async () => {
    vi.stubGlobal('navigator', new WorkerNavigatorLike());
    const own = navigator.hardwareConcurrency;
    let seen = 0;
    await withThreadCap(3, async () => {
      seen = navigator.hardwareConcurrency;
    });
    expect(seen).toBe(6);
    expect(navigator.hardwareConcurrency).toBe(own);
    await expect(withThreadCap(2, () => Promise.reject(new Error('no backend')))).rejects.toThrow('no backend');
    expect(navigator.hardwareConcurrency).toBe(own);
  });
});
