/**
 * Colours of a confusion-matrix cell: its share of the row on a sequential scale (blue on the
 * diagonal, where the network is right; orange off it, where it is wrong), kept to the light
 * half of each scale so that dark ink stays readable on every cell (WCAG AA contrast; a mid-tone
 * reaches neither 4.5:1 with white nor with black).
 */
import { interpolateBlues, interpolateOranges } from 'd3';

/** Fill and text colour for `count` of a row of `total`. */
export function confusionCell(count: number, total: number, diagonal: boolean): { fill: string; ink: string } {
  const share = total > 0 ? count / total : 0;
  if (count === 0) return { fill: '#ffffff', ink: '#4a5663' };
  const t = 0.08 + 0.47 * share;
  return { fill: (diagonal ? interpolateBlues : interpolateOranges)(t), ink: '#15202b' };
}
