/**
 * What the components may know about the engine's backend: its info type and the pure helpers
 * that name it. Re-exported here because components never import src/tf (ESLint enforces it):
 * the session layer is their one way to the engine.
 */
export type { BackendInfo } from '../../tf/backendChoice';
export { rendererShortName } from '../../tf/backendChoice';
export { isHardwareAdapter, isWebgpuReason } from '../../tf/gpu/webgpuChoice';
