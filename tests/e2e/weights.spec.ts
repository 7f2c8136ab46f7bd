/**
 * Trained weights through the real UI: each file is imported with the weights picker, and the
 * app's own normalised input and layer outputs (read from the engine worker's answers) are
 * compared with PyTorch's on that same input (scripts/torch_reference.py): conv1, pool5, fc8 and
 * the softmax within 1e-3 of each layer's range, and the same top-5. Bad files are refused with
 * an alert that names what was wrong, and the network and maps in use stay. The file is kept
 * on this device across a reload until "Forget", and #weights= loads a same-origin file only.
 */
import { copyFileSync, mkdirSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  engineCount,
  ensureFixtures,
  fixture,
  forwardedSinceBuild,
  lastActivations,
  recordEngine,
  relError,
  topIndices,
  torchReference,
} from './weightsHelpers';

test.describe.configure({ timeout: 600_000 });
test.beforeAll(() => ensureFixtures());

const status = (page: Page) => page.getByTestId('engine-status');

/** Opens the app on wasm (the fast backend without a GPU) and waits for the random network's maps. */
async function open(page: Page, hash = '', waitReady = true): Promise<void> {
  await recordEngine(page);
  await page.goto(`/#backend=wasm&layer=conv1${hash}`);
  if (waitReady) await expect(status(page)).toHaveAttribute('data-status', 'ready', { timeout: 120_000 });
}

/** Imports a file through the picker and waits until its network's maps are on the page. */
async function importFile(page: Page, name: string): Promise<void> {
  await page.getByTestId('weights-file').setInputFiles(fixture(name));
  await expect(page.getByTestId('trained-badge')).toContainText(name, { timeout: 300_000 });
  await expect(status(page)).toHaveAttribute('data-status', 'ready', { timeout: 300_000 });
  await expect.poll(() => forwardedSinceBuild(page), { timeout: 120_000 }).toBe(true);
}

/** Compares the app's conv1, pool5, fc8, softmax and top-5 with PyTorch's on the app's input. */
async function compareWithTorch(page: Page, name: string, inputSize: number): Promise<void> {
  const app = await lastActivations(page, ['input', 'conv1', 'pool5', 'fc8', 'softmax']);
  const input = app.get('input');
  expect(input?.shape).toEqual([inputSize, inputSize, 3]);
  if (!input) return;
  const ref = torchReference(fixture(name), input);
  for (const id of ['conv1', 'pool5', 'fc8', 'softmax']) {
    const mine = app.get(id)?.data ?? new Float32Array(0);
    const theirs = ref.layers.get(id) ?? new Float32Array(0);
    expect(mine.length, `${id} length`).toBe(theirs.length);
    expect(relError(mine, theirs), `${name}: ${id} max error / range`).toBeLessThanOrEqual(1e-3);
  }
  // The same top-5; where two ranks differ, their probabilities must tie within the tolerance
  // (a seeded, untrained fixture can have near-equal classes that no float order decides).
  const probs = app.get('softmax')?.data ?? new Float32Array(0);
  const refProbs = ref.layers.get('softmax') ?? new Float32Array(0);
  const tol = 1e-3 * (Math.max(...refProbs) - Math.min(...refProbs));
  const mine = topIndices(probs, 5);
  mine.forEach((index, rank) => {
    const theirs = ref.top5[rank] ?? -1;
    if (index !== theirs)
      expect(
        Math.abs((probs[index] ?? 0) - (probs[theirs] ?? 1)),
        `top-5 rank ${rank}: ${index} vs ${theirs}`,
      ).toBeLessThanOrEqual(tol);
  });
  expect(new Set(mine).size).toBe(5);
}

for (const [name, size] of [
  ['alexnet-zip.pth', 224],
  ['alexnet-legacy.pth', 224],
  ['alexnet.onnx', 224],
  ['paper.onnx', 227],
] as const) {
  test(`${name}: imported through the UI, equal to PyTorch on the app's own input`, async ({ page }) => {
    await open(page);
    await importFile(page, name);
    await compareWithTorch(page, name, size);
    if (name === 'alexnet-zip.pth') await expectFirstLook(page);
    // The walkthrough is the imported network's: the step table shows its input size.
    await expect(page.getByTestId('trained-badge')).toBeVisible();
    await expect(page.getByTestId('top-channels')).toBeVisible();
    if (name === 'paper.onnx') await expect(page.getByTestId('gpu-half')).toHaveCount(2);
    if (name === 'alexnet-zip.pth') {
      // The overview says so too: these are the file's weights, not random ones.
      await page.getByTestId('view-overview').click();
      await expect(page.getByTestId('overview').getByTestId('trained-badge')).toContainText(name);
      await expect(page.getByTestId('random-badge')).toHaveCount(0);
    }
  });
}

/**
 * The zip checkpoint's conv1 was shown while the file arrived: before the whole file was in,
 * before the imported network was ready (the worker answers the first look before it checks
 * the whole file), with the same conv1 maps (by their sum) as the network has now. How much of
 * the file had arrived by then depends on how fast the page reads it (a busy machine reads in
 * larger chunks); that conv1 is whole within the file’s first 128 KB is a property of the file,
 * tested on the bytes (tests/core/weights/stream.test.ts).
 */
async function expectFirstLook(page: Page): Promise<void> {
  const look = await page.evaluate(() => {
    const mark = performance.getEntriesByName('weights:first-look').at(-1) as PerformanceMark | undefined;
    const ready = performance.getEntriesByName('engine:model-ready').at(-1)?.startTime ?? 0;
    return mark
      ? { ...(mark.detail as { at: number; total: number; sum: number | null }), t: mark.startTime, ready }
      : null;
  });
  expect(look).not.toBeNull();
  if (!look) return;
  expect(look.total).toBe(statSync(fixture('alexnet-zip.pth')).size);
  // Both orders are causal, not timing: the reader hands conv1 on as soon as its bytes are in
  // (a stream of a file far larger than any one chunk), and the worker awaits the first look
  // before it parses the whole file, so the build that marks model-ready comes after it.
  expect(look.at).toBeLessThan(look.total);
  expect(look.t).toBeLessThan(look.ready);
  const conv1 = (await lastActivations(page, ['conv1'])).get('conv1')?.data ?? new Float32Array(0);
  const sum = conv1.reduce((a, b) => a + b, 0);
  expect(Math.abs((look.sum ?? Infinity) - sum)).toBeLessThanOrEqual(1e-3 * Math.abs(sum));
}

/** Bad files and the words their alert must contain (the tensor, global, operator or offset). */
const badFiles: readonly (readonly [string, RegExp])[] = [
  ['empty.pth', /empty/i],
  ['truncated-zip.pth', /truncated|ends too early|offset/i],
  ['truncated-legacy.pth', /truncated|ends too early|offset/i],
  ['truncated.onnx', /truncated|ends too early|offset/i],
  ['notckpt.zip', /not a PyTorch checkpoint/i],
  ['resnet18.pth', /another network.*(conv1|bn1|layer1|fc)\./i],
  ['evil.pth', /system/],
  ['nan.pth', /NaN.*features\.3\.weight/i],
  ['unknown-op.onnx', /HardSwish/],
  ['text.onnx', /not a weight file/i],
];

test('bad files are refused with an alert naming the problem; the network and maps stay', async ({ page }) => {
  await open(page);
  await importFile(page, 'alexnet-zip.pth');
  const badge = await page.getByTestId('trained-badge').textContent();
  const built = await engineCount(page, 'built');
  const before = await lastActivations(page, ['conv1']);
  // A sparse file over 1 GB: refused by its size, before a byte is read.
  const huge = join(tmpdir(), 'huge-weights.pth');
  writeFileSync(huge, '');
  truncateSync(huge, 1024 ** 3 + 100 * 1024 ** 2);
  const cases: (readonly [string, RegExp])[] = [
    ...badFiles.map(([f, re]) => [fixture(f), re] as const),
    [huge, /1 GB/],
  ];
  for (const [path, words] of cases) {
    await page.getByTestId('weights-file').setInputFiles(path);
    const alert = page.getByRole('alert').filter({ hasText: path.split('/').pop() ?? path });
    await expect(alert, path).toBeVisible({ timeout: 120_000 });
    await expect(alert, path).toContainText(words);
    await expect(alert).toContainText(/Nothing changed/);
    await expect(page.getByTestId('weights-first-look')).toHaveCount(0); // a first look goes with a refusal
    await expect(page.getByTestId('trained-badge')).toHaveText(badge ?? '');
  }
  rmSync(huge);
  expect(await engineCount(page, 'built')).toBe(built); // no rebuild: the same weights
  await expect(page.getByTestId('feature-map-grid').first()).toBeVisible();
  const after = await lastActivations(page, ['conv1']);
  expect(
    relError(after.get('conv1')?.data ?? new Float32Array(0), before.get('conv1')?.data ?? new Float32Array(1)),
  ).toBe(0);
});

/** Records, from before the app loads, every text the status line ever showed while restoring. */
async function watchRestoring(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (globalThis as unknown as { __restoring: string[] }).__restoring = seen;
    new MutationObserver(() => {
      const line = document.querySelector('[data-testid="engine-status"]')?.textContent ?? '';
      if (line.includes('Restoring') && !seen.includes(line)) seen.push(line);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
}

test('the weights are kept across a reload until "Forget these weights", and come back as they were', async ({
  page,
}) => {
  await watchRestoring(page);
  await open(page);
  await importFile(page, 'alexnet-legacy.pth');
  await expect(page.getByTestId('weights-kept')).toContainText(/Kept on this device/);
  const before = (await lastActivations(page, ['conv1', 'fc8'])).get('fc8')?.data ?? new Float32Array(0);
  await page.reload();
  await expect(page.getByTestId('trained-badge')).toContainText('alexnet-legacy.pth', { timeout: 300_000 });
  await expect(status(page)).toHaveAttribute('data-status', 'ready', { timeout: 300_000 });
  await expect.poll(() => forwardedSinceBuild(page), { timeout: 120_000 }).toBe(true);
  // Brought back from what the worker kept, not read and checked again; said so meanwhile.
  expect(await engineCount(page, 'kept')).toBeGreaterThanOrEqual(1);
  expect(await engineCount(page, 'imported')).toBe(0);
  expect(await page.evaluate(() => (globalThis as unknown as { __restoring: string[] }).__restoring)).toContainEqual(
    expect.stringContaining('Restoring your saved weights…'),
  );
  await expect(status(page)).not.toContainText('Restoring');
  await expect(page.getByTestId('weights-kept')).toContainText(/Kept on this device/);
  // The same network: fc8 (which every weight feeds) equal value for value.
  const after = (await lastActivations(page, ['fc8'])).get('fc8')?.data ?? new Float32Array(1);
  expect(relError(after, before)).toBe(0);

  if (!(await page.getByTestId('weights-forget').isVisible())) await page.getByTestId('weights-open').click();
  await page.getByTestId('weights-forget').click();
  await page.getByTestId('weights-forget-yes').click();
  await expect(page.getByTestId('toast-forgotten')).toBeVisible();
  await expect(page.getByTestId('random-badge')).toBeVisible();
  // No wait for storage here: the page says "forgotten" only once what was kept is gone.
  await page.reload();
  await expect(status(page)).toHaveAttribute('data-status', 'ready', { timeout: 120_000 });
  await expect(page.getByTestId('random-badge')).toBeVisible();
  await expect(page.getByTestId('trained-badge')).toHaveCount(0);
});

test('#weights= loads a same-origin file, and refuses another origin without contacting it', async ({ page }) => {
  const dist = process.env.E2E_DIST ?? 'dist';
  mkdirSync(join(dist, 'weights'), { recursive: true });
  copyFileSync(fixture('alexnet-zip.pth'), join(dist, 'weights', 'lecture.pth'));
  try {
    await open(page, '&weights=weights/lecture.pth', false); // the link's import starts at once
    await expect(page.getByTestId('trained-badge')).toContainText('lecture.pth', { timeout: 300_000 });
    // The slide says so too: trained weights are never called random on the projector.
    await page.keyboard.press('p');
    await expect(page.getByTestId('slide-badge')).toContainText('lecture.pth');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('slide-deck')).toHaveCount(0);
  } finally {
    rmSync(join(dist, 'weights'), { recursive: true, force: true });
  }
  await page.goto('/#backend=wasm&weights=https://example.com/alexnet.pth');
  await page.reload();
  await expect(page.getByRole('alert').filter({ hasText: 'example.com' })).toContainText(/only from this site/);
  await expect(page.getByTestId('trained-badge')).toHaveCount(0);
});
