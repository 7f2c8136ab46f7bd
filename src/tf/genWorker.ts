/**
 * A helper thread for weight generation: fills ranges of a layer's weights on request and
 * transfers them back. Pure TypeScript (weights.ts), so it starts fast and holds no tensors.
 */
import type { GenJob, GenResult } from './genProtocol';
import { fillWeights } from './weights';

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (e: MessageEvent<GenJob>) => {
  const { id, w, seed, from, to } = e.data;
  const values = new Float32Array(to - from);
  fillWeights(w, seed, values, from, to, 0);
  scope.postMessage({ id, values } satisfies GenResult, [values.buffer]);
};
