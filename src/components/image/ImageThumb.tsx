/** A small picture of the image in use, for the folded image strip. */
import { useEffect, useRef } from 'react';
import type { RgbaImage } from '../../core/tensorData';
import { context2d } from '../../image/canvas';

/** Height of the thumbnail in CSS px; the width follows the image's aspect (capped). */
const height = 40;

export function ImageThumb({ image, label }: { readonly image: RgbaImage; readonly label: string }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = ref.current;
    if (!canvas) return;
    const dpr = window.devicePixelRatio || 1;
    const w = Math.min(3 * height, Math.max(1, Math.round((image.width / image.height) * height)));
    canvas.style.width = `${w}px`;
    canvas.style.height = `${height}px`;
    canvas.width = Math.round(w * dpr);
    canvas.height = Math.round(height * dpr);
    const source = context2d(image.width, image.height);
    const pixels = source.createImageData(image.width, image.height);
    pixels.data.set(image.data);
    source.putImageData(pixels, 0, 0);
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(source.canvas, 0, 0, canvas.width, canvas.height);
  }, [image]);
  return <canvas ref={ref} className="image-thumb" role="img" aria-label={label} data-testid="image-thumb" />;
}
