/** Pixel-level steps on decoded RGBA bytes (pure; no canvas). */

/**
 * Composites every pixel over white and makes it opaque, in place, because the network has no
 * alpha channel: a transparent logo should read as ink on paper, not as black (which is what
 * its colour bytes under alpha 0 usually are). Returns the share of pixels that were not opaque.
 * `data` is straight (not premultiplied) RGBA, as getImageData returns it.
 */
export function flattenOnWhite(data: Uint8ClampedArray): number {
  let seeThrough = 0;
  for (let i = 0; i < data.length; i += 4) {
    const alpha = data[i + 3] ?? 255;
    if (alpha === 255) continue;
    seeThrough += 1;
    const a = alpha / 255;
    for (let c = i; c < i + 3; c++) data[c] = (data[c] ?? 0) * a + 255 * (1 - a);
    data[i + 3] = 255;
  }
  return data.length === 0 ? 0 : seeThrough / (data.length / 4);
}

/** The percentage shown in a note: at least 1 when any pixel was affected, so "0%" never appears. */
export function notePercent(share: number): number {
  return share > 0 ? Math.max(1, Math.round(share * 100)) : 0;
}
