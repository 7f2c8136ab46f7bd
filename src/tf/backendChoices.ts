/**
 * What `#backend=` may ask the engine for. `webgpu` (issue 10): forced WebGPU, falling back with a
 * reason where the browser has no adapter. Owned by the engine; the view state reads it. No tfjs
 * here: the view state is in the first-paint bundle.
 */
export const backendChoices = ['auto', 'webgl', 'wasm', 'webgpu'] as const;
export type BackendChoice = (typeof backendChoices)[number];
