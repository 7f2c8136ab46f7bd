/**
 * Colour maps as 256-entry lookup tables. D3 defines the colours once per map; the fill
 * functions then colour hundreds of thousands of pixels by table lookup, not by calling an
 * interpolator per pixel (which costs ~50× more).
 */
import { interpolateCividis, interpolateMagma, interpolateRdBu, interpolateViridis, rgb } from 'd3';

/** Maps for values with a natural bottom (activations): dark = low, light = high. */
export type SequentialColormap = 'viridis' | 'cividis' | 'magma' | 'gray';
/** Maps for signed values around 0 (weights): blue = negative, white = 0, red = positive. */
export type DivergingColormap = 'rdbu';
export type ColormapName = SequentialColormap | DivergingColormap;

/** The sequential maps a user can pick, default first. All perceptually uniform in lightness. */
export const sequentialColormaps: readonly SequentialColormap[] = ['viridis', 'cividis', 'magma', 'gray'];

const grey = (t: number): string => {
  const v = Math.round(255 * Math.min(1, Math.max(0, t)));
  return `rgb(${v}, ${v}, ${v})`;
};

const interpolators: Record<ColormapName, (t: number) => string> = {
  viridis: interpolateViridis,
  cividis: interpolateCividis,
  magma: interpolateMagma,
  gray: grey,
  // ColorBrewer's RdBu runs red → blue; flipped so that negative weights are blue.
  rdbu: (t) => interpolateRdBu(1 - t),
};

/**
 * A lookup table: 256 RGBA entries, entry i = colour at t = i/255.
 * Shape: Uint8ClampedArray of length 1024; entry i starts at i·4.
 */
export type Lut = Uint8ClampedArray;

const cache = new Map<ColormapName, Lut>();

/** The cached 256-entry table of a colour map (built once per map, ~0.2 ms). */
export function colormapLut(name: ColormapName): Lut {
  const hit = cache.get(name);
  if (hit) return hit;
  const f = interpolators[name];
  const lut = new Uint8ClampedArray(256 * 4);
  for (let i = 0; i < 256; i++) {
    const c = rgb(f(i / 255));
    lut[i * 4] = c.r;
    lut[i * 4 + 1] = c.g;
    lut[i * 4 + 2] = c.b;
    lut[i * 4 + 3] = 255;
  }
  cache.set(name, lut);
  return lut;
}

/** A CSS colour for LUT entry i (for legends and highlights that must match the pixels). */
export function lutCss(lut: Lut, i: number): string {
  const j = Math.min(255, Math.max(0, Math.round(i))) * 4;
  return `rgb(${lut[j] ?? 0}, ${lut[j + 1] ?? 0}, ${lut[j + 2] ?? 0})`;
}
