/**
 * A one-shot worker that probes WebGL and WebGPU and exits. The first WebGL context of a browser
 * session can take 0.3–1.5 s to create (the GPU process starts its driver; SwiftShader is
 * slowest), and creating it blocks the calling thread: here it blocks neither the page nor the
 * engine worker, which makes weights meanwhile. The WebGPU adapter is asked for first
 * (asynchronous) and answered separately, so that `webgl` and `wasm` never wait for it.
 */
import { probeWebgl } from './backendChoice';
import { probeWebgpuWithin } from './gpu/webgpuChoice';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const adapter = probeWebgpuWithin();
scope.postMessage({ webgl: probeWebgl() });
void adapter.then((webgpu) => {
  scope.postMessage({ webgpu });
  scope.close();
});
