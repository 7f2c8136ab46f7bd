// Makes the training lab's data: a balanced subset of Fashion-MNIST (Xiao, Rasul, Vollgraf 2017,
// Zalando Research, MIT licence) from Debian's `dataset-fashion-mnist`, written to public/lab/:
//   node scripts/make-fashion-subset.mjs [outDir]     (or --ensure: only install the package)
// The package is installed with apt-get when missing (as root; otherwise a message says how).
// Deterministic: the first 800 images of each class of the package's training set (8,000) and the
// first 200 of each class of its test set (2,000), in the package's order, as gzip files whose
// header carries no time or name, so the same package gives the same bytes. They are named
// .fmnz, not .gz: some servers (Vite's preview among them) send a .gz file with
// `Content-Encoding: gzip`, and the browser would unpack it before the app does. Format (after gunzip),
// read by src/core/lab/fashion.ts: 'FMN1', u32 LE count, u8 rows, u8 cols, count labels (0–9),
// then count·rows·cols pixels (0 = background, 255 = brightest), row by row.
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';

export const packageDir = '/usr/share/datasets/fashion-mnist';
const files = {
  trainImages: 'train-images-idx3-ubyte.gz',
  trainLabels: 'train-labels-idx1-ubyte.gz',
  testImages: 't10k-images-idx3-ubyte.gz',
  testLabels: 't10k-labels-idx1-ubyte.gz',
};
/** Images per class in each split: 8,000 + 2,000 images, about 4.4 MB gzipped (under 5 MB). */
export const perClass = { train: 800, test: 200 };

/** Installs Debian's dataset-fashion-mnist when its files are missing (root + apt-get only). */
export function ensurePackage() {
  const present = () => Object.values(files).every((f) => existsSync(join(packageDir, f)));
  if (present()) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log("Fashion-MNIST missing: installing Debian's dataset-fashion-mnist (30 MB)…");
    execSync('apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y dataset-fashion-mnist', {
      stdio: 'inherit',
    });
    if (present()) return;
  }
  throw new Error(
    [
      `Fashion-MNIST was not found in ${packageDir}.`,
      '  On Debian/Ubuntu, as root:   apt-get update && apt-get install -y dataset-fashion-mnist',
    ].join('\n'),
  );
}

/** An IDX file's payload after its header (magic 0x0000080N, then N big-endian dimensions). */
function idx(name, dims) {
  const bytes = gunzipSync(readFileSync(join(packageDir, name)));
  const magic = bytes.readUInt32BE(0);
  if (magic !== 0x800 + dims) throw new Error(`${name}: magic ${magic.toString(16)}, expected ${0x800 + dims}`);
  const shape = Array.from({ length: dims }, (_, i) => bytes.readUInt32BE(4 + 4 * i));
  return { shape, data: bytes.subarray(4 + 4 * dims) };
}

/** The first `n` images of every class, in the file's order: { labels, pixels } as raw bytes. */
export function balancedSubset(imagesFile, labelsFile, n) {
  const images = idx(imagesFile, 3);
  const labels = idx(labelsFile, 1);
  const [count, rows, cols] = images.shape;
  const size = rows * cols;
  const taken = new Array(10).fill(0);
  const picked = [];
  for (let i = 0; i < count && picked.length < 10 * n; i++) {
    const label = labels.data[i];
    if (taken[label] < n) {
      taken[label] += 1;
      picked.push(i);
    }
  }
  if (picked.length !== 10 * n) throw new Error(`${imagesFile}: fewer than ${n} images of some class`);
  const header = Buffer.alloc(10);
  header.write('FMN1', 0, 'latin1');
  header.writeUInt32LE(picked.length, 4);
  header.writeUInt8(rows, 8);
  header.writeUInt8(cols, 9);
  const labelBytes = Buffer.from(picked.map((i) => labels.data[i]));
  const pixelBytes = Buffer.concat(picked.map((i) => images.data.subarray(i * size, (i + 1) * size)));
  return Buffer.concat([header, labelBytes, pixelBytes]);
}

/** The two subset files' raw (uncompressed) bytes. */
export function makeSubset() {
  ensurePackage();
  return {
    train: balancedSubset(files.trainImages, files.trainLabels, perClass.train),
    test: balancedSubset(files.testImages, files.testLabels, perClass.test),
  };
}

const credits = `# Fashion-MNIST subset

\`train.fmnz\` (8,000 images, 800 per class) and \`test.fmnz\` (2,000 images, 200 per class)
are a subset of Fashion-MNIST: Han Xiao, Kashif Rasul, Roland Vollgraf, "Fashion-MNIST: a Novel
Image Dataset for Benchmarking Machine Learning Algorithms", arXiv:1708.07747, 2017,
Zalando Research, https://github.com/zalandoresearch/fashion-mnist.

Taken from Debian's \`dataset-fashion-mnist\` package by \`scripts/make-fashion-subset.mjs\`:
the first images of each class of its training and test sets, in their order, unchanged.
Format: see that script.

Copyright 2017 Zalando SE. Licence (MIT / Expat):

Permission is hereby granted, free of charge, to any person obtaining a copy of this software
and associated documentation files (the "Software"), to deal in the Software without
restriction, including without limitation the rights to use, copy, modify, merge, publish,
distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the
Software is furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or
substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING
BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM,
DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
`;

if (import.meta.url === `file://${process.argv[1]}` && process.argv[2] === '--ensure') {
  // `npm test` runs this first: the unit tests compare the shipped subset with the package.
  ensurePackage();
} else if (import.meta.url === `file://${process.argv[1]}`) {
  const outDir = process.argv[2] ?? 'public/lab';
  mkdirSync(outDir, { recursive: true });
  const { train, test } = makeSubset();
  for (const [name, raw] of [
    ['train.fmnz', train],
    ['test.fmnz', test],
  ]) {
    // Level 9; Node's gzip header has mtime 0 and no file name, so the bytes are reproducible.
    const gz = gzipSync(raw, { level: 9 });
    writeFileSync(join(outDir, name), gz);
    const sha = createHash('sha256').update(raw).digest('hex');
    console.log(`${name}: ${gz.length} bytes gzipped, ${raw.length} raw, sha256 of raw ${sha}`);
  }
  writeFileSync(join(outDir, 'CREDITS.md'), credits);
}
