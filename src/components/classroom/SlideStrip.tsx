/**
 * A slide's picture for a vector layer (flatten, fc6 … fc8): its values as a block of coloured
 * cells, one per unit (4096 → 64×64), in the page's colour map, drawn by the same fill
 * function as the walkthrough's strip (viz/maps/fillGrid) and scaled up by CSS with square
 * pixels. Its caption says what the block is and how many units are 0.
 */
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInt } from '../../core/format';
import type { TensorData } from '../../core/tensorData';
import { paintRgba } from '../../viz/maps/canvas';
import { type SequentialColormap, colormapLut, lutCss } from '../../viz/maps/colormap';
import { fillVector, vectorLayout, vectorRange } from '../../viz/maps/fillGrid';
import { formatPercent, formatValue } from '../../viz/maps/format';

interface Props {
  readonly layerId: string;
  /** The layer's output: [4096] for fc6. */
  readonly values: TensorData;
  readonly colormap: SequentialColormap;
}

export function SlideStrip({ layerId, values, colormap }: Props) {
  const { t } = useTranslation();
  const n = values.data.length;
  const { cols, rows } = vectorLayout(n);
  const range = useMemo(() => vectorRange(values.data), [values]);
  const zeros = useMemo(() => values.data.reduce((a, v) => a + (v === 0 ? 1 : 0), 0), [values]);
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const el = canvas.current;
    if (el && n > 0) paintRgba(el, cols, rows, (rgba) => fillVector(rgba, values.data, colormapLut(colormap), range));
  }, [values, colormap, range, n, cols, rows]);
  const lut = colormapLut(colormap);
  const gradient = `linear-gradient(to right, ${Array.from({ length: 9 }, (_, i) => lutCss(lut, (i * 255) / 8)).join(', ')})`;
  const caption = t('slides.strip.caption', { layer: layerId, n: formatInt(n), cols, rows });
  return (
    <figure className="slide-strip" data-testid="slide-strip">
      <figcaption>{caption}</figcaption>
      <canvas ref={canvas} role="img" aria-label={caption} data-png="strip" />
      <div className="slide-scale" aria-hidden="true">
        <span>{formatValue(range.lo, 2)}</span>
        <span className="slide-scale-bar" style={{ background: gradient }} />
        <span>{formatValue(range.hi, 2)}</span>
      </div>
      <p className="slide-strip-zeros">
        {t('viz.dense.zeros', { count: zeros, n: formatInt(n), percent: formatPercent(zeros / Math.max(1, n)) })}
      </p>
    </figure>
  );
}
