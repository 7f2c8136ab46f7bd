/** A small picture of the image in use, for the folded image strip. */
import { useEffect, useRef } from 'react';
import { pilBilinearResize } from '../../core/pilResize';
import type { RgbaImage } from '../../core/tensorData';

interface Props {
  readonly image: RgbaImage;
  readonly label: string;
  /** Height in CSS px; the width follows the image's aspect (capped at three times the height). */
  readonly height?: number;
}

export function ImageThumb({ image, label, height = 40 }: Props) {
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
    // Scaled here, on the CPU (an antialiased resize of a 451×300 photo to 40 px takes about a
    // millisecond), and put as pixels. An ImageBitmap from createImageBitmap drawn into the
    // canvas made the first draw wait for the GPU process to start: 1.8 s of main thread on
    // software GL, the page's longest task while loading.
    const small = pilBilinearResize(image, canvas.width, canvas.height);
    canvas
      .getContext('2d')
      ?.putImageData(new ImageData(new Uint8ClampedArray(small.data), small.width, small.height), 0, 0);
  }, [image, height]);
  return <canvas ref={ref} className="image-thumb" role="img" aria-label={label} data-testid="image-thumb" />;
}
