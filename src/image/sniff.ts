/**
 * Identifies a file by its first bytes ("magic numbers"), never by its name or the MIME type
 * the operating system guessed from the name: a text file renamed `photo.png` is still text.
 */
import { ascii, startsWith } from './formats/bytes';
import type { RasterFormat } from './formats/types';

/** What a non-image file looks like, so that the refusal can say something specific. */
export type LooksLike = 'text' | 'pdf' | 'zip' | 'video' | 'unknown';

/** What the first bytes say: a raster format, an SVG, or something else (and what it looks like). */
export type Sniffed =
  | { readonly kind: 'raster'; readonly format: RasterFormat }
  | { readonly kind: 'svg' }
  | { readonly kind: 'other'; readonly looksLike: LooksLike };

const heicBrands = ['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1'];
const videoBrands = ['isom', 'iso2', 'mp41', 'mp42', 'avc1', 'qt  ', 'M4V ', '3gp4', '3gp5', 'dash'];

/** Sniffs `bytes` (the whole file, or at least its first 4 KB). */
export function sniff(bytes: Uint8Array): Sniffed {
  const raster = rasterFormat(bytes);
  if (raster) return { kind: 'raster', format: raster };
  if (bytes.length >= 12 && ascii(bytes, 4, 4) === 'ftyp') {
    return { kind: 'other', looksLike: videoBrands.includes(ascii(bytes, 8, 4)) ? 'video' : 'unknown' };
  }
  if (ascii(bytes, 0, 5) === '%PDF-') return { kind: 'other', looksLike: 'pdf' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return { kind: 'other', looksLike: 'zip' };
  const text = asText(bytes);
  if (text !== null) return isSvg(text) ? { kind: 'svg' } : { kind: 'other', looksLike: 'text' };
  return { kind: 'other', looksLike: 'unknown' };
}

function rasterFormat(b: Uint8Array): RasterFormat | null {
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(b, [0xff, 0xd8, 0xff])) return 'jpeg';
  const six = ascii(b, 0, 6);
  if (six === 'GIF87a' || six === 'GIF89a') return 'gif';
  if (ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP') return 'webp';
  // "BM" alone is too weak (a text file may start with it): also require a known DIB header size.
  if (ascii(b, 0, 2) === 'BM' && [12, 40, 52, 56, 64, 108, 124].includes(b[14] ?? 0) && b[15] === 0) return 'bmp';
  if (startsWith(b, [0, 0, 1, 0]) && (b[4] ?? 0) > 0 && b[5] === 0) return 'ico'; // 1–255 icons
  if (startsWith(b, [0x49, 0x49, 0x2a, 0]) || startsWith(b, [0x4d, 0x4d, 0, 0x2a])) return 'tiff';
  if (startsWith(b, [0xff, 0x0a]) || startsWith(b, [0, 0, 0, 0x0c, 0x4a, 0x58, 0x4c, 0x20])) return 'jxl';
  if (b.length >= 12 && ascii(b, 4, 4) === 'ftyp') {
    // ISO media file: the major brand and the compatible brands say AVIF or HEIC.
    const boxEnd = Math.min(b.length, ((b[2] ?? 0) << 8) | (b[3] ?? 0));
    const brands: string[] = [];
    for (let at = 8; at + 4 <= boxEnd; at += 4) if (at !== 12) brands.push(ascii(b, at, 4));
    if (brands.includes('avif') || brands.includes('avis')) return 'avif';
    if (brands.some((brand) => heicBrands.includes(brand))) return 'heic';
  }
  return null;
}

/**
 * The first 4 KB as text, or null when they hold control bytes that text never has.
 * UTF-8 multi-byte sequences are allowed (bytes ≥ 0x80), so non-English text counts as text.
 */
function asText(b: Uint8Array): string | null {
  const head = b.subarray(0, 4096);
  if (head.length === 0) return null;
  for (const byte of head) {
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1b) || byte === 0x7f) return null;
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(head);
}

/** An XML or bare `<svg` document whose root element is svg. */
function isSvg(text: string): boolean {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  // Skip the XML declaration, comments and a doctype, then look at the first element.
  const body = start.replace(/^(<\?[^]*?\?>|<!--[^]*?-->|<!DOCTYPE[^>]*>|\s+)*/i, '');
  if (/^<svg[\s>]/i.test(body)) return true;
  // A prolog the pattern cannot skip (a doctype with an internal subset): XML that opens an svg.
  return /^<\?xml/i.test(start) && /<svg[\s>]/i.test(start);
}
