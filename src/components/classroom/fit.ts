/** Layout arithmetic for the spotlight overlay; pure. */

/**
 * The scale that makes a `width`×`height` box as large as possible inside the viewport,
 * leaving `margin` (a fraction, e.g. 0.06) free on each axis for the close button and air.
 * Example: a 300×120 formula on 1920×1080 → min(1805/300, 1015/120) = 6.0.
 */
export function fitScale(width: number, height: number, viewWidth: number, viewHeight: number, margin = 0.06): number {
  if (width <= 0 || height <= 0) return 1;
  return Math.min((viewWidth * (1 - margin)) / width, (viewHeight * (1 - margin)) / height);
}
