/**
 * The one place pixels reach a canvas: size it, let a fill function write the RGBA bytes,
 * put them with a single putImageData. Returns the milliseconds it took, fill included.
 */

/** Paints width×height RGBA bytes written by `fill` onto `canvas`; returns elapsed ms. */
export function paintRgba(
  canvas: HTMLCanvasElement,
  width: number,
  height: number,
  fill: (rgba: Uint8ClampedArray) => void,
): number {
  const t0 = performance.now();
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) return 0;
  const image = ctx.createImageData(width, height);
  fill(image.data);
  ctx.putImageData(image, 0, 0);
  return performance.now() - t0;
}

/** Canvas-pixel coordinates of a pointer event, through any CSS scaling or zoom transform. */
export function canvasPoint(canvas: HTMLCanvasElement, clientX: number, clientY: number): { x: number; y: number } {
  const r = canvas.getBoundingClientRect();
  return {
    x: r.width > 0 ? ((clientX - r.left) / r.width) * canvas.width : -1,
    y: r.height > 0 ? ((clientY - r.top) / r.height) * canvas.height : -1,
  };
}
