/** Draws the original image fitted into a box, with everything outside the crop square dimmed. */
import type { CropGeometry } from '../../core/preprocess';
import type { RgbaImage } from '../../core/tensorData';
import { context2d } from '../../image/canvas';

/** CSS size of the original's picture: fitted into box×(box·3/4), enlarged too, so a 1×1 image is visible. */
export function originalDisplaySize(image: RgbaImage, box: number): readonly [w: number, h: number] {
  const k = Math.min(box / image.width, (box * 0.75) / image.height);
  return [Math.max(1, Math.round(image.width * k)), Math.max(1, Math.round(image.height * k))];
}

/** Paints `image` onto `canvas` at CSS size w×h (device pixels: ×dpr) and marks the crop. */
export function drawOriginal(
  canvas: HTMLCanvasElement,
  image: RgbaImage,
  crop: CropGeometry,
  [w, h]: readonly [number, number],
  dpr: number,
): void {
  canvas.width = Math.round(w * dpr);
  canvas.height = Math.round(h * dpr);
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const source = context2d(image.width, image.height);
  const pixels = source.createImageData(image.width, image.height);
  pixels.data.set(image.data);
  source.putImageData(pixels, 0, 0);

  const k = canvas.width / image.width; // device pixels per source pixel
  // Enlarged images show their real pixels as blocks; smoothing would invent detail.
  ctx.imageSmoothingEnabled = k < 1;
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(source.canvas, 0, 0, canvas.width, canvas.height);

  // The crop square, from resized pixels back to source pixels, then to device pixels.
  const x = (crop.offset[0] / crop.scale) * k;
  const y = (crop.offset[1] / crop.scale) * k;
  const side = (crop.size / crop.scale) * k;
  ctx.fillStyle = 'rgba(0, 0, 0, 0.55)';
  ctx.beginPath();
  ctx.rect(0, 0, canvas.width, canvas.height);
  ctx.rect(x, y, side, side);
  ctx.fill('evenodd');
  // A dark and a light line together stay visible on any photo.
  const line = Math.max(1, dpr);
  ctx.lineWidth = 3 * line;
  ctx.strokeStyle = 'rgba(0, 0, 0, 0.8)';
  ctx.strokeRect(x + line, y + line, side - 2 * line, side - 2 * line);
  ctx.lineWidth = 1.5 * line;
  ctx.strokeStyle = '#fff';
  ctx.strokeRect(x + line, y + line, side - 2 * line, side - 2 * line);
}
