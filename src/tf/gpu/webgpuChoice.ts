/**
 * When to run on tfjs's WebGPU backend, decided from the user's choice, the WebGL probe, a
 * WebGPU adapter probe and (when both GPUs are real) a short timed probe of the same work on
 * each. Pure and tfjs-free so that the rules are unit-tested: this machine has no hardware
 * adapter, only software WebGL.
 *
 * Rules:
 * - `#backend=webgpu` forces WebGPU whenever an adapter exists (even a fallback one, and then
 *   the reason says it is software); without one, the `auto` rules apply and the reason says
 *   WebGPU was missing;
 * - `auto` considers WebGPU only on a hardware adapter (not `isFallbackAdapter`, not a
 *   software renderer): software WebGPU is as slow as software WebGL, so wasm wins there;
 * - with a hardware adapter and software or no WebGL, WebGPU runs without a probe;
 * - with both on hardware, WebGPU runs only when the timed probe found it faster than WebGL
 *   (ties go to WebGL, the backend tfjs has had longer); until the probe answers, `auto`
 *   keeps what `chooseBackend` says.
 * - `webgl` / `wasm` choices are never changed.
 * - a WebGPU backend that will not start falls back to WebGL on a real GPU, else to wasm
 *   (`reason.webgpuFailed`, backendChoice's `fallbackFrom`).
 */
import type { BackendChoice } from '../backendChoices';
import type { GpuTiming, WebgpuProbe, WebgpuReason } from './webgpuTypes';
import { type BackendInfo, type WebglProbe, chooseBackend, isSoftwareRenderer } from '../backendChoice';

/** The choices of the URL, `webgpu` among them. */
export type GpuBackendChoice = BackendChoice;

export { type GpuTiming, type WebgpuProbe, type WebgpuReason, isWebgpuReason, webgpuReasons } from './webgpuTypes';

/** The decision: a backend with its reason, or `probe` when a timed probe must decide. */
export type GpuDecision =
  | {
      readonly kind: 'run';
      readonly name: BackendInfo['name'];
      readonly reason: BackendInfo['reason'];
      readonly adapter: string | null;
    }
  | { readonly kind: 'probe' };

/** True for an adapter that runs on the GPU itself. */
export function isHardwareAdapter(gpu: WebgpuProbe): boolean {
  return gpu.available && !gpu.fallback && !(gpu.description !== null && isSoftwareRenderer(gpu.description));
}

/** Decides between WebGPU and the older rules (`chooseBackend`), as the file comment says. */
export function chooseWithWebgpu(
  choice: GpuBackendChoice,
  webgl: WebglProbe,
  gpu: WebgpuProbe,
  timing?: GpuTiming,
): GpuDecision {
  const adapter = gpu.description;
  const older = (reason?: WebgpuReason): GpuDecision => {
    const b = chooseBackend(choice === 'webgpu' ? 'auto' : choice, webgl);
    // Forced WebGPU without an adapter: say so, on the backend `auto` would pick.
    return { kind: 'run', name: b.name, reason: reason ?? b.reason, adapter };
  };
  if (choice === 'webgpu')
    return gpu.available
      ? {
          kind: 'run',
          name: 'webgpu',
          reason: isHardwareAdapter(gpu) ? 'reason.forcedWebgpu' : 'reason.forcedWebgpuSoftware',
          adapter,
        }
      : older('reason.forcedWebgpuMissing');
  if (choice !== 'auto' || !isHardwareAdapter(gpu)) return older();
  if (!webgl.available || webgl.software)
    return { kind: 'run', name: 'webgpu', reason: 'reason.webgpuNoHardwareWebgl', adapter };
  if (!timing) return { kind: 'probe' };
  return timing.webgpuMs < timing.webglMs
    ? { kind: 'run', name: 'webgpu', reason: 'reason.webgpuFaster', adapter }
    : { kind: 'run', name: 'webgl', reason: 'reason.webglFaster', adapter };
}

/** The parts of WebGPU's adapter this probe reads (no @webgpu/types in this project). */
interface AdapterLike {
  readonly isFallbackAdapter?: boolean;
  readonly info?: {
    readonly vendor?: string;
    readonly architecture?: string;
    readonly description?: string;
    readonly isFallbackAdapter?: boolean;
  };
}

/** The global navigator, or nothing where there is none (Node before 21, some test runners). */
function browserNavigator(): { readonly gpu?: unknown } {
  return typeof navigator === 'undefined' ? {} : navigator;
}

/** Asks the browser for a WebGPU adapter (works in a worker); never throws. */
export async function probeWebgpu(nav: { readonly gpu?: unknown } = browserNavigator()): Promise<WebgpuProbe> {
  const none: WebgpuProbe = { available: false, fallback: false, description: null };
  const gpu = nav.gpu as { requestAdapter?: () => Promise<AdapterLike | null> } | undefined;
  if (!gpu?.requestAdapter) return none;
  try {
    const adapter = await gpu.requestAdapter();
    if (!adapter) return none;
    const info = adapter.info ?? {};
    const text = [info.vendor, info.architecture, info.description].filter((s) => s).join(' ');
    return {
      available: true,
      fallback: info.isFallbackAdapter ?? adapter.isFallbackAdapter ?? false,
      description: text || null,
    };
  } catch {
    return none;
  }
}

/** What the probes found: WebGL's renderer and WebGPU's adapter. */
export interface GpuProbes {
  readonly webgl: WebglProbe;
  readonly webgpu: WebgpuProbe;
}

/**
 * The longest wait for an adapter (a browser that never answers must not hold `auto` back
 * for ever). Generous: the first request of a session measured 2.8 s here (Chromium starting
 * SwiftShader's Vulkan), and only `auto` and `webgpu` wait for it.
 */
export const adapterTimeoutMs = 10_000;

/** probeWebgpu, or "no adapter" after `ms`. */
export async function probeWebgpuWithin(
  ms = adapterTimeoutMs,
  nav: { readonly gpu?: unknown } = browserNavigator(),
): Promise<WebgpuProbe> {
  const none: WebgpuProbe = { available: false, fallback: false, description: null };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<WebgpuProbe>((resolve) => (timer = setTimeout(() => resolve(none), ms)));
  try {
    return await Promise.race([probeWebgpu(nav), late]);
  } finally {
    clearTimeout(timer);
  }
}
