/** Number formats of the lab's text: percentages and ratios, in the page's language. */

/** 0.2345 → "23.5 %" (English) or "23.5%" (Chinese). */
export function percent(fraction: number, lang: string): string {
  const v = (fraction * 100).toFixed(1);
  return lang.startsWith('zh') ? `${v}%` : `${v} %`;
}

/** A ratio to one decimal: 2.46 → "2.5". */
export function ratio(v: number): string {
  return v.toFixed(1);
}

/** Seconds to one decimal. */
export function seconds(v: number): string {
  return v.toFixed(1);
}

/** The colours of runs A and B (blue and orange: told apart with any colour vision). */
export const runColors = { a: '#1f5fa8', b: '#c85a00' } as const;
