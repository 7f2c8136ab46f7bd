/**
 * The WebGPU wiring's rules with faked adapters and timings (this machine has no adapter):
 * decideBackend (the worker's decision from the probes, the race and the session), the
 * fallback from a WebGPU that will not start, the adapter probe's time limit, and probe.ts
 * racing two real GPUs once per session through the worker's timing function.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type WebglProbe, fallbackFrom } from '../../src/tf/backendChoice';
import { decideBackend } from '../../src/tf/gpu/decide';
import { type GpuTiming, type WebgpuProbe, probeWebgpuWithin } from '../../src/tf/gpu/webgpuChoice';

const swiftshader: WebglProbe = { available: true, renderer: 'ANGLE (Google, SwiftShader Device)', software: true };
const rtx: WebglProbe = { available: true, renderer: 'ANGLE (NVIDIA, GeForce RTX 3060)', software: false };
const hw: WebgpuProbe = { available: true, fallback: false, description: 'nvidia ampere' };
const fallbackAdapter: WebgpuProbe = { available: true, fallback: true, description: null };
const swAdapter: WebgpuProbe = { available: true, fallback: false, description: 'Google SwiftShader' };
const none: WebgpuProbe = { available: false, fallback: false, description: null };
const fine = { webglLost: false, webgpuBroken: false };
const slowerWebgpu: GpuTiming = { webglMs: 6.5, webgpuMs: 9.1 };
const fasterWebgpu: GpuTiming = { webglMs: 12, webgpuMs: 7 };

describe('decideBackend', () => {
  it('waits for the probes it needs: none for wasm, WebGL for webgl, both for auto and webgpu', () => {
    for (const answer of [{}, { webgl: rtx }, { webgpu: hw }]) {
      expect(decideBackend('auto', answer, undefined, fine)).toBeUndefined();
      expect(decideBackend('webgpu', answer, undefined, fine)).toBeUndefined();
    }
    expect(decideBackend('webgl', {}, undefined, fine)).toBeUndefined();
    expect(decideBackend('webgl', { webgl: rtx }, undefined, fine)).toMatchObject({ reason: 'reason.forcedWebgl' });
    expect(decideBackend('wasm', {}, undefined, fine)).toMatchObject({ name: 'wasm', reason: 'reason.forcedWasm' });
  });
  it('this machine: #backend=webgpu runs wasm, says WebGPU is missing, and carries what was probed', () => {
    expect(decideBackend('webgpu', { webgl: swiftshader, webgpu: none }, undefined, fine)).toEqual({
      name: 'wasm',
      reason: 'reason.forcedWebgpuMissing',
      renderer: swiftshader.renderer,
      software: true,
      webgpu: none,
    });
    expect(decideBackend('auto', { webgl: swiftshader, webgpu: none }, undefined, fine)).toMatchObject({
      name: 'wasm',
      reason: 'reason.softwareWebgl',
    });
  });
  it('software and fallback adapters never win under auto', () => {
    for (const webgpu of [swAdapter, fallbackAdapter]) {
      expect(decideBackend('auto', { webgl: rtx, webgpu }, undefined, fine)).toMatchObject({
        name: 'webgl',
        reason: 'reason.gpu',
      });
      expect(decideBackend('auto', { webgl: swiftshader, webgpu }, undefined, fine)).toMatchObject({ name: 'wasm' });
    }
    // …but a link that forces WebGPU gets it on a fallback adapter.
    expect(decideBackend('webgpu', { webgl: swiftshader, webgpu: fallbackAdapter }, undefined, fine)).toMatchObject({
      name: 'webgpu',
      reason: 'reason.forcedWebgpuSoftware',
    });
  });
  it('two real GPUs: a race first, then the faster one, ties and slower WebGPU going to WebGL', () => {
    const answer = { webgl: rtx, webgpu: hw };
    expect(decideBackend('auto', answer, undefined, fine)).toBe('probe');
    expect(decideBackend('auto', answer, fasterWebgpu, fine)).toMatchObject({
      name: 'webgpu',
      reason: 'reason.webgpuFaster',
      timing: fasterWebgpu,
      webgpu: hw,
    });
    expect(decideBackend('auto', answer, slowerWebgpu, fine)).toMatchObject({
      name: 'webgl',
      reason: 'reason.webglFaster',
      timing: slowerWebgpu,
    });
    expect(decideBackend('auto', answer, { webglMs: 8, webgpuMs: 8 }, fine)).toMatchObject({ name: 'webgl' });
  });
  it('a WebGPU that failed its race is forgotten; a lost WebGL context moves to wasm', () => {
    const answer = { webgl: rtx, webgpu: hw };
    expect(decideBackend('auto', answer, undefined, { webglLost: false, webgpuBroken: true })).toMatchObject({
      name: 'webgl',
      reason: 'reason.gpu',
    });
    expect(decideBackend('auto', answer, slowerWebgpu, { webglLost: true, webgpuBroken: false })).toMatchObject({
      name: 'wasm',
      reason: 'reason.contextLost',
    });
  });
});

describe('fallbackFrom a WebGPU backend that will not start', () => {
  it('goes to WebGL on a real GPU, else to wasm, saying why', () => {
    const webgpu = { name: 'webgpu', reason: 'reason.webgpuFaster', renderer: rtx.renderer, software: false } as const;
    expect(fallbackFrom(webgpu, 'failed')).toMatchObject({ name: 'webgl', reason: 'reason.webgpuFailed' });
    expect(fallbackFrom({ ...webgpu, renderer: swiftshader.renderer, software: true }, 'failed')).toMatchObject({
      name: 'wasm',
      reason: 'reason.webgpuFailed',
    });
    expect(fallbackFrom({ ...webgpu, renderer: null }, 'failed')).toMatchObject({ name: 'wasm' });
  });
});

describe('probeWebgpuWithin', () => {
  afterEach(() => vi.useRealTimers());
  it('gives up on an adapter that never comes, at the time limit', async () => {
    vi.useFakeTimers();
    const answer = probeWebgpuWithin(10_000, { gpu: { requestAdapter: () => new Promise(() => undefined) } });
    let settled = false;
    void answer.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(9_999);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await expect(answer).resolves.toEqual(none);
  });
  it('answers as soon as the adapter does', async () => {
    const adapter = { info: { vendor: 'nvidia', architecture: 'ampere', isFallbackAdapter: false } };
    await expect(
      probeWebgpuWithin(10_000, { gpu: { requestAdapter: () => Promise.resolve(adapter) } }),
    ).resolves.toEqual(hw);
  });
});

/** A WebGL 2 context that reports `renderer`, enough for probeWebgl. */
function fakeCanvas(renderer: string) {
  const gl = {
    RENDERER: 1,
    getExtension: (name: string) =>
      name === 'WEBGL_debug_renderer_info' ? { UNMASKED_RENDERER_WEBGL: 2 } : { loseContext: () => undefined },
    getParameter: (p: number) => (p === 2 ? renderer : 'masked'),
  };
  return class {
    getContext(kind: string) {
      return kind === 'webgl2' ? gl : null;
    }
  };
}

describe('probe.ts on a machine with two real GPUs (faked)', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });
  async function freshProbe() {
    vi.resetModules();
    vi.stubGlobal('OffscreenCanvas', fakeCanvas('ANGLE (NVIDIA, GeForce RTX 3060)'));
    const adapter = { info: { vendor: 'nvidia', architecture: 'ampere' } };
    vi.stubGlobal('navigator', { gpu: { requestAdapter: () => Promise.resolve(adapter) } });
    const probe = await import('../../src/tf/probe');
    probe.startProbes();
    return probe;
  }
  it('races once, picks the faster WebGPU, and remembers the race', async () => {
    const probe = await freshProbe();
    const time = vi.fn(() => Promise.resolve<GpuTiming | undefined>(fasterWebgpu));
    await probe.probed;
    expect(probe.backendNow('auto')).toBeUndefined(); // neither provisional wasm nor a guess: the race decides
    expect(await probe.backendWhenProbed('auto', time)).toMatchObject({
      name: 'webgpu',
      reason: 'reason.webgpuFaster',
    });
    expect(await probe.backendWhenProbed('auto', time)).toMatchObject({ name: 'webgpu' });
    expect(time).toHaveBeenCalledTimes(1);
    expect(probe.backendNow('auto')).toMatchObject({ name: 'webgpu', timing: fasterWebgpu });
    expect(probe.backendNow('webgl')).toMatchObject({ name: 'webgl', reason: 'reason.forcedWebgl' });
  });
  it('keeps WebGL when WebGPU is slower, or when WebGPU failed to run the race', async () => {
    let probe = await freshProbe();
    expect(await probe.backendWhenProbed('auto', () => Promise.resolve(slowerWebgpu))).toMatchObject({
      name: 'webgl',
      reason: 'reason.webglFaster',
    });
    probe = await freshProbe();
    expect(await probe.backendWhenProbed('auto', () => Promise.resolve(undefined))).toMatchObject({
      name: 'webgl',
      reason: 'reason.gpu',
    });
    // After that failure a link that forces WebGPU gets WebGL too, and is told WebGPU failed.
    expect(probe.backendNow('webgpu')).toMatchObject({ name: 'webgl', reason: 'reason.webgpuFailed' });
  });
});
