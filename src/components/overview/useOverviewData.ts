/**
 * What each overview column shows, from the activations the engine already computed: the
 * photo, the most active maps of each conv/pool layer, dense vectors, and the top-5.
 */
import { useMemo } from 'react';
import type { RgbaImage, TensorData } from '../../core/tensorData';
import { type ColumnData, pickMaps } from '../../viz/overview/draw';
import type { ColumnSpec } from '../../viz/overview/layout';

/** One entry per column; null while that column's activation is not there yet. */
export function useOverviewData(
  cols: readonly ColumnSpec[],
  lanes: 1 | 2,
  activations: ReadonlyMap<string, TensorData> | undefined,
  image: RgbaImage | null,
  perLane: number,
): readonly (ColumnData | null)[] {
  return useMemo(
    () =>
      cols.map((c): ColumnData | null => {
        if (c.kind === 'image') return image ? { kind: 'image', image } : null;
        const a = activations?.get(c.layerId);
        if (!a) return null;
        if (c.kind === 'top') return { kind: 'top' };
        if (c.kind === 'vector') return { kind: 'vector', values: a.data };
        return a.shape.length === 3 ? pickMaps(a, lanes, perLane) : null;
      }),
    [cols, activations, image, lanes, perLane],
  );
}
