/** Backend rules: WebGL on a real GPU, wasm when WebGL is missing or emulated, user override. */
import { describe, expect, it } from 'vitest';
import { chooseBackend, fallbackFrom, isSoftwareRenderer, rendererShortName } from '../../src/tf/backendChoice';

const swiftshader = 'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)';
const gpu = 'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 (0x00002503) Direct3D11 vs_5_0 ps_5_0, D3D11)';

describe('isSoftwareRenderer', () => {
  it('recognises CPU emulations of a GPU', () => {
    for (const r of [
      swiftshader,
      'llvmpipe (LLVM 15.0.6, 256 bits)',
      'Mesa softpipe',
      'Microsoft Basic Render Driver',
      'Google SwiftShader',
    ]) {
      expect({ r, sw: isSoftwareRenderer(r) }).toEqual({ r, sw: true });
    }
  });
  it('does not flag real GPUs', () => {
    for (const r of [
      gpu,
      'Apple M1',
      'ANGLE (Intel, Mesa Intel(R) UHD Graphics 620 (KBL GT2), OpenGL 4.6)',
      'Adreno (TM) 650',
    ]) {
      expect({ r, sw: isSoftwareRenderer(r) }).toEqual({ r, sw: false });
    }
  });
});

describe('rendererShortName', () => {
  it('names the emulator, or shortens a long GPU name', () => {
    expect(rendererShortName(swiftshader)).toBe('SwiftShader');
    expect(rendererShortName('llvmpipe (LLVM 15.0.6, 256 bits)')).toBe('llvmpipe');
    expect(rendererShortName('Apple M1')).toBe('Apple M1');
    expect(rendererShortName(gpu)).toHaveLength(60);
  });
});

describe('chooseBackend', () => {
  const hw = { available: true, renderer: gpu, software: false };
  const sw = { available: true, renderer: swiftshader, software: true };
  const none = { available: false, renderer: null, software: false };
  it('auto: WebGL on a GPU, wasm on software or missing WebGL', () => {
    expect(chooseBackend('auto', hw)).toMatchObject({ name: 'webgl', reason: 'reason.gpu', renderer: gpu });
    expect(chooseBackend('auto', sw)).toMatchObject({ name: 'wasm', reason: 'reason.softwareWebgl', software: true });
    expect(chooseBackend('auto', none)).toMatchObject({ name: 'wasm', reason: 'reason.noWebgl', renderer: null });
  });
  it('honours a forced backend, falling back only when WebGL does not exist', () => {
    expect(chooseBackend('webgl', sw)).toMatchObject({ name: 'webgl', reason: 'reason.forcedWebglSoftware' });
    expect(chooseBackend('webgl', hw)).toMatchObject({ name: 'webgl', reason: 'reason.forcedWebgl' });
    expect(chooseBackend('webgl', none)).toMatchObject({ name: 'wasm', reason: 'reason.forcedWebglMissing' });
    expect(chooseBackend('wasm', hw)).toMatchObject({ name: 'wasm', reason: 'reason.forcedWasm' });
  });
  it('falls back webgl → wasm → cpu → nothing', () => {
    const webgl = chooseBackend('auto', hw);
    const wasm = fallbackFrom(webgl, 'lost');
    expect(wasm).toMatchObject({ name: 'wasm', reason: 'reason.contextLost', renderer: gpu });
    expect(fallbackFrom(webgl, 'failed')).toMatchObject({ name: 'wasm', reason: 'reason.webglFailed' });
    const cpu = wasm && fallbackFrom(wasm, 'failed');
    expect(cpu).toMatchObject({ name: 'cpu', reason: 'reason.wasmFailed' });
    expect(cpu && fallbackFrom(cpu, 'failed')).toBeUndefined();
  });
});
