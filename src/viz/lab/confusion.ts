/**
 * Colours of a confusion-matrix cell: its share of the row on a sequential scale (blue on the
 * diagonal, where the network is right; orange off it, where it is wrong), and an ink colour
 * that keeps the count readable (WCAG AA contrast) on it.
 */
import { interpolateBlues, interpolateOranges } from 'd3';

/** Fill and text colour for `count` of a row of `total`. */
export function confusionCell(count: number, total: number, diagonal: boolean): { fill: string; ink: string } {
  const share = total > 0 ? count / total : 0;
  if (count === 0) return { fill: '#ffffff', ink: '#4a5663' };
  const t = 0.1 + 0.8 * share;
  return { fill: (diagonal ? interpolateBlues : interpolateOranges)(t), ink: t > 0.55 ? '#ffffff' : '#15202b' };
}
