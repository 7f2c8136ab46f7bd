/**
 * The worker's view of WebGL: probed once, in a helper worker (probeWorker.ts), in parallel with
 * everything else. Until the probe answers, `auto` runs on wasm provisionally ('reason.probing')
 * rather than wait: on software WebGL the first context alone measured 0.5–1.8 s here, longer
 * than making the weights. When the probe then finds a real GPU, the worker moves to WebGL.
 */
import type { BackendChoice } from '../state/viewState';
import { type BackendInfo, type WebglProbe, chooseBackend, fallbackFrom, probeWebgl } from './backendChoice';

let answer: WebglProbe | undefined;
let webglLost = false;

/** Resolves with the probe's answer; started when this module loads. */
export const probed: Promise<WebglProbe> = start().then((p) => (answer = p));

function start(): Promise<WebglProbe> {
  if (typeof Worker === 'undefined') return Promise.resolve(probeWebgl()); // no nested workers: probe here
  return new Promise((resolve) => {
    const w = new Worker(new URL('./probeWorker.ts', import.meta.url), { type: 'module', name: 'alexnet-webgl-probe' });
    w.onmessage = (e: MessageEvent<WebglProbe>) => resolve(e.data);
    w.onerror = () => resolve(probeWebgl());
  });
}

/** After a lost context WebGL is out for the rest of the session. */
export function markWebglLost(): void {
  webglLost = true;
}

/** The backend for `choice` if it can be decided now (wasm needs no probe), else undefined. */
export function decidedBackend(choice: BackendChoice): BackendInfo | undefined {
  if (choice !== 'wasm' && !answer) return undefined;
  const want = chooseBackend(choice, answer ?? { available: false, renderer: null, software: false });
  if (want.name === 'webgl' && webglLost) return fallbackFrom(want, 'lost') ?? want;
  return want;
}

/** What to run now: the decided backend; for `auto` before the probe answers, wasm provisionally. */
export function backendNow(choice: BackendChoice): BackendInfo | undefined {
  return (
    decidedBackend(choice) ??
    (choice === 'auto' ? { name: 'wasm', reason: 'reason.probing', renderer: null, software: false } : undefined)
  );
}

/** The backend for `choice`, waiting for the probe if need be. */
export async function backendWhenProbed(choice: BackendChoice): Promise<BackendInfo> {
  await probed;
  return decidedBackend(choice) ?? chooseBackend(choice, { available: false, renderer: null, software: false });
}
