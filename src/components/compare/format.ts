/** Signed numbers and ratios as the compare view shows them: "−1,413,120", "+0", "×0.977". */
import { formatInt } from '../../core/format';

/** A difference with its sign, using the typographic minus: −1,413,120 / +135,168 / 0. */
export function signedInt(n: number): string {
  if (n === 0) return '0';
  return `${n < 0 ? '−' : '+'}${formatInt(Math.abs(n))}`;
}

/** A ratio right/left: ×0.977; '' when undefined (left side 0). */
export function ratioText(r: number | undefined): string {
  if (r === undefined) return '';
  return `×${r >= 10 ? r.toFixed(1) : r.toFixed(3)}`;
}
