/**
 * Vite plugin: the threaded wasm backend starts as many pthread workers as its engine uses, not 8.
 *
 * tfjs-backend-wasm's Emscripten glue creates a fixed pool of 8 workers when the module starts
 * (PTHREAD_POOL_SIZE=8, compiled in) and resolves `setBackend('wasm')` only once every one of
 * them has loaded the glue and instantiated the module. On a 2-core laptop the engine uses 2
 * threads (the engine worker and 1 pthread), so 7 of those workers only cost start-up time
 * (measured: backend ready 2.6–3.2 s after tfjs loaded, against 0.7–1.1 s single-threaded) and
 * memory. The pool must still hold every thread the engine starts (a thread created later could
 * not start while the engine worker waits for it), so it becomes hardwareConcurrency / 2 − 1,
 * read while the backend starts: the engine worker then reports 2 × threads (src/tf/wasmThreads.ts,
 * for the same reason: tfjs takes half the cores), which makes the pool threads − 1.
 *
 * Applied to the glue as the build bundles it (the engine worker's copy); the unminified copy
 * the pthreads load never runs this code. The build fails if the line is not found (a new tfjs).
 */
import type { Plugin } from 'vite';

const glue = /@tensorflow\/tfjs-backend-wasm\/wasm-out\/tfjs-backend-wasm-threaded-simd\.js$/;
const fixed = 'var pthreadPoolSize=8;';
const sized =
  'var pthreadPoolSize=Math.max(1,Math.min(8,((typeof navigator=="object"&&navigator.hardwareConcurrency)|0)/2-1|0));';

export function tfjsPthreadPool(): Plugin {
  return {
    name: 'alexnet:tfjs-pthread-pool',
    apply: 'build',
    transform(code, id) {
      if (!glue.test(id)) return null;
      if (!code.includes(fixed)) this.error(`${id}: "${fixed}" not found; is this another tfjs version?`);
      return { code: code.replace(fixed, sized), map: null };
    },
  };
}
