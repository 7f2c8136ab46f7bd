/**
 * A colour-scale legend: the LUT drawn as a ramp on a canvas (the exact colours of the
 * pixels it explains) and a D3 axis in an SVG group this component owns.
 */
import { axisBottom, scaleLinear, select } from 'd3';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { paintRgba } from '../../viz/maps/canvas';
import { type ColormapName, colormapLut } from '../../viz/maps/colormap';
import { formatValue } from '../../viz/maps/format';

export interface ColorLegendProps {
  readonly colormap: ColormapName;
  /** Values at the left and right ends: [0, 3.2] for a ReLU layer. */
  readonly domain: readonly [lo: number, hi: number];
  readonly label: string;
  /** CSS pixels. */
  readonly width?: number;
}

export function ColorLegend({ colormap, domain, label, width = 260 }: ColorLegendProps) {
  const { t } = useTranslation();
  const ramp = useRef<HTMLCanvasElement>(null);
  const axis = useRef<SVGGElement>(null);
  const [lo, hi] = domain;

  useEffect(() => {
    const canvas = ramp.current;
    if (!canvas) return;
    const lut = colormapLut(colormap);
    paintRgba(canvas, 256, 1, (rgba) => rgba.set(lut));
  }, [colormap]);

  useEffect(() => {
    const g = axis.current;
    if (!g) return;
    // A flat layer (all zeros) still gets a readable axis rather than a zero-width domain.
    const scale = scaleLinear()
      .domain(hi > lo ? [lo, hi] : [lo, lo + 1])
      .range([0.5, width - 0.5]);
    const sel = select(g);
    sel.call(
      axisBottom(scale)
        .ticks(Math.max(2, Math.floor(width / 60)))
        .tickSizeOuter(0),
    );
    return () => {
      sel.selectAll('*').remove();
    };
  }, [lo, hi, width]);

  return (
    <div
      className="viz-legend"
      role="img"
      aria-label={t('viz.legend.alt', { label, lo: formatValue(lo), hi: formatValue(hi) })}
    >
      <span className="viz-legend-label" aria-hidden="true">
        {label}
      </span>
      <canvas ref={ramp} style={{ width }} aria-hidden="true" />
      <svg width={width} height={22} aria-hidden="true">
        <g ref={axis} />
      </svg>
    </div>
  );
}
