/**
 * What the diagnostics panel says for WebGPU decisions this machine cannot
 * produce (no hardware adapter): a race won by WebGPU, a race won by WebGL, a forced WebGPU on a
 * software adapter, in English and Chinese. Rendered to static markup in Node.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, describe, expect, it } from 'vitest';
import { DiagnosticsPanel } from '../../../src/components/DiagnosticsPanel';
import type { EngineView } from '../../../src/state/engine/useEngine';
import type { BackendInfo } from '../../../src/tf/backendChoice';
import { initI18n, setLanguage } from '../../../src/i18n';

const rtx = 'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0)';
const hw = { available: true, fallback: false, description: 'nvidia ampere' };

function view(backend: BackendInfo): EngineView {
  return {
    status: 'ready',
    backend,
    diagnostics: {},
    getKernel: () => Promise.reject(new Error('unused')),
    measureSpeed: () => Promise.reject(new Error('unused')),
    restarts: 0,
  };
}

/** The text of the element with data-testid `id` in `html` (cells hold plain text). */
const cell = (html: string, id: string) => new RegExp(`data-testid="${id}"[^>]*>([^<]*)<`).exec(html)?.[1];

afterAll(() => {
  initI18n('en');
});

describe('WebGPU in the diagnostics', () => {
  it('a race won by WebGPU: backend, reason with both times, the adapter and the race row', () => {
    initI18n('en');
    const b: BackendInfo = {
      name: 'webgpu',
      reason: 'reason.webgpuFaster',
      renderer: rtx,
      software: false,
      webgpu: hw,
      timing: { webglMs: 12.04, webgpuMs: 6.96 },
    };
    const html = renderToStaticMarkup(<DiagnosticsPanel view={view(b)} />);
    expect(cell(html, 'diag-backend')).toBe('WebGPU (graphics processor)');
    expect(cell(html, 'diag-why')).toBe(
      'WebGPU ran a test convolution faster than WebGL (7.0 ms against 12.0 ms), so the engine uses WebGPU.',
    );
    expect(cell(html, 'diag-webgpu')).toBe('nvidia ampere (graphics hardware)');
    expect(cell(html, 'diag-gpu-race')).toBe('WebGPU 7.0 ms, WebGL 12.0 ms');
  });

  it('a race won by WebGL, and a forced WebGPU on a fallback adapter, in Chinese', async () => {
    await setLanguage('zh');
    const lost: BackendInfo = {
      name: 'webgl',
      reason: 'reason.webglFaster',
      renderer: rtx,
      software: false,
      webgpu: hw,
      timing: { webglMs: 6.5, webgpuMs: 9.1 },
    };
    let html = renderToStaticMarkup(<DiagnosticsPanel view={view(lost)} />);
    expect(cell(html, 'diag-backend')).toBe('WebGL（图形处理器）');
    expect(cell(html, 'diag-why')).toBe(
      'WebGL 运行一次测试卷积不比 WebGPU 慢（6.5 毫秒对 9.1 毫秒），因此使用 WebGL。',
    );
    expect(cell(html, 'diag-gpu-race')).toBe('WebGPU 9.1 毫秒，WebGL 6.5 毫秒');
    const forced: BackendInfo = {
      name: 'webgpu',
      reason: 'reason.forcedWebgpuSoftware',
      renderer: null,
      software: false,
      webgpu: { available: true, fallback: true, description: 'google swiftshader' },
    };
    html = renderToStaticMarkup(<DiagnosticsPanel view={view(forced)} />);
    expect(cell(html, 'diag-webgpu')).toBe('google swiftshader（软件回退）');
    expect(cell(html, 'diag-why')).toContain('唯一的适配器（google swiftshader）是用软件模拟的图形处理器');
    expect(html).not.toContain('diag-gpu-race'); // no race was run
  });
});
