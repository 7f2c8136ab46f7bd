/**
 * Numbers on the visualisations: activations and weights are small floats, so a fixed
 * number of decimals reads better than significant digits; the typographic minus matches
 * core/format.ts.
 */

/** 0.123456 → "0.1235", −2 → "−2.0000", 1234.5 → "1234.50", −0.00001 → "0.0000". */
export function formatValue(v: number, decimals = 4): string {
  if (Number.isNaN(v)) return 'NaN';
  if (!Number.isFinite(v)) return v > 0 ? '∞' : '−∞';
  const d = Math.abs(v) >= 100 ? 2 : decimals;
  const s = v.toFixed(d);
  // −0.0000 is noise from rounding a tiny negative; show it as 0.
  if (Number(s) === 0) return (0).toFixed(d);
  return s.replace('-', '−');
}

/** 0.8123 → "81.23%", 0.0009 → "0.09%". */
export function formatPercent(p: number): string {
  return `${(p * 100).toFixed(2)}%`;
}
