/** A small RgbaImage on a canvas, scaled up with crisp pixels (CSS), labelled for screen readers. */
import { useEffect, useRef } from 'react';
import type { RgbaImage } from '../../core/tensorData';
import { paintRgba } from '../../viz/maps/canvas';

interface Props {
  readonly image: RgbaImage;
  /** CSS size of the longer side, px. */
  readonly size: number;
  readonly label: string;
}

export function Picture({ image, size, label }: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (ref.current) paintRgba(ref.current, image.width, image.height, (rgba) => rgba.set(image.data));
  }, [image]);
  const scale = size / Math.max(image.width, image.height, 1);
  return (
    <canvas
      ref={ref}
      width={image.width}
      height={image.height}
      style={{ width: image.width * scale, height: image.height * scale }}
      role="img"
      aria-label={label}
    />
  );
}
