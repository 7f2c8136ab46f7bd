/**
 * `#backend=webgpu` in a browser without a WebGPU adapter (this machine's headless Chromium, as
 * the tests launch it, has navigator.gpu but `requestAdapter()` gives null): the status line and the diagnostics say that WebGPU was asked for and is
 * missing, in both languages; the engine falls back to the backend `auto` would pick here
 * (wasm: WebGL is SwiftShader); the feature maps still draw; tfjs's WebGPU backend is never
 * downloaded. A bad backend value is ignored with a notice and keeps the `auto` behaviour.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

test.describe.configure({ timeout: 240_000 });

const status = (page: Page) => page.getByTestId('engine-status');

/** Distinct colours on the first feature-map canvas: a blank or flat canvas has 1 or 2. */
async function gridColours(page: Page): Promise<number> {
  const canvas = page.getByTestId('feature-map-grid').locator('canvas').first();
  await expect(canvas).toBeVisible();
  return canvas.evaluate((el) => {
    const c = el as HTMLCanvasElement;
    const ctx = c.getContext('2d');
    if (!ctx) return 0;
    const { data } = ctx.getImageData(0, 0, c.width, c.height);
    const seen = new Set<number>();
    for (let i = 0; i < data.length; i += 4 * 7)
      seen.add(((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0));
    return seen.size;
  });
}

/** Records every JavaScript file the page and its workers load whose code holds `marker`. */
function watchScripts(page: Page, marker: string): string[] {
  const hits: string[] = [];
  page.on('response', (r) => {
    if (!r.url().endsWith('.js')) return;
    void r
      .text()
      .then((body) => {
        if (body.includes(marker)) hits.push(r.url());
      })
      .catch(() => undefined);
  });
  return hits;
}

test('#backend=webgpu without an adapter says so, falls back to wasm, and the maps draw', async ({ page }) => {
  // A flag only tfjs's WebGPU backend defines: its chunk must not load where it cannot run.
  const webgpuChunks = watchScripts(page, 'WEBGPU_CPU_FORWARD');
  await page.goto('/#variant=seed&layer=conv1&backend=webgpu');
  await expect(status(page)).toHaveAttribute('data-backend', 'wasm', { timeout: 120_000 });
  await expect.poll(() => gridColours(page), { timeout: 120_000 }).toBeGreaterThan(50);
  // The status line stays in plain words; why the link's choice was not taken is in the details.
  await expect(status(page)).toHaveAttribute('data-status', 'ready');
  await expect(status(page)).toHaveText('Ready');

  await page.getByTestId('status-details').click();
  await expect(page.getByTestId('diag-backend')).toHaveText('WebAssembly with SIMD (processor)');
  await expect(page.getByTestId('diag-why')).toContainText('The link asks for WebGPU (#backend=webgpu)');
  await expect(page.getByTestId('diag-why')).toContainText('but this browser offers no WebGPU adapter');
  await expect(page.getByTestId('diag-webgpu')).toHaveText('none offered by this browser');
  await expect(page.getByTestId('diag-renderer')).toContainText('SwiftShader');
  await expect(page.getByTestId('diag-gpu-race')).toHaveCount(0); // no race without two real GPUs
  await expect(page).toHaveURL(/backend=webgpu/); // the choice stays in the link

  // The same in Chinese (no rebuild: only the language changes).
  await page.evaluate(() => (location.hash = location.hash.replace('backend=webgpu', 'backend=webgpu&lang=zh')));
  await expect(page.getByTestId('diag-why')).toContainText(
    '链接要求使用 WebGPU（#backend=webgpu），但这个浏览器没有提供 WebGPU 适配器',
  );
  await expect(page.getByTestId('diag-webgpu')).toHaveText('这个浏览器没有提供');
  await expect(status(page)).toHaveAttribute('data-backend', 'wasm');
  expect(webgpuChunks).toEqual([]);
});

test('a bad backend value is ignored with a notice and auto keeps choosing wasm here', async ({ page }) => {
  await page.goto('/#variant=seed&layer=conv1&backend=metal');
  await expect(page.getByTestId('link-notice')).toContainText('Ignored “backend=metal” in the link');
  await expect(status(page)).toHaveAttribute('data-backend', 'wasm', { timeout: 120_000 });
  await expect.poll(() => gridColours(page), { timeout: 120_000 }).toBeGreaterThan(50);
  await page.getByTestId('status-details').click();
  await expect(page.getByTestId('diag-why')).toContainText('emulated in software');
  await expect(page.getByTestId('diag-webgpu')).toHaveText('none offered by this browser');
});
