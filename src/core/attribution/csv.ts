/**
 * A map as CSV: one line per map row, values separated by commas, as the engine computed them
 * (the method's own resolution, before upsampling or any scaling for display). Values are
 * written with float32's 9 significant digits, so reading the file back gives the same floats.
 */
import type { TensorData } from '../tensorData';

/** [h, w] → h lines of w numbers: a 13×13 Grad-CAM map gives 13 lines of 13 values. */
export function mapToCsv(map: TensorData): string {
  const [h = 0, w = 0] = map.shape;
  if (map.shape.length !== 2 || map.data.length !== h * w)
    throw new RangeError(`a map must be [h, w], got [${map.shape.join(', ')}]`);
  const lines: string[] = [];
  for (let y = 0; y < h; y++) {
    const row: string[] = [];
    for (let x = 0; x < w; x++) row.push(formatFloat(map.data[y * w + x] ?? NaN));
    lines.push(row.join(','));
  }
  return `${lines.join('\n')}\n`;
}

function formatFloat(v: number): string {
  if (v === 0) return '0';
  return Number.isFinite(v) ? String(Number(v.toPrecision(9))) : String(v);
}
