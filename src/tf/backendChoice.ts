/**
 * Which tfjs backend to run on, decided from the user's choice and a probe of WebGL. Pure and
 * tfjs-free so that the rules are unit-tested; the probe itself (probeWebgl) needs a browser.
 *
 * Rules: WebGL first, because on a real GPU it is the fast one. Software WebGL (SwiftShader,
 * llvmpipe, …) is ~30× slower than the wasm backend with SIMD on the same CPU (measured:
 * 2.1–3.1 s against 76 ms for one seed-variant forward), so `auto` picks wasm there.
 */
import type { BackendChoice } from './backendChoices';
import type { GpuTiming, WebgpuProbe, WebgpuReason } from './gpu/webgpuTypes';

export type BackendName = 'webgl' | 'wasm' | 'cpu' | 'webgpu';

/** What the probe found: the unmasked renderer string when the browser gives one. */
export interface WebglProbe {
  readonly available: boolean;
  readonly renderer: string | null;
  readonly software: boolean;
}

/**
 * Why a backend runs, as an i18n key under `engine.` (see src/content/strings/engine.en.ts):
 * `reason.gpu` → "WebGL on the GPU".
 */
export type BackendReason =
  | 'reason.gpu'
  | 'reason.softwareWebgl'
  | 'reason.noWebgl'
  | 'reason.forcedWebgl'
  | 'reason.forcedWebglSoftware'
  | 'reason.forcedWebglMissing'
  | 'reason.forcedWasm'
  | 'reason.probing'
  | 'reason.contextLost'
  | 'reason.webglFailed'
  | 'reason.wasmFailed';

/** The backend in use and why; `renderer` is the WebGL renderer even when WebGL is not used. */
export interface BackendInfo {
  readonly name: BackendName;
  /** An i18n key: under `engine.` for BackendReason, under `webgpu.` for WebgpuReason. */
  readonly reason: BackendReason | WebgpuReason;
  readonly renderer: string | null;
  readonly software: boolean;
  /** What `navigator.gpu.requestAdapter()` gave, once probed (gpu/webgpuChoice.ts). */
  readonly webgpu?: WebgpuProbe;
  /** The timed probe's medians, when WebGPU and WebGL were both real GPUs and raced. */
  readonly timing?: GpuTiming;
  /** Threads the running backend computes on (wasm: more than 1 where the page is cross-origin isolated). */
  readonly threads?: number;
}

const softwarePatterns = [
  /swiftshader/i,
  /llvmpipe/i,
  /softpipe/i,
  /lavapipe/i,
  /microsoft basic render driver/i,
  /software/i,
];

/** True for renderers that emulate a GPU on the CPU: "ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device …)". */
export function isSoftwareRenderer(renderer: string): boolean {
  return softwarePatterns.some((p) => p.test(renderer));
}

/**
 * A short name for a sentence: the emulator's name for software renderers ("SwiftShader"),
 * otherwise the renderer string cut to 60 characters.
 */
export function rendererShortName(renderer: string): string {
  for (const p of softwarePatterns) {
    const m = p.exec(renderer);
    if (m) return m[0];
  }
  return renderer.length > 60 ? `${renderer.slice(0, 59)}…` : renderer;
}

/** The first backend to try for `choice`, given what the probe found. */
export function chooseBackend(choice: Exclude<BackendChoice, 'webgpu'>, probe: WebglProbe): BackendInfo {
  const { renderer, software } = probe;
  const pick = (name: BackendName, reason: BackendReason): BackendInfo => ({ name, reason, renderer, software });
  if (choice === 'wasm') return pick('wasm', 'reason.forcedWasm');
  if (choice === 'webgl') {
    if (!probe.available) return pick('wasm', 'reason.forcedWebglMissing');
    return pick('webgl', software ? 'reason.forcedWebglSoftware' : 'reason.forcedWebgl');
  }
  if (!probe.available) return pick('wasm', 'reason.noWebgl');
  return software ? pick('wasm', 'reason.softwareWebgl') : pick('webgl', 'reason.gpu');
}

/**
 * The backend to fall back to when `failed` stops working: webgpu → webgl on a real GPU, else
 * wasm; webgl → wasm (its context was lost, or it would not start), wasm → cpu (plain JS, slow
 * but everywhere), cpu → none.
 */
export function fallbackFrom(failed: BackendInfo, why: 'lost' | 'failed'): BackendInfo | undefined {
  if (failed.name === 'webgpu') {
    const gpu = failed.renderer !== null && !failed.software;
    return { ...failed, name: gpu ? 'webgl' : 'wasm', reason: 'reason.webgpuFailed' };
  }
  if (failed.name === 'webgl')
    return { ...failed, name: 'wasm', reason: why === 'lost' ? 'reason.contextLost' : 'reason.webglFailed' };
  if (failed.name === 'wasm') return { ...failed, name: 'cpu', reason: 'reason.wasmFailed' };
  return undefined;
}

/**
 * Looks at WebGL 2 without tfjs: creates a context on an OffscreenCanvas (works in a worker),
 * reads the unmasked renderer, then releases the context so that tfjs can make its own.
 */
export function probeWebgl(): WebglProbe {
  if (typeof OffscreenCanvas === 'undefined') return { available: false, renderer: null, software: false };
  let gl: WebGL2RenderingContext | null;
  try {
    gl = new OffscreenCanvas(1, 1).getContext('webgl2');
  } catch {
    gl = null;
  }
  if (!gl) return { available: false, renderer: null, software: false };
  // Chromium returns the unmasked string from RENDERER; others need the debug extension.
  const debug = gl.getExtension('WEBGL_debug_renderer_info');
  const raw: unknown = gl.getParameter(debug ? debug.UNMASKED_RENDERER_WEBGL : gl.RENDERER);
  const renderer = typeof raw === 'string' ? raw : null;
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return { available: true, renderer, software: renderer !== null && isSoftwareRenderer(renderer) };
}
