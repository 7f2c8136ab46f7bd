/**
 * The worker's view of the GPU: WebGL's renderer and WebGPU's adapter, probed once in a helper
 * worker (probeWorker.ts), started once the first maps are out (startProbes). Until the probe answers, `auto`
 * runs on wasm provisionally ('reason.probing') rather than wait: on software WebGL the first
 * context alone measured 0.5–1.8 s here, longer than making the weights. When the probe then
 * finds a real GPU, the worker moves to it.
 *
 * When WebGL and WebGPU are both on real hardware, `auto` needs a timed probe (a conv1-sized
 * convolution on each, gpu/gpuTiming.ts): it runs once per session, inside a build job, through
 * the `time` function the worker passes in (this module stays tfjs-free).
 */
import type { BackendChoice } from './backendChoices';
import { type BackendInfo, type WebglProbe, probeWebgl } from './backendChoice';
import { decideBackend } from './gpu/decide';
import { type GpuProbes, type GpuTiming, type WebgpuProbe, probeWebgpuWithin } from './gpu/webgpuChoice';

let webglAnswer: WebglProbe | undefined;
let webgpuAnswer: WebgpuProbe | undefined;
let timing: GpuTiming | undefined;
let webglLost = false;
/** Set when the timed probe could not run WebGPU: `auto` then forgets the adapter. */
let webgpuBroken = false;

let begin: () => void = () => undefined;
const answers = new Promise<void>((resolve) => (begin = resolve)).then(start);
/** Resolves with WebGL's answer (all that `webgl` needs). */
const webglProbed: Promise<WebglProbe> = answers.then((a) => a.webgl).then((p) => (webglAnswer = p));
/** Resolves with both answers, once the probes have been started (startProbes). */
export const probed: Promise<GpuProbes> = Promise.all([
  webglProbed,
  answers.then((a) => a.webgpu).then((p) => (webgpuAnswer = p)),
]).then(([webgl, webgpu]) => ({ webgl, webgpu }));

/**
 * Starts the probes (once; later calls do nothing). Not at start-up: on 2 cores, software
 * WebGL's first context competed with the first build for a core, and `auto` runs on wasm
 * provisionally until the answer anyway. The worker starts them once the first maps are out,
 * or at once when a choice needs the answer (`webgl`, `webgpu`).
 */
export function startProbes(): void {
  begin();
}

/**
 * WebGL in the probe worker (its first context blocks a thread for seconds); the WebGPU adapter
 * here, asynchronously (in the nested probe worker Chromium's first request hung past 10 s).
 */
function start(): { readonly webgl: Promise<WebglProbe>; readonly webgpu: Promise<WebgpuProbe> } {
  const webgpu = probeWebgpuWithin();
  if (typeof Worker === 'undefined') return { webgl: Promise.resolve(probeWebgl()), webgpu }; // no nested workers
  const webgl = new Promise<WebglProbe>((resolve) => {
    const w = new Worker(new URL('./probeWorker.ts', import.meta.url), { type: 'module', name: 'alexnet-webgl-probe' });
    w.onmessage = (e: MessageEvent<WebglProbe>) => resolve(e.data);
    w.onerror = () => resolve(probeWebgl());
  });
  return { webgl, webgpu };
}

/** After a lost context WebGL is out for the rest of the session. */
export function markWebglLost(): void {
  webglLost = true;
}

function decide(choice: BackendChoice): BackendInfo | 'probe' | undefined {
  return decideBackend(choice, { webgl: webglAnswer, webgpu: webgpuAnswer }, timing, { webglLost, webgpuBroken });
}

/** The backend for `choice` if it can be decided now (wasm needs no probe), else undefined. */
export function decidedBackend(choice: BackendChoice): BackendInfo | undefined {
  const d = decide(choice);
  return d === 'probe' ? undefined : d;
}

/** What to run now: the decided backend; for `auto` before the probe answers, wasm provisionally. */
export function backendNow(choice: BackendChoice): BackendInfo | undefined {
  return (
    decidedBackend(choice) ??
    (choice === 'auto' && (!webglAnswer || !webgpuAnswer)
      ? { name: 'wasm', reason: 'reason.probing', renderer: null, software: false }
      : undefined)
  );
}

/**
 * The backend for `choice`, waiting for the probe if need be, and running the timed probe
 * (`time`) when two real GPUs must be raced; `time` resolves undefined when WebGPU failed.
 */
export async function backendWhenProbed(
  choice: BackendChoice,
  time: () => Promise<GpuTiming | undefined>,
): Promise<BackendInfo> {
  startProbes();
  await (choice === 'webgl' ? webglProbed : probed);
  if (decide(choice) === 'probe') {
    const measured = await time();
    if (measured) timing = measured;
    else webgpuBroken = true;
  }
  return decidedBackend(choice) ?? { name: 'wasm', reason: 'reason.noWebgl', renderer: null, software: false };
}
