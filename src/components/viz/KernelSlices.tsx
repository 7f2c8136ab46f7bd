/**
 * One kernel of any conv layer, one k×k slice per input channel, on a diverging map centred
 * on 0 (blue negative, red positive): how a conv2 kernel weighs each of conv1's 96 maps.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { kernelFilter } from '../../core/dotProduct';
import type { TensorData } from '../../core/tensorData';
import { canvasPoint, paintRgba } from '../../viz/maps/canvas';
import { colormapLut } from '../../viz/maps/colormap';
import { fillFeatureGrid } from '../../viz/maps/fillGrid';
import { formatValue } from '../../viz/maps/format';
import { gridLayout, hitTest } from '../../viz/maps/gridLayout';
import { absMax } from '../../viz/maps/kernels';
import { kernelShapeOf } from '../../viz/maps/tensorShape';
import { ColorLegend } from './ColorLegend';
import { GridMarks } from './GridMarks';
import { ShapeError } from './ShapeError';
import './viz.css';

export interface KernelSlicesProps {
  /** Any conv kernel: [5, 5, 96, 256] for conv2 of the seed variant. */
  readonly kernel: TensorData;
  /** The filter to show, 0 … filters − 1. */
  readonly filter: number;
  readonly onFilter: (filter: number) => void;
  readonly layerLabel: string;
}

interface Hover {
  readonly d: number;
  readonly kx: number;
  readonly ky: number;
}

export function KernelSlices({ kernel, filter, onFilter, layerLabel }: KernelSlicesProps) {
  const { t } = useTranslation();
  const shape = useMemo(() => kernelShapeOf(kernel), [kernel]);
  const [k = 1, , depth = 1, filters = 1] = shape ?? [];
  const f = Math.min(filters - 1, Math.max(0, Math.trunc(filter)));
  // The filter's weights as a [k, k, depth] stack: exactly the layout of feature maps.
  const block = useMemo(() => kernelFilter(kernel, f), [kernel, f]);
  const m = useMemo(() => absMax(block.data), [block]);
  const layout = useMemo(() => gridLayout(depth, k, k, { gap: 1 }), [depth, k]);
  const order = useMemo(() => Array.from({ length: depth }, (_, d) => d), [depth]);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [hover, setHover] = useState<Hover | null>(null);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas || !shape) return;
    const range = { lo: -m, hi: m };
    paintRgba(canvas, layout.width, layout.height, (rgba) =>
      fillFeatureGrid(rgba, block, [k, k, depth], layout, order, colormapLut('rdbu'), () => range),
    );
  }, [shape, block, m, layout, order, k, depth]);

  if (!shape) return <ShapeError expected="[k, k, depth, filters]" data={kernel} />;

  const onMove = (e: MouseEvent<HTMLCanvasElement>) => {
    const p = canvasPoint(e.currentTarget, e.clientX, e.clientY);
    const hit = hitTest(layout, p.x, p.y);
    setHover(hit ? { d: hit.slot, kx: hit.x, ky: hit.y } : null);
  };
  const weight = hover ? (block.data[(hover.ky * k + hover.kx) * depth + hover.d] ?? 0) : 0;
  const lo = formatValue(-m);
  const hi = formatValue(m);

  return (
    <figure className="viz viz-slices" data-testid="kernel-slices">
      <h3>{t('viz.slices.heading', { filter: f, layer: layerLabel })}</h3>
      <div className="viz-toolbar">
        <button
          type="button"
          onClick={() => onFilter(Math.max(0, f - 1))}
          disabled={f === 0}
          aria-label={t('viz.slices.prev')}
        >
          ‹
        </button>
        <label>
          {t('viz.slices.filter')}
          <input
            type="number"
            min={0}
            max={filters - 1}
            value={f}
            onChange={(e) => {
              const v = Number(e.target.value);
              if (Number.isInteger(v) && v >= 0 && v < filters) onFilter(v);
            }}
          />
        </label>
        <button
          type="button"
          onClick={() => onFilter(Math.min(filters - 1, f + 1))}
          disabled={f === filters - 1}
          aria-label={t('viz.slices.next')}
        >
          ›
        </button>
      </div>
      <div className="viz-viewport">
        <canvas
          ref={canvasRef}
          className="viz-pixels"
          width={layout.width}
          height={layout.height}
          role="img"
          aria-label={t('viz.slices.canvas', { filter: f, depth, k, lo, hi })}
          onPointerMove={onMove}
          onPointerLeave={() => setHover(null)}
        />
        <GridMarks layout={layout} cursorSlot={hover?.d} pixel={hover ? { x: hover.kx, y: hover.ky } : undefined} />
      </div>
      <p className="viz-status" aria-live="polite">
        {hover
          ? t('viz.slices.slice', { d: hover.d, kx: hover.kx, ky: hover.ky, weight: formatValue(weight) })
          : t('viz.slices.idle')}
      </p>
      <ColorLegend colormap="rdbu" domain={[-m, m]} label={t('viz.legend.weight')} />
      <figcaption>
        {t('viz.slices.canvas', { filter: f, depth, k, lo, hi })} {depth === 3 ? t('viz.slices.rgb') : ''}
      </figcaption>
    </figure>
  );
}
