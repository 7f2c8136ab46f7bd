// Writes the awkward image files that the image-input tests feed to the app:
//   node scripts/make-image-fixtures.mjs [outDir]   (default tests/fixtures/images)
// Everything is assembled byte by byte (PNG through node's zlib, GIF with a hand-rolled LZW
// stream), so the fixtures are reproducible and need no image library. All together < 60 KB.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

const outDir = process.argv[2] ?? 'tests/fixtures/images';
mkdirSync(outDir, { recursive: true });

// --- PNG -------------------------------------------------------------------------------
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = (crcTable[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}
const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * colorType: 0 grey, 2 RGB, 3 palette, 6 RGBA. `row(y)` returns the row's bytes, unfiltered.
 * Each row uses PNG's "Up" filter (difference from the row above): a row equal to the one
 * above becomes all zeros, which deflate compresses about a thousandfold.
 */
function png({ width, height, bitDepth = 8, colorType, row, palette }) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([bitDepth, colorType, 0, 0, 0], 8);
  const rows = [];
  let prev = null;
  for (let y = 0; y < height; y++) {
    const raw = row(y);
    rows.push(Buffer.from([2]), prev ? Buffer.from(raw.map((v, i) => (v - (prev[i] ?? 0)) & 0xff)) : raw);
    prev = raw;
  }
  const idat = deflateSync(Buffer.concat(rows), { level: 9 });
  return Buffer.concat([
    signature,
    chunk('IHDR', ihdr),
    ...(palette ? [chunk('PLTE', Buffer.from(palette))] : []),
    chunk('IDAT', idat),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const files = {};

files['tiny-1x1.png'] = png({ width: 1, height: 1, colorType: 2, row: () => Buffer.from([200, 80, 40]) });

files['gray.png'] = png({
  width: 64,
  height: 48,
  colorType: 0,
  row: (y) => Buffer.from(Array.from({ length: 64 }, (_, x) => (x * 4 + y) & 0xff)),
});

// 16 bits per channel, RGB: a two-way gradient, big-endian samples.
files['deep-16bit.png'] = png({
  width: 64,
  height: 48,
  bitDepth: 16,
  colorType: 2,
  row: (y) => {
    const b = Buffer.alloc(64 * 6);
    for (let x = 0; x < 64; x++) {
      b.writeUInt16BE(x * 1024, x * 6);
      b.writeUInt16BE(y * 1365, x * 6 + 2);
      b.writeUInt16BE(40000, x * 6 + 4);
    }
    return b;
  },
});

// An opaque orange disc on a fully transparent square.
files['transparent.png'] = png({
  width: 64,
  height: 64,
  colorType: 6,
  row: (y) => {
    const b = Buffer.alloc(64 * 4);
    for (let x = 0; x < 64; x++) {
      const inside = (x - 31.5) ** 2 + (y - 31.5) ** 2 < 24 ** 2;
      b.set(inside ? [230, 120, 20, 255] : [0, 0, 0, 0], x * 4);
    }
    return b;
  },
});

// 12000×12000, 1 bit per pixel with a two-colour palette: 1500×1500 checkerboard squares.
// Rows repeat, so deflate squeezes 18 MB of scanlines into a few kilobytes.
{
  const side = 12000;
  const rowA = Buffer.alloc(side / 8);
  for (let i = 0; i < rowA.length; i++) rowA[i] = Math.floor((i * 8) / 1500) % 2 ? 0xff : 0x00;
  const rowB = Buffer.from(rowA.map((v) => v ^ 0xff));
  files['huge-12000.png'] = png({
    width: side,
    height: side,
    bitDepth: 1,
    colorType: 3,
    palette: [31, 95, 168, 230, 154, 46],
    row: (y) => (Math.floor(y / 1500) % 2 ? rowB : rowA),
  });
}

// Damaged: a correct signature and header, then image data that is not a zlib stream.
{
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(32, 0);
  ihdr.writeUInt32BE(32, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const junk = Buffer.from(Array.from({ length: 200 }, (_, i) => (i * 73 + 11) & 0xff));
  files['corrupt.png'] = Buffer.concat([
    signature,
    chunk('IHDR', ihdr),
    chunk('IDAT', junk),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Cut short: the first half of a good PNG (a download that stopped early).
{
  const whole = png({
    width: 48,
    height: 48,
    colorType: 2,
    row: (y) => Buffer.from(Array.from({ length: 48 * 3 }, (_, i) => (i * 7 + y * 13) & 0xff)),
  });
  files['truncated.png'] = whole.subarray(0, Math.floor(whole.length / 2));
}

files['empty.png'] = Buffer.alloc(0);
files['text-renamed.png'] = Buffer.from('These are my lecture notes, not a picture.\nAlexNet has 8 weighted layers.\n');
files['vector.svg'] = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="200" height="200">\n' +
    '  <circle cx="100" cy="100" r="80" fill="#1f5fa8"/>\n' +
    '  <image href="https://example.com/tracking-pixel.png" width="1" height="1"/>\n</svg>\n',
);

// --- GIF: 2 frames, 16×16, four-colour global palette ----------------------------------------
// LZW with minimum code size 2 (clear = 4, end = 5). Sending a clear code after every two
// pixels keeps the table below 8 entries, so every code stays 3 bits wide: valid, if not small.
function lzw3(pixels) {
  const codes = [];
  for (let i = 0; i < pixels.length; i += 2) codes.push(4, ...pixels.slice(i, i + 2));
  codes.push(5);
  const bytes = [];
  let acc = 0;
  let bits = 0;
  for (const code of codes) {
    acc |= code << bits;
    bits += 3;
    while (bits >= 8) {
      bytes.push(acc & 0xff);
      acc >>= 8;
      bits -= 8;
    }
  }
  if (bits > 0) bytes.push(acc & 0xff);
  const blocks = [];
  for (let i = 0; i < bytes.length; i += 255) {
    const part = bytes.slice(i, i + 255);
    blocks.push(part.length, ...part);
  }
  return [2, ...blocks, 0];
}
function gifFrame(colour) {
  const px = Array.from({ length: 256 }, (_, i) => {
    const x = i % 16;
    const y = Math.floor(i / 16);
    return x >= 4 && x < 12 && y >= 4 && y < 12 ? colour : 0;
  });
  const gce = [0x21, 0xf9, 4, 0x04, 50, 0, 0, 0]; // keep frame, 0.5 s
  const descriptor = [0x2c, 0, 0, 0, 0, 16, 0, 16, 0, 0];
  return [...gce, ...descriptor, ...lzw3(px)];
}
// prettier-ignore
files['animated.gif'] = Buffer.from([
  ...Buffer.from('GIF89a', 'latin1'),
  16, 0, 16, 0, 0xf1, 0, 0, // 16×16, global table of 4 colours
  255, 255, 255, 214, 40, 40, 31, 95, 168, 0, 0, 0,
  0x21, 0xff, 11, ...Buffer.from('NETSCAPE2.0', 'latin1'), 3, 1, 0, 0, 0,
  ...gifFrame(1),
  ...gifFrame(2),
  0x3b,
]);

// --- JPEG with an EXIF orientation of 6 (rotate 90° clockwise), as phones write ------------
{
  const jpeg = readFileSync('public/samples/cat-thumb.jpg');
  // APP1: "Exif\0\0", little-endian TIFF header, IFD0 with one entry: 0x0112 = 6.
  // prettier-ignore
  const tiff = Buffer.from([
    0x49, 0x49, 0x2a, 0x00, 0x08, 0x00, 0x00, 0x00,
    0x01, 0x00, 0x12, 0x01, 0x03, 0x00, 0x01, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00,
  ]);
  const body = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const app1 = Buffer.concat([Buffer.from([0xff, 0xe1, (body.length + 2) >> 8, (body.length + 2) & 0xff]), body]);
  files['rotated-exif.jpg'] = Buffer.concat([jpeg.subarray(0, 2), app1, jpeg.subarray(2)]);
}

let total = 0;
for (const [name, bytes] of Object.entries(files)) {
  writeFileSync(join(outDir, name), bytes);
  total += bytes.length;
}
console.log(`wrote ${Object.keys(files).length} fixtures (${total} bytes) to ${outDir}`);
