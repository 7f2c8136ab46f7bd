/** The service worker's precache list and cache version, as the build plugin computes them. */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { manifestOf } from '../../scripts/sw-plugin';

let dir = '';
const put = async (file: string, content: string) => {
  await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
  await writeFile(path.join(dir, file), content);
};

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'sw-manifest-'));
  await put('index.html', '<html>');
  await put('sw.js', 'worker');
  await put('assets/index-abc.js', 'code');
  await put('assets/index-abc.js.map', 'map');
  await put('assets/tfjs-backend-wasm-simd.wasm', 'wasm');
  await put('assets/KaTeX_Main-Regular-x.woff2', 'font2');
  await put('assets/KaTeX_Main-Regular-y.woff', 'font1');
  await put('assets/KaTeX_Main-Regular-z.ttf', 'font0');
  await put('samples/cat.jpg', 'jpeg');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('manifestOf', () => {
  it('lists every file of the build but the worker, source maps and old font formats', async () => {
    const { files } = await manifestOf(dir);
    expect(files).toEqual([
      'assets/KaTeX_Main-Regular-x.woff2',
      'assets/index-abc.js',
      'assets/tfjs-backend-wasm-simd.wasm',
      'index.html',
      'samples/cat.jpg',
    ]);
  });
  it('versions by content: same files, same version; one byte changed, a new one', async () => {
    const a = await manifestOf(dir);
    expect(a.version).toMatch(/^[0-9a-f]{16}$/);
    expect((await manifestOf(dir)).version).toBe(a.version);
    await put('samples/cat.jpg', 'jpeg!');
    expect((await manifestOf(dir)).version).not.toBe(a.version);
  });
  it('ignores changes to files it does not cache', async () => {
    const a = await manifestOf(dir);
    await put('assets/index-abc.js.map', 'another map');
    expect((await manifestOf(dir)).version).toBe(a.version);
  });
});
