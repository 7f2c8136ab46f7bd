/**
 * tfjs's WebGPU backend, really run: with `--enable-unsafe-webgpu` this machine's Chromium
 * offers one WebGPU adapter, SwiftShader's software fallback. `#backend=webgpu` then runs the
 * engine on it (the backend's chunk loads in the worker), says that the adapter is software, and
 * gives the same conv1 and fc8 as wasm for the same seed on the paper variant (LRN and grouped
 * convolutions included). `auto` ignores a fallback adapter (webgpuChoice.ts).
 */
import type { Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { paper } from '../../src/core/variants';
import { expect, test } from './fixtures';

test.describe.configure({ timeout: 300_000 });
test.use({ launchOptions: { executablePath: chromiumPath, args: [...chromiumArgs, '--enable-unsafe-webgpu'] } });

const status = (page: Page) => page.getByTestId('engine-status');

test('#backend=webgpu runs on the software fallback adapter, says so, and draws the maps', async ({ page }) => {
  await page.goto('/#variant=seed&layer=conv1&backend=webgpu');
  await expect(status(page)).toHaveAttribute('data-backend', 'webgpu', { timeout: 120_000 });
  await expect(status(page)).toContainText('Running on WebGPU');
  await expect(status(page)).toContainText('only adapter (google swiftshader) emulates the graphics processor');
  await expect
    .poll(() => page.evaluate(() => performance.getEntriesByName('engine:activations').length), {
      timeout: 240_000,
    })
    .toBeGreaterThan(0);
  await expect(page.getByTestId('feature-map-grid').locator('canvas').first()).toBeVisible();
  await page.getByTestId('diagnostics').locator('summary').click();
  await expect(page.getByTestId('diag-webgpu')).toHaveText('google swiftshader (software fallback)');
  await expect(page.getByTestId('diag-tensors')).toHaveText('16');
});

test('WebGPU (SwiftShader) and wasm agree on the paper variant for the same seed; auto stays on wasm', async ({
  page,
}) => {
  await page.goto('/#variant=seed');
  await expect(status(page)).toHaveAttribute('data-backend', 'wasm', { timeout: 120_000 });
  await expect(status(page)).toContainText('emulated in software'); // the fallback adapter is not raced
  const worker = page.workers().find((w) => w.url().includes('/worker-'));
  const engineUrl = worker?.url() ?? '';
  expect(engineUrl).not.toBe('');
  await page.goto('/samples/CREDITS.md'); // a same-origin page without the app
  const result = await page.evaluate(
    async ({ url, spec }) => {
      const bitmap = await createImageBitmap(await (await fetch('./cat.jpg')).blob());
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2d context');
      ctx.drawImage(bitmap, 0, 0);
      const image = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
      type Reply = { type: string; id?: number; message?: string; backend?: { name: string } } & {
        activations?: [string, { data: Float32Array }][];
      };
      const run = async (backend: 'webgpu' | 'wasm') => {
        const w = new Worker(url, { type: 'module', name: 'alexnet-engine' });
        const ask = (msg: { id: number }) =>
          new Promise<Reply>((resolve, reject) => {
            w.addEventListener('message', function on(e: MessageEvent<Reply>) {
              if (e.data.id !== msg.id) return;
              w.removeEventListener('message', on);
              if (e.data.type === 'error') reject(new Error(e.data.message));
              else resolve(e.data);
            });
            w.postMessage(msg);
          });
        const built = await ask({ type: 'build', id: 1, spec, seed: 42, backend } as { id: number });
        const fwd = await ask({
          type: 'forward',
          id: 2,
          channel: 'view',
          imageKey: 'cat',
          image: { data: image.data, width: image.width, height: image.height },
          readback: 'all',
        } as { id: number });
        w.terminate();
        const layers = new Map(fwd.activations ?? []);
        return { backend: built.backend?.name, conv1: layers.get('conv1')?.data, fc8: layers.get('fc8')?.data };
      };
      const a = await run('webgpu');
      const b = await run('wasm');
      // Relative to the layer's largest magnitude: elementwise ratios blow up near zero.
      const compare = (x?: Float32Array, y?: Float32Array) => {
        if (!x || !y || x.length !== y.length) return { length: [x?.length, y?.length], rel: Infinity, scale: 0 };
        let diff = 0;
        let scale = 0;
        for (let i = 0; i < x.length; i++) {
          diff = Math.max(diff, Math.abs((x[i] ?? NaN) - (y[i] ?? NaN)));
          scale = Math.max(scale, Math.abs(y[i] ?? 0));
        }
        return { length: [x.length], rel: diff / scale, scale };
      };
      return { backends: [a.backend, b.backend], conv1: compare(a.conv1, b.conv1), fc8: compare(a.fc8, b.fc8) };
    },
    { url: engineUrl, spec: paper },
  );
  expect(result.backends).toEqual(['webgpu', 'wasm']);
  expect(result.conv1.length).toEqual([55 * 55 * 96]);
  expect(result.fc8.length).toEqual([1000]);
  expect(result.conv1.scale).toBeGreaterThan(0.1); // real signal, not zeros on both sides
  expect(result.fc8.scale).toBeGreaterThan(0.01);
  expect(result.conv1.rel).toBeLessThanOrEqual(1e-3);
  expect(result.fc8.rel).toBeLessThanOrEqual(1e-3);
});
