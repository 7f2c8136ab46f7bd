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
import { compareBackends, expectAgreement } from './backendAgreement';
import { expect, test } from './fixtures';

test.describe.configure({ timeout: 300_000 });
test.use({ launchOptions: { executablePath: chromiumPath, args: [...chromiumArgs, '--enable-unsafe-webgpu'] } });

const status = (page: Page) => page.getByTestId('engine-status');

test('#backend=webgpu runs on the software fallback adapter, says so, and draws the maps', async ({ page }) => {
  await page.goto('/#variant=seed&layer=conv1&backend=webgpu');
  await expect(status(page)).toHaveAttribute('data-backend', 'webgpu', { timeout: 120_000 });
  await expect
    .poll(() => page.evaluate(() => performance.getEntriesByName('engine:activations').length), {
      timeout: 240_000,
    })
    .toBeGreaterThan(0);
  await expect(page.getByTestId('feature-map-grid').locator('canvas').first()).toBeVisible();
  // The status line stays in plain words; the backend and why are in the details.
  await page.getByTestId('status-details').click();
  await expect(page.getByTestId('diag-why')).toContainText(
    'only adapter (google swiftshader) emulates the graphics processor',
  );
  await expect(page.getByTestId('diag-webgpu')).toHaveText('google swiftshader (software fallback)');
  await expect(page.getByTestId('diag-tensors')).toHaveText('16');
});

test('WebGPU (SwiftShader) and wasm agree on the paper variant for the same seed; auto stays on wasm', async ({
  page,
}) => {
  await page.goto('/#variant=seed');
  await expect(status(page)).toHaveAttribute('data-backend', 'wasm', { timeout: 120_000 });
  // The fallback adapter is not raced: the details say why the engine stays on wasm.
  await page.getByTestId('status-details').click();
  await expect(page.getByTestId('diag-why')).toContainText('emulated in software');
  const worker = page.workers().find((w) => w.url().includes('/worker-'));
  const engineUrl = worker?.url() ?? '';
  expect(engineUrl).not.toBe('');
  expectAgreement(await compareBackends(page, engineUrl, paper, ['webgpu', 'wasm']), ['webgpu', 'wasm']);
});
