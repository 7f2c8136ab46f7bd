import { describe, expect, it } from 'vitest';
import { sniff } from '../../src/image/sniff';
import { bytes, fixture } from './helpers';

const raster = (format: string) => ({ kind: 'raster', format });
const other = (looksLike: string) => ({ kind: 'other', looksLike });

describe('sniffing by magic bytes', () => {
  it('recognises every raster format by its first bytes, whatever the file is called', () => {
    expect(sniff(fixture('tiny-1x1.png'))).toEqual(raster('png'));
    expect(sniff(fixture('rotated-exif.jpg'))).toEqual(raster('jpeg'));
    expect(sniff(fixture('animated.gif'))).toEqual(raster('gif'));
    expect(sniff(bytes('GIF87a', 1, 0, 1, 0))).toEqual(raster('gif'));
    expect(sniff(bytes('RIFF', 0, 0, 0, 0, 'WEBPVP8L'))).toEqual(raster('webp'));
    expect(sniff(bytes('BM', [0, 0, 0, 0, 0, 0, 0, 0, 54, 0, 0, 0], 40, 0, 0, 0))).toEqual(raster('bmp'));
    expect(sniff(bytes(0, 0, 1, 0, 1, 0))).toEqual(raster('ico'));
    expect(sniff(bytes('II', 42, 0))).toEqual(raster('tiff'));
    expect(sniff(bytes('MM', 0, 42))).toEqual(raster('tiff'));
    expect(sniff(bytes(0xff, 0x0a, 0))).toEqual(raster('jxl'));
  });

  it('tells AVIF and HEIC apart by their ftyp brands, and a video from both', () => {
    expect(sniff(bytes(0, 0, 0, 0x1c, 'ftypavif', 0, 0, 0, 0, 'avifmif1miaf'))).toEqual(raster('avif'));
    expect(sniff(bytes(0, 0, 0, 0x18, 'ftypheic', 0, 0, 0, 0, 'mif1heic'))).toEqual(raster('heic'));
    // A HEIF container that lists avif among its compatible brands is AVIF.
    expect(sniff(bytes(0, 0, 0, 0x18, 'ftypmif1', 0, 0, 0, 0, 'mif1avif'))).toEqual(raster('avif'));
    expect(sniff(bytes(0, 0, 0, 0x18, 'ftypisom', 0, 0, 2, 0, 'isomiso2'))).toEqual(other('video'));
  });

  it('refuses a text file renamed .png, and says it is text', () => {
    expect(sniff(fixture('text-renamed.png'))).toEqual(other('text'));
    expect(sniff(new TextEncoder().encode('猫的照片在哪里？\n'))).toEqual(other('text'));
    // "BM" at the start of a text is not a bitmap header.
    expect(sniff(new TextEncoder().encode('BMW parts list, 2024 edition'))).toEqual(other('text'));
  });

  it('finds SVG behind a BOM, an XML declaration, comments and a doctype', () => {
    expect(sniff(fixture('vector.svg'))).toEqual({ kind: 'svg' });
    expect(sniff(new TextEncoder().encode('<svg viewBox="0 0 1 1"></svg>'))).toEqual({ kind: 'svg' });
    const long =
      '\uFEFF<?xml version="1.0"?>\n<!-- drawn by hand -->\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x.dtd">\n<svg>';
    expect(sniff(new TextEncoder().encode(long))).toEqual({ kind: 'svg' });
    // An HTML page with an inline svg is a web page, not an SVG file.
    expect(sniff(new TextEncoder().encode('<!doctype html><html><body><svg></svg>'))).toEqual(other('text'));
  });

  it('names PDF and ZIP files, and calls anything else unknown', () => {
    expect(sniff(bytes('%PDF-1.7\n', 0xe2, 0xe3))).toEqual(other('pdf'));
    expect(sniff(bytes('PK', 3, 4, 20, 0))).toEqual(other('zip'));
    expect(sniff(bytes(0, 1, 2, 3, 250, 251))).toEqual(other('unknown'));
    expect(sniff(new Uint8Array(0))).toEqual(other('unknown'));
  });
});
