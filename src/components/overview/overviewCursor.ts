/**
 * The overview's keyboard cursor (which map is highlighted) and what the status line says
 * about it: channel, value range, receptive field on the input.
 */
import { useTranslation } from 'react-i18next';
import { useCoarsePointer } from '../useCoarsePointer';
import type { Analysis } from '../../core/analyze';
import { formatValue } from '../../viz/maps/format';
import type { ColumnData } from '../../viz/overview/draw';
import type { ColumnSpec } from '../../viz/overview/layout';

export interface Cursor {
  readonly col: number;
  readonly lane: number;
  readonly slot: number;
}

const count = (d: ColumnData | null | undefined, lane: number) =>
  d?.kind === 'maps' ? (d.picks[lane]?.length ?? 0) : 0;

/**
 * The cursor after a key: ← → to the neighbouring maps column, ↑ ↓ through the maps (and
 * across the two lanes), Home to the first map. undefined for keys the overview does not use.
 */
export function moveCursor(
  cursor: Cursor | null,
  key: string,
  data: readonly (ColumnData | null)[],
  lanes: number,
): Cursor | null | undefined {
  const mapsCols = data.flatMap((d, i) => (d?.kind === 'maps' ? [i] : []));
  const first = mapsCols[0];
  if (first === undefined) return null;
  if (key === 'Home' || !cursor)
    return ['Home', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'].includes(key)
      ? { col: first, lane: 0, slot: 0 }
      : undefined;
  const at = mapsCols.indexOf(cursor.col);
  if (key === 'ArrowLeft' || key === 'ArrowRight') {
    const col = mapsCols[Math.min(mapsCols.length - 1, Math.max(0, at + (key === 'ArrowLeft' ? -1 : 1)))] ?? first;
    const slot = Math.min(cursor.slot, Math.max(0, count(data[col], cursor.lane) - 1));
    return { col, lane: cursor.lane, slot };
  }
  if (key === 'ArrowUp' || key === 'ArrowDown') {
    const step = key === 'ArrowUp' ? -1 : 1;
    let { lane, slot } = cursor;
    slot += step;
    if (slot < 0 && lane > 0) {
      lane -= 1;
      slot = count(data[cursor.col], lane) - 1;
    } else if (slot >= count(data[cursor.col], lane) && lane + 1 < lanes) {
      lane += 1;
      slot = 0;
    }
    slot = Math.min(Math.max(0, slot), Math.max(0, count(data[cursor.col], lane) - 1));
    return { col: cursor.col, lane, slot };
  }
  return undefined;
}

/** The status line for the map under the cursor, or the hint when there is none. */
export function useCursorText(
  analysis: Analysis,
  cols: readonly ColumnSpec[],
  data: readonly (ColumnData | null)[],
  cursor: Cursor | null,
): string {
  const { t } = useTranslation();
  const touch = useCoarsePointer();
  const d = cursor ? data[cursor.col] : undefined;
  const col = cursor ? cols[cursor.col] : undefined;
  const ch = cursor && d?.kind === 'maps' ? d.picks[cursor.lane]?.[cursor.slot] : undefined;
  const stat = ch === undefined || d?.kind !== 'maps' ? undefined : d.stats[ch];
  const info = col ? analysis.layers[col.index] : undefined;
  if (!col || !stat || !info) return t(touch ? 'overview.hintTouch' : 'overview.hint');
  const rf = info.receptiveField.size;
  return t('overview.status', {
    layer: col.layerId,
    channel: stat.channel,
    min: formatValue(stat.min),
    max: formatValue(stat.max),
    mean: formatValue(stat.mean),
    rf,
    lane: cursor && cursor.lane === 1 ? t('overview.lane2') : '',
  });
}
