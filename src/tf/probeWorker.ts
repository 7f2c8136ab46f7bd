/**
 * A one-shot worker that probes WebGL and WebGPU and exits. The first WebGL context of a browser
 * session can take 0.3–1.5 s to create (the GPU process starts its driver; SwiftShader is
 * slowest), and creating it blocks the calling thread: here it blocks neither the page nor the
 * engine worker, which makes weights meanwhile. The WebGPU adapter is asked for at the same
 * time (asynchronous; absent in most browsers without a GPU, where it costs nothing).
 */
import { probeGpus } from './gpu/webgpuChoice';

const scope = self as unknown as DedicatedWorkerGlobalScope;
void probeGpus().then((answer) => {
  scope.postMessage(answer);
  scope.close();
});
