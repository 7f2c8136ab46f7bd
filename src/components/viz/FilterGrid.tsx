/**
 * conv1's kernels as colour pictures, each stretched to its own weight range; pointing at
 * one (or reaching it with the arrow keys) magnifies it with its min and max.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { kernelFilter } from '../../core/dotProduct';
import type { TensorData } from '../../core/tensorData';
import { canvasPoint, paintRgba } from '../../viz/maps/canvas';
import { formatValue } from '../../viz/maps/format';
import { gridLayout, hitTest, moveSlot } from '../../viz/maps/gridLayout';
import { fillFilterTiles, fillKernelRgb, filterRanges } from '../../viz/maps/kernels';
import { kernelShapeOf } from '../../viz/maps/tensorShape';
import { GridMarks } from './GridMarks';
import { arrowSteps } from './keys';
import { ShapeError } from './ShapeError';
import { type PointAt, useTouchProbe } from './useTouchProbe';
import './viz.css';

export interface FilterGridProps {
  /** A kernel of depth 3: [11, 11, 3, 96] for conv1 (64 filters in torchvision's). */
  readonly kernel: TensorData;
  readonly layerLabel: string;
  /** Filter picked for a closer look (say, in KernelSlices). */
  readonly selected?: number | null;
  readonly onSelect?: (filter: number) => void;
}

export function FilterGrid({ kernel, layerLabel, selected, onSelect }: FilterGridProps) {
  const { t } = useTranslation();
  const shape = useMemo(() => kernelShapeOf(kernel), [kernel]);
  const ranges = useMemo(() => (shape ? filterRanges(kernel, shape) : []), [kernel, shape]);
  const [k = 1, , depth = 0, filters = 0] = shape ?? [];
  const layout = useMemo(() => gridLayout(filters, k, k, { gap: 1 }), [filters, k]);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const bigRef = useRef<HTMLCanvasElement>(null);
  const [cursorOf, setCursorOf] = useState<{ kernel: TensorData; filter: number } | null>(null);
  const cursor = cursorOf?.kernel === kernel ? cursorOf.filter : null;
  const shown = cursor ?? selected ?? 0;

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas || !shape || shape[2] !== 3) return;
    paintRgba(canvas, layout.width, layout.height, (rgba) => fillFilterTiles(rgba, kernel, shape, layout, ranges));
  }, [kernel, shape, layout, ranges]);

  useEffect(() => {
    const canvas = bigRef.current;
    if (!canvas || !shape || shape[2] !== 3) return;
    const block = kernelFilter(kernel, shown);
    paintRgba(canvas, k, k, (rgba) => fillKernelRgb(rgba, block));
  }, [kernel, shape, shown, k]);

  // Hover/click by mouse; tap, second tap and slide by finger (useTouchProbe).
  const touch = useTouchProbe<number>({
    hit: (e) => hitAt(e),
    probe: (slot) => move(slot),
    activate: (slot) => onSelect?.(slot),
    same: (a, b) => a === b,
  });

  if (!shape) return <ShapeError expected="[k, k, 3, filters]" data={kernel} />;
  if (depth !== 3) return <p className="viz-note">{t('viz.filters.notRgb', { depth })}</p>;

  const move = (filter: number | null) => setCursorOf(filter === null ? null : { kernel, filter });
  const hitAt = (e: PointAt) => {
    const p = canvasPoint(e.currentTarget, e.clientX, e.clientY);
    return hitTest(layout, p.x, p.y)?.slot ?? null;
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = arrowSteps[e.key];
    if (step) move(cursor === null ? 0 : moveSlot(layout, cursor, step[0], step[1]));
    else if ((e.key === 'Enter' || e.key === ' ') && cursor !== null) onSelect?.(cursor);
    else return;
    e.preventDefault();
  };
  const r = ranges[shown] ?? { lo: 0, hi: 0 };

  return (
    <figure className="viz viz-filters" data-testid="filter-grid">
      <div
        className="viz-viewport"
        tabIndex={0}
        role="group"
        aria-label={t('viz.filters.viewport', { layer: layerLabel })}
        onKeyDown={onKeyDown}
        onFocus={() => touch.pointerFocus() || cursor !== null || move(selected ?? 0)}
        onBlur={() => move(null)}
      >
        <canvas
          ref={canvasRef}
          className="viz-pixels"
          width={layout.width}
          height={layout.height}
          role="img"
          aria-label={t('viz.filters.canvas', { count: filters, k })}
          onPointerDown={touch.onPointerDown}
          onPointerMove={touch.onPointerMove}
          onPointerUp={touch.onPointerUp}
          onPointerCancel={touch.onPointerCancel}
          // A finger leaves when it lifts: the probe stays where it was tapped.
          onPointerLeave={(e) => e.pointerType === 'mouse' && move(null)}
          onClick={touch.onClick}
        />
        <GridMarks layout={layout} cursorSlot={cursor ?? undefined} selectedSlot={selected ?? undefined} />
      </div>
      <figure className="viz-magnifier" aria-live="polite">
        <figcaption>{t('viz.filters.magnified', { filter: shown })}</figcaption>
        <canvas
          ref={bigRef}
          role="img"
          aria-label={`${t('punct.colon', { label: t('viz.filters.magnified', { filter: shown }) })}${t('viz.filters.range', { lo: formatValue(r.lo), hi: formatValue(r.hi) })}`}
        />
        <dl>
          <dt>{t('viz.filters.min')}</dt>
          <dd data-testid="filter-min">{formatValue(r.lo)}</dd>
          <dt>{t('viz.filters.max')}</dt>
          <dd data-testid="filter-max">{formatValue(r.hi)}</dd>
        </dl>
      </figure>
      <figcaption style={{ flexBasis: '100%' }}>
        {t('viz.filters.canvas', { count: filters, k })} {t('viz.filters.hint')}
      </figcaption>
    </figure>
  );
}
