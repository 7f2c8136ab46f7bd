/**
 * The diagnostics panel says whether the page is cross-origin isolated and how many threads the
 * engine computes on (issue 22), in English and Chinese. Rendered to static markup in Node.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { DiagnosticsPanel } from '../../../src/components/DiagnosticsPanel';
import type { EngineView } from '../../../src/state/engine/useEngine';
import type { BackendInfo } from '../../../src/tf/backendChoice';
import { initI18n } from '../../../src/i18n';

const wasm = (threads?: number): BackendInfo => ({
  name: 'wasm',
  reason: 'reason.forcedWasm',
  renderer: null,
  software: false,
  ...(threads === undefined ? {} : { threads }),
});

const view = (backend?: BackendInfo): EngineView => ({
  status: 'ready',
  restarts: 0,
  ...(backend ? { backend } : {}),
  diagnostics: {},
  getKernel: () => Promise.reject(new Error('unused')),
  measureSpeed: () => Promise.reject(new Error('unused')),
});

const cell = (html: string, id: string) => new RegExp(`data-testid="${id}"[^>]*>([^<]*)<`).exec(html)?.[1];

afterEach(() => {
  vi.unstubAllGlobals();
});
afterAll(() => {
  initI18n('en');
});

describe('isolation and threads in the diagnostics', () => {
  it('an isolated page whose engine runs two threads', () => {
    initI18n('en');
    vi.stubGlobal('crossOriginIsolated', true);
    const html = renderToStaticMarkup(<DiagnosticsPanel view={view(wasm(2))} />);
    expect(cell(html, 'diag-isolated')).toBe('yes: the engine may compute on several threads');
    expect(cell(html, 'diag-threads')).toBe('2');
  });

  it('a page without isolation: one thread; no backend yet: a dash (in Chinese)', () => {
    initI18n('zh');
    vi.stubGlobal('crossOriginIsolated', false);
    let html = renderToStaticMarkup(<DiagnosticsPanel view={view(wasm(1))} />);
    expect(cell(html, 'diag-isolated')).toBe('否：引擎只用一个线程计算');
    expect(cell(html, 'diag-threads')).toBe('1');
    html = renderToStaticMarkup(<DiagnosticsPanel view={view()} />);
    expect(cell(html, 'diag-threads')).toBe('—');
  });
});
