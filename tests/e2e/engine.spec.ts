/**
 * The engine in a real browser: the app builds and runs AlexNet in its worker; WebGL and wasm
 * give the same numbers for the same seed; a lost WebGL context falls back to wasm without a
 * reload; a newer build supersedes an older one.
 *
 * Hooks used (documented in docs/ENGINE.md): data-testid="engine-status" with
 * data-status / data-backend, the diagnostics panel's data-testid="diag-*" cells, the
 * performance marks `engine:activations` and `engine:model-ready`, and the worker's protocol.
 */
import type { Page, Worker } from '@playwright/test';
import { seed } from '../../src/core/variants';
import { compareBackends, expectAgreement } from './backendAgreement';
import { expect, test } from './fixtures';

test.describe.configure({ timeout: 240_000 });

const status = (page: Page) => page.getByTestId('engine-status');
const marks = (page: Page, name: string) => page.evaluate((n) => performance.getEntriesByName(n).length, name);

/** The app's engine worker (its name starts with 'alexnet-engine', see src/tf/client.ts). */
async function engineWorker(page: Page): Promise<Worker> {
  const find = async () => {
    for (const w of page.workers())
      if ((await w.evaluate(() => self.name).catch(() => '')).startsWith('alexnet-engine')) return w;
    return undefined;
  };
  await expect.poll(async () => (await find())?.url() ?? '').not.toBe('');
  const w = await find();
  if (!w) throw new Error('engine worker not found');
  return w;
}

async function waitForActivations(page: Page, backend: string, count = 1): Promise<void> {
  await expect(status(page)).toHaveAttribute('data-backend', backend, { timeout: 120_000 });
  await expect.poll(() => marks(page, 'engine:activations'), { timeout: 120_000 }).toBeGreaterThanOrEqual(count);
  await expect(status(page)).toHaveAttribute('data-status', 'ready');
}

test('auto picks wasm on software WebGL, says why, and fills the diagnostics', async ({ page }) => {
  await page.goto('/#variant=seed');
  await waitForActivations(page, 'wasm');
  // The status line says it in plain words; the why is one click away, in the engine details.
  await expect(status(page)).toHaveText('Ready');
  await expect(page.getByTestId('diagnostics')).toBeHidden();
  await page.getByTestId('status-details').click();
  await expect(page.getByTestId('diag-why')).toContainText('emulated in software');
  await expect(page.getByTestId('diag-why')).toContainText('SwiftShader');
  await expect(page.getByTestId('diag-backend')).toContainText('WebAssembly');
  await expect(page.getByTestId('diag-renderer')).toContainText('SwiftShader');
  await expect(page.getByTestId('diag-model-ready')).toHaveText(/^[\d,]+ ms$/);
  await expect(page.getByTestId('diag-last-forward')).toHaveText(/^[\d,]+ ms$/);
  // 8 weighted layers × (kernel + bias): nothing else stays alive between forwards.
  await expect(page.getByTestId('diag-tensors')).toHaveText('16');
  await expect(page.getByTestId('diag-bytes')).toHaveText('250 MB'); // 62,378,344 × 4 bytes
});

/**
 * Holds the engine worker's `built` answers from the page until `releaseBuilt(page)`: the page
 * then knows only what came before it (the early layers), however fast or slow the machine is.
 * The test wraps Worker before the app loads; the app itself puts nothing on window.
 */
async function holdBuilt(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const held: MessageEvent[] = [];
    const sinks: ((e: MessageEvent) => void)[] = [];
    let holding = true;
    const g = globalThis as unknown as { __releaseBuilt: () => void; __heldBuilt: () => number };
    g.__heldBuilt = () => held.length;
    g.__releaseBuilt = () => {
      holding = false;
      for (const e of held.splice(0)) for (const sink of sinks) sink(e);
    };
    const Original = window.Worker;
    window.Worker = class extends Original {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        if (!options?.name?.startsWith('alexnet-engine')) return;
        let handler: ((e: MessageEvent) => void) | null = null;
        sinks.push((e) => handler?.(e));
        super.addEventListener('message', (e: MessageEvent<{ type: string }>) => {
          if (holding && e.data.type === 'built') held.push(e);
          else handler?.(e);
        });
        // The client sets onmessage: its handler gets every message through the gate above.
        Object.defineProperty(this, 'onmessage', {
          set: (h: ((e: MessageEvent) => void) | null) => (handler = h),
          get: () => handler,
        });
      }
    };
  });
}

test('conv1’s maps are drawn from the early layers, before the dense layers are on the device', async ({ page }) => {
  await holdBuilt(page);
  await page.goto('/#variant=seed&layer=conv1&image=cat&backend=wasm');
  // The model is not ready on the page (its answer is held), yet conv1's maps are drawn: they
  // can only come from the early layers, which the worker sends before the dense ones.
  await expect.poll(() => marks(page, 'engine:early-activations'), { timeout: 120_000 }).toBeGreaterThanOrEqual(1);
  await expect(page.getByTestId('feature-map-grid').first()).toBeVisible({ timeout: 60_000 });
  await expect
    .poll(() =>
      page.evaluate(() => performance.getEntriesByType('mark').some((m) => m.name.startsWith('maps-drawn:conv1:'))),
    )
    .toBe(true);
  await expect(status(page)).toHaveAttribute('data-status', 'building');
  expect(await marks(page, 'engine:model-ready')).toBe(0);
  expect(await marks(page, 'engine:activations')).toBe(0);

  // Then the whole forward lands: the output step (the last layer, before the results) has its probabilities.
  await expect
    .poll(() => page.evaluate(() => (globalThis as unknown as { __heldBuilt: () => number }).__heldBuilt()), {
      timeout: 120_000,
    })
    .toBe(1);
  await page.evaluate(() => (globalThis as unknown as { __releaseBuilt: () => void }).__releaseBuilt());
  await waitForActivations(page, 'wasm');
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('honesty-predictions')).toBeVisible();
  await expect(page.getByTestId('viz-wait')).toHaveCount(0);
});

test('WebGL and wasm agree on conv1 and fc8 for the same seed', async ({ page }) => {
  await page.goto('/#backend=wasm');
  const url = (await engineWorker(page)).url();
  expectAgreement(await compareBackends(page, url, seed, ['webgl', 'wasm']), ['webgl', 'wasm']);
});

test('a lost WebGL context falls back to wasm with a notice, without a reload', async ({ page }) => {
  await page.goto('/#backend=webgl');
  await waitForActivations(page, 'webgl');
  const before = await marks(page, 'engine:activations');
  await page.evaluate(() => sessionStorage.setItem('engine-test', 'same page'));
  const worker = await engineWorker(page);
  // The worker's diagnostics message: it calls WEBGL_lose_context on its own context.
  await worker.evaluate(() => self.dispatchEvent(new MessageEvent('message', { data: { type: 'lose-context' } })));
  await expect(page.getByTestId('engine-notice')).toContainText('rebuilt on WebAssembly');
  await waitForActivations(page, 'wasm', before + 1);
  await page.getByTestId('status-details').click();
  await expect(page.getByTestId('diag-why')).toContainText('WebGL context was lost');
  expect(await page.evaluate(() => sessionStorage.getItem('engine-test'))).toBe('same page');
});

test('a newer build supersedes an older one', async ({ page }) => {
  await page.goto('/#variant=seed&backend=wasm');
  await page.getByTestId('network-chooser').selectOption('paper');
  await page.getByTestId('network-chooser').selectOption('torchvision');
  await waitForActivations(page, 'wasm');
  await page.getByTestId('status-details').click();
  // torchvision: 8 weighted layers × 2 tensors + the adaptive pool's matrix.
  await expect(page.getByTestId('diag-tensors')).toHaveText('17');
  await expect(page.getByTestId('diag-bytes')).toHaveText('244 MB'); // 61,100,840 × 4 + 36·36 × 4
});
