/**
 * Starts a tfjs backend inside the worker. Backends are loaded on demand (dynamic import), so
 * a machine that runs wasm never downloads the WebGL or WebGPU backend's code and vice versa.
 *
 * wasm: the .wasm binaries ship with the app (Vite copies them into the build through `?url`);
 * nothing is fetched from a CDN. Threads (wasmThreads.ts) where the page is cross-origin
 * isolated; the single-threaded SIMD binary elsewhere.
 */
import * as tf from '@tensorflow/tfjs-core';
import wasmPlainUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreadedUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import type { BackendName } from './backendChoice';
import { shipPthreadGlue, wasmThreads, withThreadCap } from './wasmThreads';

/** The WebGL context of the running webgl backend, for context-loss handling. */
export interface WebglHandle {
  readonly gl: WebGLRenderingContext;
  /** Moves a tensor's values into a texture now rather than at first use. */
  readonly upload: (t: tf.Tensor) => void;
}

/** A started backend: the WebGL handle (webgl only) and the threads it computes on. */
export interface Started {
  readonly webgl?: WebglHandle;
  readonly threads: number;
}

/**
 * Loads and selects `name`. Rejects if it cannot start. `maxThreads` caps the wasm backend's
 * threads (the lab runs one worker per run, each on one thread).
 */
export async function startBackend(name: BackendName, maxThreads = Infinity): Promise<Started> {
  if (name === 'wasm') {
    const wasm = await import('@tensorflow/tfjs-backend-wasm');
    const threads = Math.max(1, Math.min(maxThreads, wasmThreads()));
    tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', threads > 1);
    if (threads > 1) {
      wasm.setThreadsCount(threads);
      await shipPthreadGlue();
    }
    // tfjs insists on a path for all three binaries; it fetches only the one it runs.
    wasm.setWasmPaths({
      'tfjs-backend-wasm.wasm': wasmPlainUrl,
      'tfjs-backend-wasm-simd.wasm': wasmSimdUrl,
      'tfjs-backend-wasm-threaded-simd.wasm': wasmThreadedUrl,
    });
    if (threads === 1) await select('wasm');
    else await withThreadCap(threads, () => select('wasm'));
    return { threads: threads > 1 ? wasm.getThreadsCount() : 1 };
  }
  if (name === 'webgl') {
    const webgl = await import('@tensorflow/tfjs-backend-webgl');
    // Our own probe has already decided; let tfjs accept a software context when forced to.
    tf.env().set('SOFTWARE_WEBGL_ENABLED', true);
    await select('webgl');
    const backend = tf.backend();
    if (!(backend instanceof webgl.MathBackendWebGL)) throw new Error('webgl backend did not start');
    return { webgl: { gl: backend.gpgpu.gl, upload: (t) => backend.uploadToGPU(t.dataId) }, threads: 1 };
  }
  if (name === 'webgpu') {
    // Registers itself only where navigator.gpu exists; select() then fails and the host falls back.
    await import('@tensorflow/tfjs-backend-webgpu');
    await select('webgpu');
    return { threads: 1 };
  }
  // Only as the last fallback: its 1.3 MB of source is no longer parsed on every start.
  await import('@tensorflow/tfjs-backend-cpu');
  await select('cpu');
  return { threads: 1 };
}

async function select(name: BackendName): Promise<void> {
  const ok = await tf.setBackend(name);
  if (!ok || tf.getBackend() !== name) throw new Error(`tfjs could not start the ${name} backend`);
}

/** Drops a backend that stopped working (a lost WebGL context) so it is never picked again. */
export function dropBackend(name: BackendName): void {
  try {
    tf.removeBackend(name);
  } catch {
    // Disposing a backend whose context is gone may throw; it is unusable either way.
  }
}
