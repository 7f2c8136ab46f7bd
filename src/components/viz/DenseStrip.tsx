/**
 * A dense layer's output as a block of coloured cells, one per unit (4096 → 64×64), on the
 * same colour map as the feature maps, with min and max and how many units are 0.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TensorData } from '../../core/tensorData';
import { canvasPoint, paintRgba } from '../../viz/maps/canvas';
import { type SequentialColormap, colormapLut } from '../../viz/maps/colormap';
import { fillVector, vectorLayout, vectorRange } from '../../viz/maps/fillGrid';
import { formatPercent, formatValue } from '../../viz/maps/format';
import { gridLayout, hitTest, moveSlot } from '../../viz/maps/gridLayout';
import { vectorLengthOf } from '../../viz/maps/tensorShape';
import { ColorLegend } from './ColorLegend';
import { GridMarks } from './GridMarks';
import { arrowSteps } from './keys';
import { ShapeError } from './ShapeError';
import { type PointAt, useTouchProbe } from './useTouchProbe';
import './viz.css';

export interface DenseStripProps {
  /** A vector: [4096] for fc6, [1000] for fc8. */
  readonly values: TensorData;
  readonly layerLabel: string;
  readonly colormap?: SequentialColormap;
  /** The unit under the pointer or keyboard cursor; null when it leaves. */
  readonly onProbe?: (unit: { index: number; value: number } | null) => void;
}

export function DenseStrip({ values, layerLabel, colormap = 'viridis', onProbe }: DenseStripProps) {
  const { t } = useTranslation();
  const n = vectorLengthOf(values) ?? 0;
  const { cols, rows } = vectorLayout(n);
  // Each unit is a 1×1 tile with no gap, so the grid maths (hit test, keys, marks) carries over.
  const layout = useMemo(() => gridLayout(n, 1, 1, { cols, gap: 0 }), [n, cols]);
  const range = useMemo(() => vectorRange(values.data), [values]);
  const zeros = useMemo(() => values.data.reduce((a, v) => a + (v === 0 ? 1 : 0), 0), [values]);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [cursorOf, setCursorOf] = useState<{ values: TensorData; index: number } | null>(null);
  const cursor = cursorOf?.values === values ? cursorOf.index : null;

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas || n === 0) return;
    paintRgba(canvas, cols, rows, (rgba) => fillVector(rgba, values.data, colormapLut(colormap), range));
  }, [values, colormap, range, n, cols, rows]);

  // Hover/click by mouse; tap, second tap and slide by finger (useTouchProbe).
  const touch = useTouchProbe<number>({
    hit: (e) => hitAt(e),
    probe: (slot) => move(slot),
    same: (a, b) => a === b,
  });

  if (n === 0) return <ShapeError expected="[n]" data={values} />;

  const move = (index: number | null) => {
    if (index === cursor) return;
    setCursorOf(index === null ? null : { values, index });
    onProbe?.(index === null ? null : { index, value: values.data[index] ?? 0 });
  };
  const hitAt = (e: PointAt) => {
    const p = canvasPoint(e.currentTarget, e.clientX, e.clientY);
    return hitTest(layout, p.x, p.y)?.slot ?? null;
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = arrowSteps[e.key];
    if (!step) return;
    move(cursor === null ? range.argmax : moveSlot(layout, cursor, step[0], step[1]));
    e.preventDefault();
  };
  const stats = { min: formatValue(range.lo), max: formatValue(range.hi), argmax: range.argmax };

  return (
    <figure className="viz viz-dense" data-testid="dense-strip">
      <div
        className="viz-viewport"
        tabIndex={0}
        role="group"
        aria-label={`${layerLabel}. ${t('viz.dense.keys')}`}
        onKeyDown={onKeyDown}
        onFocus={() => touch.pointerFocus() || cursor !== null || move(range.argmax)}
        onBlur={() => move(null)}
      >
        <canvas
          ref={canvasRef}
          className="viz-pixels"
          width={cols}
          height={rows}
          role="img"
          aria-label={t('viz.dense.canvas', { layer: layerLabel, n, cols, rows, ...stats })}
          onPointerDown={touch.onPointerDown}
          onPointerMove={touch.onPointerMove}
          onPointerUp={touch.onPointerUp}
          onPointerCancel={touch.onPointerCancel}
          // A finger leaves when it lifts: the probe stays where it was tapped.
          onPointerLeave={(e) => e.pointerType === 'mouse' && move(null)}
        />
        <GridMarks layout={layout} cursorSlot={cursor ?? undefined} />
      </div>
      <p className="viz-status" aria-live="polite">
        {cursor !== null
          ? t('viz.dense.unit', { index: cursor, value: formatValue(values.data[cursor] ?? 0) })
          : t('viz.dense.idle')}
      </p>
      <ColorLegend colormap={colormap} domain={[range.lo, range.hi]} label={t('viz.legend.activation')} />
      <figcaption>
        {t('punct.colon', { label: layerLabel })}
        {t('punct.stop', { text: t('viz.dense.range', stats) })}{' '}
        {t('viz.dense.zeros', { count: zeros, n, percent: formatPercent(zeros / n) })}
      </figcaption>
    </figure>
  );
}
