/**
 * A one-shot worker that probes WebGL and exits. The first WebGL context of a browser session
 * can take 0.3–1.5 s to create (the GPU process starts its driver; SwiftShader is slowest), and
 * creating it blocks the calling thread: here it blocks neither the page nor the engine worker,
 * which makes weights meanwhile. (WebGPU's adapter is asked for by the engine worker itself,
 * probe.ts: it is asynchronous, and in this nested worker Chromium's first request hung.)
 */
import { probeWebgl } from './backendChoice';

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.postMessage(probeWebgl());
scope.close();
