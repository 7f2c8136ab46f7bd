/**
 * The backend for a choice, from everything the worker has learnt so far: the probes' answer,
 * (each may still be missing), the timed race (if one ran), and what broke during the session. Pure, so that probe.ts stays
 * a thin holder of state and these rules are unit-tested with faked adapters and timings.
 */
import type { BackendChoice } from '../backendChoices';
import { type BackendInfo, type WebglProbe, fallbackFrom } from '../backendChoice';
import { type GpuProbes, type GpuTiming, type WebgpuProbe, chooseWithWebgpu } from './webgpuChoice';

/** What went wrong earlier in the session: a lost WebGL context, a WebGPU that would not run. */
export interface SessionState {
  readonly webglLost: boolean;
  readonly webgpuBroken: boolean;
}

const noWebgl: WebglProbe = { available: false, renderer: null, software: false };
const noAdapter: WebgpuProbe = { available: false, fallback: false, description: null };

/**
 * The backend to run for `choice`: undefined while a probe it needs has not answered, `'probe'` when two real GPUs must be raced first, else the backend with its reason,
 * the WebGL renderer, the adapter and the race's timings for the diagnostics.
 */
export function decideBackend(
  choice: BackendChoice,
  answer: Partial<GpuProbes>,
  timing: GpuTiming | undefined,
  session: SessionState,
): BackendInfo | 'probe' | undefined {
  // wasm needs no probe, webgl only WebGL's; auto and webgpu need the adapter's answer too.
  if (choice !== 'wasm' && (!answer.webgl || (choice !== 'webgl' && !answer.webgpu))) return undefined;
  const webgl = answer.webgl ?? noWebgl;
  // A WebGPU that failed to run is treated as absent from then on (auto falls back to the old rules).
  const gpu = answer.webgpu && !session.webgpuBroken ? answer.webgpu : noAdapter;
  const d = chooseWithWebgpu(choice, webgl, gpu, timing);
  if (d.kind === 'probe') return 'probe';
  // Forced, but its adapter failed the race: say that it failed rather than that it is missing.
  const failed = session.webgpuBroken && answer.webgpu?.available === true && d.reason === 'reason.forcedWebgpuMissing';
  const want: BackendInfo = {
    name: d.name,
    reason: failed ? 'reason.webgpuFailed' : d.reason,
    renderer: webgl.renderer,
    software: webgl.software,
    ...(answer.webgpu ? { webgpu: answer.webgpu } : {}),
    ...(timing ? { timing } : {}),
  };
  if (want.name === 'webgl' && session.webglLost) return fallbackFrom(want, 'lost') ?? want;
  return want;
}
