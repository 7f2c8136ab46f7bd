/**
 * English strings of the WebGPU backend choice (namespace `webgpu`): its name, why it was or was
 * not chosen (WebgpuReason in src/tf/gpu/webgpuChoice.ts), and the diagnostics rows.
 */
export const webgpuEn = {
  backendName: 'WebGPU (graphics processor)',
  reason: {
    forcedWebgpu: 'WebGPU, as the link asks (#backend=webgpu), on {{adapter}}.',
    forcedWebgpuSoftware:
      'WebGPU, as the link asks (#backend=webgpu), although this browser’s only adapter ({{adapter}}) emulates the graphics processor in software: expect seconds per image.',
    forcedWebgpuMissing:
      'The link asks for WebGPU (#backend=webgpu), but this browser offers no WebGPU adapter, so the engine uses the backend it would choose by itself.',
    webgpuFaster:
      'WebGPU ran a test convolution faster than WebGL ({{webgpu}} ms against {{webgl}} ms), so the engine uses WebGPU.',
    webglFaster:
      'WebGL ran a test convolution at least as fast as WebGPU ({{webgl}} ms against {{webgpu}} ms), so the engine uses WebGL.',
    webgpuNoHardwareWebgl:
      'WebGL is emulated in software here or missing, but WebGPU runs on the graphics processor ({{adapter}}), so the engine uses WebGPU.',
    webgpuFailed: 'WebGPU would not start, so the engine uses the next backend.',
  },
  diag: {
    adapter: 'WebGPU adapter',
    adapterNone: 'none offered by this browser',
    adapterValue: '{{name}} ({{kind}})',
    unnamed: 'an unnamed adapter',
    fallback: 'software fallback',
    hardware: 'graphics hardware',
    race: 'Test convolution (conv1 size, median of 3)',
    raceValue: 'WebGPU {{webgpu}} ms, WebGL {{webgl}} ms',
  },
} as const;
