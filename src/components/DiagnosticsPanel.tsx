/**
 * The engine's details, for instructors troubleshooting a slow laptop (a drawer behind the status
 * line's "Details"): the backend and why it was chosen, the WebGL renderer, the WebGPU adapter
 * (and the race between the two GPUs, if one ran), timings and tensor memory, and a button that
 * measures speed; whether the page is cross-origin isolated and how many threads the engine
 * computes on.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBytes, formatInt } from '../core/format';
import { isHardwareAdapter, isWebgpuReason, rendererShortName } from '../state/engine/backendInfo';
import type { EngineView } from '../state/engine/useEngine';

/** Whether this page is cross-origin isolated (false where the browser does not say). */
const isolated = () => (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated === true;

/** A timing of the WebGPU/WebGL race, to one decimal (a few ms on a real GPU). */
const oneDecimal = (v: number | undefined) => (v === undefined ? '?' : v.toFixed(1));

function useBackendText(view: EngineView): { name: string; why: string } | undefined {
  const { t } = useTranslation();
  const b = view.backend;
  if (!b) return undefined;
  const params = {
    renderer: b.renderer ? rendererShortName(b.renderer) : '?',
    adapter: b.webgpu?.description ?? t('webgpu.diag.unnamed'),
    webgpu: oneDecimal(b.timing?.webgpuMs),
    webgl: oneDecimal(b.timing?.webglMs),
  };
  return {
    name: b.name === 'webgpu' ? t('webgpu.backendName') : t(`engine.backendName.${b.name}`),
    // WebGPU's reasons live in their own namespace (strings/webgpu.*.ts), the others under engine.
    why: isWebgpuReason(b.reason) ? t(`webgpu.${b.reason}`, params) : t(`engine.${b.reason}`, params),
  };
}

/** The WebGPU adapter row: not asked yet, none, or its name and whether it is hardware. */
function useAdapterText(b: EngineView['backend'], none: string): string {
  const { t } = useTranslation();
  const gpu = b?.webgpu;
  if (!gpu) return none;
  if (!gpu.available) return t('webgpu.diag.adapterNone');
  const kind = t(isHardwareAdapter(gpu) ? 'webgpu.diag.hardware' : 'webgpu.diag.fallback');
  return t('webgpu.diag.adapterValue', { name: gpu.description ?? t('webgpu.diag.unnamed'), kind });
}

const ms = (v: number | undefined, t: (k: 'engine.diag.ms', o: { value: string }) => string, none: string) =>
  v === undefined ? none : t('engine.diag.ms', { value: formatInt(Math.round(v)) });

/** The diagnostics, driven by the EngineView. */
export function DiagnosticsPanel({ view }: { view: EngineView }) {
  const { t } = useTranslation();
  const backend = useBackendText(view);
  const [measuring, setMeasuring] = useState(false);
  const d = view.diagnostics;
  const none = t('engine.diag.none');
  const b = view.backend;
  const adapter = useAdapterText(b, none);
  const renderer = b?.renderer
    ? `${b.renderer} (${t(b.software ? 'engine.diag.software' : 'engine.diag.hardware')})`
    : t('engine.diag.rendererNone');
  const rows: [string, string, string][] = [
    ['backend', t('engine.diag.backend'), backend?.name ?? none],
    ['why', t('engine.diag.why'), backend?.why ?? none],
    ['renderer', t('engine.diag.renderer'), b ? renderer : none],
    ['webgpu', t('webgpu.diag.adapter'), adapter],
    // Isolation (COOP + COEP) is what lets the wasm engine use threads (SharedArrayBuffer).
    ['isolated', t('engine.diag.isolated'), t(isolated() ? 'engine.diag.isolatedYes' : 'engine.diag.isolatedNo')],
    ['threads', t('engine.diag.threads'), b?.threads === undefined ? none : formatInt(b.threads)],
    ['model-ready', t('engine.diag.modelReady'), ms(d.modelReadyMs, t, none)],
    ['last-forward', t('engine.diag.lastForward'), ms(d.lastForwardMs, t, none)],
    ['tensors', t('engine.diag.tensors'), d.numTensors === undefined ? none : formatInt(d.numTensors)],
    ['bytes', t('engine.diag.bytes'), d.numBytes === undefined ? none : formatBytes(d.numBytes)],
  ];
  if (b?.timing) {
    const race = { webgpu: oneDecimal(b.timing.webgpuMs), webgl: oneDecimal(b.timing.webglMs) };
    rows.push(['gpu-race', t('webgpu.diag.race'), t('webgpu.diag.raceValue', race)]);
  }
  if (d.speed) {
    rows.push(['warm', t('engine.diag.warm'), ms(d.speed.warmForwardMs, t, none)]);
    rows.push(['all', t('engine.diag.all'), ms(d.speed.allActivationsMs, t, none)]);
  }
  const canMeasure = view.status === 'ready' && view.activations !== undefined && !measuring;
  const measure = () => {
    setMeasuring(true);
    view
      .measureSpeed()
      .catch((err: unknown) => console.warn('engine: speed measurement failed', err))
      .finally(() => setMeasuring(false));
  };
  return (
    <div className="diagnostics" data-testid="diagnostics">
      <dl style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '4px 16px', margin: '12px 0' }}>
        {rows.map(([key, label, value]) => (
          <div key={key} style={{ display: 'contents' }}>
            <dt style={{ color: 'var(--muted)' }}>{label}</dt>
            <dd style={{ margin: 0 }} data-testid={`diag-${key}`}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
      <button type="button" onClick={measure} disabled={!canMeasure} data-testid="diag-measure">
        {measuring ? t('engine.diag.measuring') : t('engine.diag.measure')}
      </button>
    </div>
  );
}
