/** WebGPU rules (issue 10): forced, hardware-only for auto, and the timed probe decides between GPUs. */
import { describe, expect, it } from 'vitest';
import type { WebglProbe } from '../../src/tf/backendChoice';
import { type WebgpuProbe, chooseWithWebgpu, isHardwareAdapter, probeWebgpu } from '../../src/tf/gpu/webgpuChoice';

const swiftshader: WebglProbe = { available: true, renderer: 'ANGLE (Google, SwiftShader Device)', software: true };
const rtx: WebglProbe = { available: true, renderer: 'ANGLE (NVIDIA, GeForce RTX 3060)', software: false };
const noWebgl: WebglProbe = { available: false, renderer: null, software: false };
const hw: WebgpuProbe = { available: true, fallback: false, description: 'nvidia ampere' };
const fallbackAdapter: WebgpuProbe = { available: true, fallback: true, description: null };
const swAdapter: WebgpuProbe = { available: true, fallback: false, description: 'google swiftshader' };
const none: WebgpuProbe = { available: false, fallback: false, description: null };

describe('chooseWithWebgpu', () => {
  it('this machine (SwiftShader, no adapter): auto stays on wasm for the old reason', () => {
    expect(chooseWithWebgpu('auto', swiftshader, none)).toEqual({
      kind: 'run',
      name: 'wasm',
      reason: 'reason.softwareWebgl',
      adapter: null,
    });
  });
  it('#backend=webgpu forces WebGPU on any adapter, and says so when there is none', () => {
    expect(chooseWithWebgpu('webgpu', swiftshader, fallbackAdapter)).toMatchObject({
      name: 'webgpu',
      reason: 'reason.forcedWebgpuSoftware',
    });
    expect(chooseWithWebgpu('webgpu', swiftshader, hw)).toMatchObject({
      name: 'webgpu',
      reason: 'reason.forcedWebgpu',
    });
    expect(chooseWithWebgpu('webgpu', swiftshader, none)).toMatchObject({
      name: 'wasm',
      reason: 'reason.forcedWebgpuMissing',
    });
    expect(chooseWithWebgpu('webgpu', rtx, none)).toMatchObject({
      name: 'webgl',
      reason: 'reason.forcedWebgpuMissing',
    });
  });
  it('auto ignores fallback and software adapters', () => {
    expect(chooseWithWebgpu('auto', swiftshader, fallbackAdapter)).toMatchObject({ name: 'wasm' });
    expect(chooseWithWebgpu('auto', swiftshader, swAdapter)).toMatchObject({ name: 'wasm' });
    expect(chooseWithWebgpu('auto', rtx, fallbackAdapter)).toMatchObject({ name: 'webgl', reason: 'reason.gpu' });
  });
  it('auto takes a hardware adapter without a probe when WebGL is software or missing', () => {
    expect(chooseWithWebgpu('auto', swiftshader, hw)).toMatchObject({
      name: 'webgpu',
      reason: 'reason.webgpuNoHardwareWebgl',
    });
    expect(chooseWithWebgpu('auto', noWebgl, hw)).toMatchObject({ name: 'webgpu', adapter: 'nvidia ampere' });
  });
  it('with both GPUs real, the timed probe decides, and ties go to WebGL', () => {
    expect(chooseWithWebgpu('auto', rtx, hw)).toEqual({ kind: 'probe' });
    expect(chooseWithWebgpu('auto', rtx, hw, { webglMs: 12, webgpuMs: 7 })).toMatchObject({
      name: 'webgpu',
      reason: 'reason.webgpuFaster',
    });
    expect(chooseWithWebgpu('auto', rtx, hw, { webglMs: 7, webgpuMs: 12 })).toMatchObject({
      name: 'webgl',
      reason: 'reason.webglFaster',
    });
    expect(chooseWithWebgpu('auto', rtx, hw, { webglMs: 9, webgpuMs: 9 })).toMatchObject({ name: 'webgl' });
  });
  it('an explicit webgl or wasm choice is never moved to WebGPU', () => {
    expect(chooseWithWebgpu('webgl', rtx, hw, { webglMs: 50, webgpuMs: 1 })).toMatchObject({
      name: 'webgl',
      reason: 'reason.forcedWebgl',
    });
    expect(chooseWithWebgpu('wasm', rtx, hw, { webglMs: 50, webgpuMs: 1 })).toMatchObject({
      name: 'wasm',
      reason: 'reason.forcedWasm',
    });
  });
});

describe('isHardwareAdapter / probeWebgpu', () => {
  it('tells hardware from fallback and software adapters', () => {
    expect([hw, fallbackAdapter, swAdapter, none].map(isHardwareAdapter)).toEqual([true, false, false, false]);
  });
  it('reads the adapter, and survives a missing or failing navigator.gpu', async () => {
    const adapter = { info: { vendor: 'nvidia', architecture: 'ampere', description: '', isFallbackAdapter: false } };
    await expect(probeWebgpu({ gpu: { requestAdapter: () => Promise.resolve(adapter) } })).resolves.toEqual(hw);
    await expect(
      probeWebgpu({ gpu: { requestAdapter: () => Promise.resolve({ isFallbackAdapter: true }) } }),
    ).resolves.toEqual(fallbackAdapter);
    await expect(probeWebgpu({})).resolves.toEqual(none);
    await expect(probeWebgpu({ gpu: { requestAdapter: () => Promise.resolve(null) } })).resolves.toEqual(none);
    await expect(probeWebgpu({ gpu: { requestAdapter: () => Promise.reject(new Error('blocked')) } })).resolves.toEqual(
      none,
    );
  });
});
