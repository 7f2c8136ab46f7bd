/** English strings of the engine area (namespace `engine` under the one i18n resource). */
export const engineEn = {
  backendName: {
    webgl: 'WebGL (graphics processor)',
    wasm: 'WebAssembly with SIMD (processor)',
    cpu: 'plain JavaScript (processor, slow)',
  },
  reason: {
    gpu: 'WebGL uses this computer’s graphics processor.',
    softwareWebgl:
      'WebGL on this computer is emulated in software ({{renderer}}), so the engine uses WebAssembly instead: about 30× faster here.',
    noWebgl: 'This browser offers no WebGL 2, so the engine uses WebAssembly.',
    forcedWebgl: 'WebGL, as the link asks (#backend=webgl).',
    forcedWebglSoftware:
      'WebGL, as the link asks (#backend=webgl), although it is emulated in software here: expect seconds per image.',
    forcedWebglMissing: 'The link asks for WebGL, but this browser has none, so the engine uses WebAssembly.',
    forcedWasm: 'WebAssembly, as the link asks (#backend=wasm).',
    probing:
      'WebGL is still being checked, so the engine started on WebAssembly; it moves to WebGL if this computer has a real graphics processor.',
    contextLost: 'The WebGL context was lost, so the engine moved to WebAssembly.',
    webglFailed: 'WebGL would not start, so the engine uses WebAssembly.',
    wasmFailed: 'WebAssembly would not start, so the engine uses plain JavaScript (much slower).',
  },
  notice: {
    restarted:
      'The engine stopped (perhaps out of memory) and was started again. The network is being rebuilt; your photo and settings are kept.',
    contextLost:
      'The graphics context was lost (a GPU reset or a driver problem). The network was rebuilt on WebAssembly with the same weights; there is no need to reload.',
  },
  error: {
    invalidSpec: 'This network cannot be built: a layer does not fit the one before it.',
    buildFailed: 'The network could not be built in this browser (perhaps not enough memory).',
    forwardFailed: 'The image could not be run through the network.',
    noImage: 'The image was not available to the engine.',
    kernelFailed: 'The layer’s weights could not be read.',
    workerCrashed: 'The engine stopped working. Reloading the page should help.',
  },
  diag: {
    backend: 'Backend in use',
    why: 'Why',
    renderer: 'WebGL renderer',
    rendererNone: 'none found',
    software: 'software emulation',
    hardware: 'graphics hardware',
    modelReady: 'Model ready (weights made and on the device)',
    lastForward: 'Last forward pass, all activations back',
    isolated: 'Cross-origin isolated',
    isolatedYes: 'yes: the engine may compute on several threads',
    isolatedNo: 'no: the engine computes on one thread',
    threads: 'Engine threads',
    tensors: 'Tensors in memory',
    bytes: 'Memory held by tensors',
    ms: '{{value}} ms',
    none: '—',
    measure: 'Measure speed (10 runs each)',
    measuring: 'Measuring…',
    warm: 'Forward pass, output only (median)',
    all: 'Forward pass with all activations (median)',
  },
} as const;
