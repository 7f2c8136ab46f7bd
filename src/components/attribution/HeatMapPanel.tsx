/**
 * The map over the crop the network saw: a canvas (viz/attribution/heatmap.ts), an opacity
 * slider, the colour scale with its legend, the raw range, and the downloads. Occlusion can
 * show the top class's map instead of the explained class's; while its passes run, cells not
 * yet computed show their coarse neighbour's value. When a finished map is drawn, the time
 * from its request is recorded as a performance measure `attribution:<method>` (the bench).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fillFromCoarse } from '../../core/attribution/occlusion';
import type { AttributionResult } from '../../core/attribution/types';
import type { RgbaImage, TensorData } from '../../core/tensorData';
import { displayDomain, drawHeatmap, finiteRange } from '../../viz/attribution/heatmap';
import { colormapLut } from '../../viz/maps/colormap';
import { formatPercent, formatValue } from '../../viz/maps/format';
import { ColorLegend } from '../viz/ColorLegend';
import { downloadCsv, downloadPng, mapFileName } from './download';

interface Props {
  readonly result: AttributionResult;
  readonly crop: RgbaImage;
  /** True for a finished result (not a progress report). */
  readonly final: boolean;
  /** performance.now() of the request, for the `attribution:<method>` measure. */
  readonly requestedAt?: number;
  readonly imageKey: string;
  readonly name: (index: number) => string;
}

const colormap = 'magma';

/** The raw map to show, and the map to draw (occlusion cells not yet done filled from coarser ones). */
function shownMaps(result: AttributionResult, which: 'target' | 'top'): { raw: TensorData; drawn: TensorData } {
  const occ = result.occlusion;
  const raw = occ && which === 'top' ? occ.top : result.map;
  if (!occ || occ.done.every((d) => d === 1)) return { raw, drawn: raw };
  const n = raw.shape[0] ?? 0;
  return { raw, drawn: { shape: raw.shape, data: fillFromCoarse(raw.data, occ.done, n) } };
}

export function HeatMapPanel({ result, crop, final, requestedAt, imageKey, name }: Props) {
  const { t } = useTranslation();
  const method = result.job.method;
  const canvas = useRef<HTMLCanvasElement>(null);
  const [opacity, setOpacity] = useState(0.6);
  const [which, setWhich] = useState<'target' | 'top'>('target');
  const { raw, drawn } = useMemo(() => shownMaps(result, which), [result, which]);
  const domain = useMemo(() => displayDomain(method, drawn), [method, drawn]);
  const measured = useRef<AttributionResult | null>(null);

  useEffect(() => {
    const c = canvas.current;
    if (!c) return;
    const opts = { lut: colormapLut(colormap), domain, opacity, smooth: method === 'gradcam', scale: 2 };
    drawHeatmap(c, crop, drawn, result.placement, opts);
    if (final && requestedAt !== undefined && measured.current !== result) {
      measured.current = result;
      performance.measure(`attribution:${method}`, { start: requestedAt, end: performance.now() });
    }
  }, [crop, drawn, domain, opacity, method, result, final, requestedAt]);

  const [h = 0, w = 0] = raw.shape;
  const [lo, hi] = finiteRange(raw.data);
  const occ = result.occlusion;
  const file = (ext: 'csv' | 'png') => mapFileName(method, imageKey, raw, ext);
  return (
    <div className="attr-map-panel">
      <canvas
        ref={canvas}
        className="attr-map"
        role="img"
        aria-label={t('attribution.map.canvas', { method: t(`attribution.methods.${method}`), h, w, size: crop.width })}
        data-testid="attribution-map"
        data-method={method}
        data-shape={`${h}x${w}`}
        data-final={final ? 'true' : 'false'}
      />
      <div className="attr-map-side">
        {occ ? (
          <fieldset className="attr-which">
            <legend>{t('attribution.map.showing')}</legend>
            {(['target', 'top'] as const).map((v) => (
              <label key={v}>
                <input type="radio" name="attribution-which" checked={which === v} onChange={() => setWhich(v)} />
                {v === 'target'
                  ? t('attribution.map.target')
                  : t('attribution.map.topClass', { name: name(result.topClass) })}
              </label>
            ))}
            <p className="muted">
              {t('attribution.map.baseline', {
                name: name(result.classIndex ?? result.topClass),
                p: formatPercent(occ.baseline),
                top: formatPercent(occ.topBaseline),
              })}
            </p>
          </fieldset>
        ) : null}
        <label className="attr-field">
          <span>{t('attribution.map.opacity')}</span>
          <input
            type="range"
            min={0}
            max={1}
            step={0.05}
            value={opacity}
            onChange={(e) => setOpacity(Number(e.target.value))}
            data-testid="attribution-opacity"
          />
        </label>
        <ColorLegend colormap={colormap} domain={domain} label={t(`attribution.map.legend.${method}`)} width={220} />
        <p className="muted attr-raw">{t('attribution.map.raw', { lo: formatValue(lo), hi: formatValue(hi) })}</p>
        <div className="attr-downloads" role="group" aria-label={t('attribution.download.label')}>
          <button
            type="button"
            disabled={!final}
            onClick={() => downloadCsv(raw, file('csv'))}
            data-testid="attribution-csv"
            title={t('attribution.download.csvHint')}
          >
            {t('attribution.download.csv', { h, w })}
          </button>
          <button
            type="button"
            disabled={!final}
            onClick={() => canvas.current && downloadPng(canvas.current, file('png'))}
            data-testid="attribution-png"
          >
            {t('attribution.download.png')}
          </button>
        </div>
      </div>
    </div>
  );
}
