import { describe, expect, it } from 'vitest';
import { readHeader } from '../../src/image/formats';
import { exifOrientation } from '../../src/image/formats/jpeg';
import { crc32 } from '../../src/image/formats/png';
import { bytes, fixture, le16, le32 } from './helpers';

const info = (format: Parameters<typeof readHeader>[0], b: Uint8Array) => {
  const r = readHeader(format, b);
  if (!r?.ok) throw new Error(`expected a header, got ${JSON.stringify(r)}`);
  return r.info;
};

describe('PNG header', () => {
  it('reads size, grey, bit depth', () => {
    expect(info('png', fixture('tiny-1x1.png'))).toMatchObject({
      width: 1,
      height: 1,
      grayscale: false,
      bitsPerChannel: 8,
    });
    expect(info('png', fixture('gray.png'))).toMatchObject({ width: 64, height: 48, grayscale: true });
    expect(info('png', fixture('deep-16bit.png'))).toMatchObject({ bitsPerChannel: 16, grayscale: false });
    expect(info('png', fixture('huge-12000.png'))).toMatchObject({ width: 12000, height: 12000, frames: 1 });
  });
  it('knows a file cut short, and a header whose checksum is wrong', () => {
    expect(readHeader('png', fixture('truncated.png'))).toEqual({ ok: false, damage: 'truncated' });
    const bad = fixture('tiny-1x1.png');
    bad[17] = (bad[17] ?? 0) ^ 0x40; // width changed, CRC not
    expect(readHeader('png', bad)).toEqual({ ok: false, damage: 'corrupt' });
    expect(readHeader('png', fixture('tiny-1x1.png').subarray(0, 20))).toEqual({ ok: false, damage: 'truncated' });
  });
  it('counts APNG frames from acTL', () => {
    const png = fixture('tiny-1x1.png');
    const actlBody = bytes('acTL', 0, 0, 0, 3, 0, 0, 0, 0);
    const crc = crc32(actlBody);
    const actl = bytes(0, 0, 0, 8, [...actlBody], crc >>> 24, (crc >>> 16) & 0xff, (crc >>> 8) & 0xff, crc & 0xff);
    const apng = bytes([...png.subarray(0, 33)], [...actl], [...png.subarray(33)]);
    expect(info('png', apng).frames).toBe(3);
  });
  it('matches the reference CRC-32 of "123456789"', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });
});

describe('JPEG header', () => {
  it('reads the frame size, and swaps it for EXIF orientation 6 (a phone held upright)', () => {
    expect(info('jpeg', fixture('rotated-exif.jpg'))).toMatchObject({ width: 106, height: 160, rotated: true });
    const plain = fixture('rotated-exif.jpg');
    const withoutExif = bytes(
      [...plain.subarray(0, 2)],
      [...plain.subarray(2 + 2 + ((plain[4] ?? 0) << 8) + (plain[5] ?? 0))],
    );
    expect(info('jpeg', withoutExif)).toMatchObject({ width: 160, height: 106, rotated: false, grayscale: false });
  });
  it('reads big-endian EXIF too', () => {
    const mm = bytes('MM', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 8, 0, 0);
    expect(exifOrientation(mm)).toBe(8);
    expect(exifOrientation(bytes('XX'))).toBe(1);
  });
  it('refuses a file that stops before its frame header, or holds junk between segments', () => {
    expect(readHeader('jpeg', fixture('rotated-exif.jpg').subarray(0, 60))).toEqual({ ok: false, damage: 'truncated' });
    expect(readHeader('jpeg', bytes(0xff, 0xd8, 0xff, 0xe0, 0, 4, 1, 2, 0x12, 0x34))).toEqual({
      ok: false,
      damage: 'corrupt',
    });
  });
});

describe('GIF header', () => {
  it('counts the frames of an animation', () => {
    expect(info('gif', fixture('animated.gif'))).toMatchObject({ width: 16, height: 16, frames: 2 });
  });
  it('keeps a GIF whose first frame is whole, and refuses one cut inside it', () => {
    const gif = fixture('animated.gif');
    expect(info('gif', gif.subarray(0, gif.length - 40)).frames).toBe(1);
    expect(readHeader('gif', gif.subarray(0, 60))).toEqual({ ok: false, damage: 'truncated' });
  });
});

describe('WebP and BMP headers', () => {
  it('reads a lossless WebP (VP8L) size', () => {
    // 14-bit width−1 = 99, height−1 = 49: bits = 99 | 49 << 14.
    const webp = bytes('RIFF', le32(30), 'WEBP', 'VP8L', le32(10), 0x2f, le32(99 | (49 << 14)), 0, 0, 0, 0, 0);
    expect(info('webp', webp)).toMatchObject({ width: 100, height: 50, frames: 1 });
  });
  it('reads an extended WebP (VP8X) canvas and counts ANMF frames', () => {
    const vp8x = bytes('VP8X', le32(10), 0x02, 0, 0, 0, [639 & 0xff, 639 >> 8, 0], [479 & 0xff, 479 >> 8, 0]);
    const anmf = bytes('ANMF', le32(2), 0, 0);
    const webp = bytes('RIFF', le32(0), 'WEBP', [...vp8x], [...anmf], [...anmf]);
    expect(info('webp', webp)).toMatchObject({ width: 640, height: 480, frames: 2 });
  });
  it('reads a bottom-up and a top-down BMP size', () => {
    const head = (h: number) =>
      bytes('BM', le32(0), le32(0), le32(54), le32(40), le32(320), le32(h >>> 0), le16(1), le16(24));
    expect(info('bmp', head(200))).toMatchObject({ width: 320, height: 200 });
    expect(info('bmp', head(-200))).toMatchObject({ width: 320, height: 200 });
  });
  it('has no header reader for formats the browser sizes itself', () => {
    expect(readHeader('heic', bytes(0, 0, 0, 0))).toBeNull();
  });
});
