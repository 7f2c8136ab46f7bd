/**
 * The preprocessing of one photo, as the page and the input slide both show it: where the
 * crop falls on the original, the resized crop the network receives, its normalised input,
 * and the numbers the captions quote. Every value comes from core/preprocess.ts (or the
 * imported network's preset), the same functions that make the model's input.
 *
 *   usePreprocess(cat640x480, 227).values → { size: '640×480', scale: '0.473', resized: '303×227', … }
 */
import { useMemo } from 'react';
import { type CropGeometry, cropGeometry, normalize, resizeCrop } from '../../core/preprocess';
import { presetGeometry, presetPreprocess } from '../../core/presetPreprocess';
import type { PreprocessPreset } from '../../core/weights/types';
import type { RgbaImage, TensorData } from '../../core/tensorData';
import { dims } from '../../image/notes';

export interface Preprocessed {
  /** The crop square on the original, with the resize as one scale. */
  readonly geometry: CropGeometry;
  /** The resized centre crop, size×size, still 0–255. */
  readonly cropped: RgbaImage;
  /** The normalised input: [size, size, 3]. */
  readonly input: TensorData;
  /** The numbers of the captions, formatted ("640×480", "0.473"). */
  readonly values: {
    readonly size: string;
    readonly short: number;
    readonly input: number;
    readonly scale: string;
    readonly resized: string;
    readonly x: number;
    readonly y: number;
  };
}

export function usePreprocess(original: RgbaImage, size: number, preset?: PreprocessPreset): Preprocessed {
  const geometry = useMemo(() => {
    if (!preset) return cropGeometry(original.width, original.height, size);
    // The preset's resize (256 on the shorter side, or 256×256 for Caffe) as one scale: exact for
    // torchvision; for Caffe's squash the square drawn on the original uses the horizontal scale.
    const g = presetGeometry(preset, original.width, original.height, size);
    return { ...g, scale: g.resized[0] / original.width };
  }, [original, size, preset]);
  const made = useMemo(() => {
    if (preset) return presetPreprocess(original, preset, size);
    const crop = resizeCrop(original, size);
    return { cropped: crop, input: normalize(crop) };
  }, [original, size, preset]);
  const values = useMemo(
    () => ({
      size: dims(original.width, original.height),
      short: Math.min(original.width, original.height),
      input: size,
      // Three significant digits: × 0.757 for a 300-pixel side, × 227 for one pixel (not 227.000).
      scale: String(Number(geometry.scale.toPrecision(3))),
      resized: dims(geometry.resized[0], geometry.resized[1]),
      x: geometry.offset[0],
      y: geometry.offset[1],
    }),
    [original, size, geometry],
  );
  return { geometry, cropped: made.cropped, input: made.input, values };
}
