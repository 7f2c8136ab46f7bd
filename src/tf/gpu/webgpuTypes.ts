/**
 * The WebGPU probe's words, shared by the backend choice (backendChoice.ts, which reports them)
 * and the WebGPU decision (webgpuChoice.ts, which makes them): kept apart so that neither file
 * imports the other back.
 */
/** What `navigator.gpu.requestAdapter()` gave: nothing, a fallback (software) adapter, or hardware. */
export interface WebgpuProbe {
  readonly available: boolean;
  readonly fallback: boolean;
  /** The adapter's vendor / architecture / description, when the browser tells. */
  readonly description: string | null;
}

/** Median ms of the same short piece of work (e.g. conv2 of the seed variant) on each backend. */
export interface GpuTiming {
  readonly webglMs: number;
  readonly webgpuMs: number;
}

/** Why a backend runs when WebGPU was considered: i18n keys under `webgpu.` (strings/webgpu.en.ts). */
export const webgpuReasons = [
  'reason.forcedWebgpu',
  'reason.forcedWebgpuSoftware',
  'reason.forcedWebgpuMissing',
  'reason.webgpuFaster',
  'reason.webglFaster',
  'reason.webgpuNoHardwareWebgl',
  'reason.webgpuFailed',
] as const;
export type WebgpuReason = (typeof webgpuReasons)[number];

/** True for the reasons above (their strings live in the `webgpu` namespace, the others in `engine`). */
export function isWebgpuReason(reason: string): reason is WebgpuReason {
  return (webgpuReasons as readonly string[]).includes(reason);
}
