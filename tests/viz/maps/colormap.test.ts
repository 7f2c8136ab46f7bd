import { interpolateCividis, interpolateMagma, interpolateRdBu, interpolateViridis, rgb } from 'd3';
import { describe, expect, it } from 'vitest';
import { colormapLut, lutCss, sequentialColormaps } from '../../../src/viz/maps/colormap';

const entry = (lut: Uint8ClampedArray, i: number) => Array.from(lut.slice(i * 4, i * 4 + 4));
const d3rgba = (css: string) => {
  const c = rgb(css);
  return [c.r, c.g, c.b, 255];
};

describe('colour map lookup tables', () => {
  it('start and end exactly on d3’s viridis and cividis', () => {
    const v = colormapLut('viridis');
    expect(v.length).toBe(1024);
    expect(entry(v, 0)).toEqual([0x44, 0x01, 0x54, 255]); // #440154
    expect(entry(v, 255)).toEqual([0xfd, 0xe7, 0x25, 255]); // #fde725
    expect(entry(v, 0)).toEqual(d3rgba(interpolateViridis(0)));
    expect(entry(v, 255)).toEqual(d3rgba(interpolateViridis(1)));
    const c = colormapLut('cividis');
    expect(entry(c, 0)).toEqual(d3rgba(interpolateCividis(0)));
    expect(entry(c, 255)).toEqual(d3rgba(interpolateCividis(1)));
  });
  it('sample entry i at t = i/255', () => {
    expect(entry(colormapLut('viridis'), 128)).toEqual(d3rgba(interpolateViridis(128 / 255)));
    expect(entry(colormapLut('magma'), 64)).toEqual(d3rgba(interpolateMagma(64 / 255)));
    expect(entry(colormapLut('gray'), 0)).toEqual([0, 0, 0, 255]);
    expect(entry(colormapLut('gray'), 255)).toEqual([255, 255, 255, 255]);
  });
  it('run the diverging map from blue (negative) to red (positive)', () => {
    const lut = colormapLut('rdbu');
    expect(entry(lut, 0)).toEqual(d3rgba(interpolateRdBu(1)));
    expect(entry(lut, 255)).toEqual(d3rgba(interpolateRdBu(0)));
    const [r0 = 0, , b0 = 0] = entry(lut, 0);
    expect(b0).toBeGreaterThan(r0);
  });
  it('are built once per map and offered with viridis first', () => {
    expect(colormapLut('viridis')).toBe(colormapLut('viridis'));
    expect(sequentialColormaps[0]).toBe('viridis');
    expect(sequentialColormaps).toContain('cividis');
    expect(lutCss(colormapLut('viridis'), 0)).toBe('rgb(68, 1, 84)');
  });
});
