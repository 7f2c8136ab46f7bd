/** A small picture of the image in use, for the folded image strip. */
import { useEffect, useRef } from 'react';
import type { RgbaImage } from '../../core/tensorData';

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
    // Scaled by createImageBitmap, which the browser does off the main thread: drawing the
    // whole photo into a canvas and smoothing it down here cost up to ~100 ms on 2 cores.
    let live = true;
    const full = new ImageData(new Uint8ClampedArray(image.data), image.width, image.height);
    void createImageBitmap(full, { resizeWidth: canvas.width, resizeHeight: canvas.height, resizeQuality: 'high' })
      .then((small) => {
        if (live) canvas.getContext('2d')?.drawImage(small, 0, 0);
        small.close();
      })
      .catch(() => undefined); // a photo the browser cannot scale keeps an empty thumbnail
    return () => {
      live = false;
    };
  }, [image]);
  return <canvas ref={ref} className="image-thumb" role="img" aria-label={label} data-testid="image-thumb" />;
}
