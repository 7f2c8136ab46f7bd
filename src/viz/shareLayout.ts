/**
 * Layout for the "parameters versus compute" chart: D3 scales turn each weighted layer's
 * shares into bar geometry. Pure: data in, rectangles out; the component draws them.
 */
import { scaleBand, scaleLinear } from 'd3';

export interface ShareDatum {
  readonly id: string;
  /** Fractions of the network totals, 0…1. */
  readonly paramShare: number;
  readonly macShare: number;
}

export interface ShareBar {
  readonly id: string;
  readonly measure: 'params' | 'macs';
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly share: number;
}

export interface ShareLayout {
  readonly bars: readonly ShareBar[];
  readonly rows: readonly { id: string; y: number }[];
  readonly ticks: readonly { x: number; label: string }[];
  readonly plotLeft: number;
  readonly plotTop: number;
  readonly height: number;
  readonly width: number;
}

/** Horizontal paired bars, one row per layer, shares on a common 0…max axis. */
export function layoutShares(data: readonly ShareDatum[], width: number, rowHeight = 34): ShareLayout {
  const plotLeft = 70;
  const plotTop = 28;
  const plotRight = width - 56;
  const height = plotTop + data.length * rowHeight + 8;
  const max = Math.max(0.01, ...data.flatMap((d) => [d.paramShare, d.macShare]));
  const x = scaleLinear().domain([0, max]).nice().range([plotLeft, plotRight]);
  const y = scaleBand<string>()
    .domain(data.map((d) => d.id))
    .range([plotTop, plotTop + data.length * rowHeight])
    .paddingInner(0.2);
  const band = y.bandwidth() / 2;
  const bars: ShareBar[] = data.flatMap((d) => {
    const top = y(d.id) ?? 0;
    return (['params', 'macs'] as const).map((measure, i) => {
      const share = measure === 'params' ? d.paramShare : d.macShare;
      return { id: d.id, measure, x: plotLeft, y: top + i * band, width: x(share) - plotLeft, height: band, share };
    });
  });
  const ticks = x.ticks(5).map((v) => ({ x: x(v), label: `${Math.round(v * 100)}%` }));
  const rows = data.map((d) => ({ id: d.id, y: (y(d.id) ?? 0) + y.bandwidth() / 2 }));
  return { bars, rows, ticks, plotLeft, plotTop, height, width };
}
