/**
 * Pillow's bilinear resize (Image.resize(size, Image.BILINEAR), which torchvision's Resize
 * calls on a PIL image), reimplemented step for step so the trained networks see the pixels
 * they were evaluated on: a separable triangle filter whose support grows with the
 * downscaling factor (so shrinking averages, it does not alias), coefficients in 22-bit fixed
 * point, the horizontal pass first and rounded to 8 bits before the vertical pass
 * (Pillow's libImaging/Resample.c: precompute_coeffs, normalize_coeffs_8bpc,
 * ImagingResampleHorizontal/Vertical_8bpc).
 */
import type { RgbaImage } from './tensorData';

const precisionBits = 32 - 8 - 2;
const half = 1 << (precisionBits - 1);
const one = 2 ** precisionBits;

interface Coefficients {
  /** First source index and tap count for each output index. */
  readonly bounds: Int32Array;
  /** Fixed-point weights, `ksize` per output index. */
  readonly kk: Int32Array;
  readonly ksize: number;
}

/** precompute_coeffs + normalize_coeffs_8bpc for a bilinear filter (support 1). */
function coefficients(inSize: number, outSize: number): Coefficients {
  const scale = inSize / outSize;
  const filterscale = Math.max(scale, 1);
  const support = filterscale;
  const ksize = Math.ceil(support) * 2 + 1;
  const bounds = new Int32Array(outSize * 2);
  const kk = new Int32Array(outSize * ksize);
  const pre = new Float64Array(ksize);
  for (let xx = 0; xx < outSize; xx++) {
    const center = (xx + 0.5) * scale;
    const ss = 1 / filterscale;
    const xmin = Math.max(0, Math.trunc(center - support + 0.5));
    const xmax = Math.min(inSize, Math.trunc(center + support + 0.5)) - xmin;
    let ww = 0;
    for (let x = 0; x < xmax; x++) {
      const t = Math.abs((x + xmin - center + 0.5) * ss);
      const w = t < 1 ? 1 - t : 0;
      pre[x] = w;
      ww += w;
    }
    for (let x = 0; x < ksize; x++) {
      const k = x < xmax && ww !== 0 ? (pre[x] ?? 0) / ww : 0;
      kk[xx * ksize + x] = Math.trunc(k < 0 ? -0.5 + k * one : 0.5 + k * one);
    }
    bounds[xx * 2] = xmin;
    bounds[xx * 2 + 1] = xmax;
  }
  return { bounds, kk, ksize };
}

/** Pillow's clip8: round (the half was added up front), shift back, clamp to 0…255. */
function clip8(ss: number): number {
  if (ss <= 0) return 0;
  const v = Math.floor(ss / one);
  return v > 255 ? 255 : v;
}

/**
 * `image` resized to `width`×`height` exactly as Pillow's BILINEAR resize of an RGB image does
 * (alpha is set opaque). A side that keeps its size is not filtered, as in Pillow.
 */
export function pilBilinearResize(image: RgbaImage, width: number, height: number): RgbaImage {
  let src = image;
  if (width !== image.width) {
    const { bounds, kk, ksize } = coefficients(image.width, width);
    const out = new Uint8ClampedArray(width * image.height * 4);
    for (let y = 0; y < image.height; y++) {
      const row = y * image.width * 4;
      for (let x = 0; x < width; x++) {
        const xmin = bounds[x * 2] ?? 0;
        const n = bounds[x * 2 + 1] ?? 0;
        for (let c = 0; c < 3; c++) {
          let ss = half;
          for (let k = 0; k < n; k++) ss += (src.data[row + (xmin + k) * 4 + c] ?? 0) * (kk[x * ksize + k] ?? 0);
          out[(y * width + x) * 4 + c] = clip8(ss);
        }
        out[(y * width + x) * 4 + 3] = 255;
      }
    }
    src = { width, height: image.height, data: out };
  }
  if (height !== image.height) {
    const { bounds, kk, ksize } = coefficients(image.height, height);
    const out = new Uint8ClampedArray(width * height * 4);
    for (let y = 0; y < height; y++) {
      const ymin = bounds[y * 2] ?? 0;
      const n = bounds[y * 2 + 1] ?? 0;
      for (let x = 0; x < width; x++) {
        for (let c = 0; c < 3; c++) {
          let ss = half;
          for (let k = 0; k < n; k++)
            ss += (src.data[((ymin + k) * width + x) * 4 + c] ?? 0) * (kk[y * ksize + k] ?? 0);
          out[(y * width + x) * 4 + c] = clip8(ss);
        }
        out[(y * width + x) * 4 + 3] = 255;
      }
    }
    src = { width, height, data: out };
  }
  if (src === image) {
    const data = Uint8ClampedArray.from(image.data);
    for (let i = 3; i < data.length; i += 4) data[i] = 255;
    return { width, height, data };
  }
  return src;
}
