/**
 * "What the network looks at" in the built app (#view=attribution): the view opens at its
 * heading; Grad-CAM, saliency, occlusion (cancelled, then run) and the deconvnet and guided
 * projections draw for the cat with random weights, and with an imported torchvision fixture;
 * the CSV has the map's size and, for the imported file, PyTorch's values (on the app's own
 * input, scripts/attribution_reference.py); the sanity check runs; the tabs work by keyboard;
 * axe finds nothing serious in either language. Tests wait for states, never for durations.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { engineCount, ensureFixtures, fixture, lastActivations, recordEngine, relError } from './weightsHelpers';
import { torchAttributions } from './attributionHelpers';

test.describe.configure({ timeout: 600_000 });

const map = (page: Page) => page.getByTestId('attribution-map');
const status = (page: Page) => page.getByTestId('attribution-status');

async function openView(page: Page, lang = 'en'): Promise<void> {
  await page.goto(`/#image=cat&view=attribution&lang=${lang}`);
  await expect(
    page.getByRole('heading', { level: 2, name: lang === 'en' ? 'What the network looks at' : '网络在看哪里' }),
  ).toBeVisible();
}

/** Waits for the finished map of `method` and checks its size. */
async function drawn(page: Page, method: string, shape: string): Promise<void> {
  await expect(map(page)).toHaveAttribute('data-method', method, { timeout: 300_000 });
  await expect(map(page)).toHaveAttribute('data-final', 'true', { timeout: 300_000 });
  await expect(map(page)).toHaveAttribute('data-shape', shape);
  await expect(status(page)).toHaveAttribute('data-status', 'done');
}

/** The downloaded CSV as rows of numbers. */
async function csvRows(page: Page): Promise<number[][]> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('attribution-csv').click()]);
  const text = readFileSync((await download.path()) ?? '', 'utf8').replace(/^\uFEFF/, '');
  return text
    .trim()
    .split('\n')
    .map((line) => line.split(',').map(Number));
}

async function tab(page: Page, method: string): Promise<void> {
  await page.getByTestId(`attribution-tab-${method}`).click();
}

test('random weights: every method draws, occlusion cancels, the CSV has the map’s size, the sanity check runs', async ({
  page,
  watch,
}) => {
  await openView(page);
  await expect(page.getByTestId('attribution-random')).toBeVisible();
  // Grad-CAM first (the default): conv5 after ReLU, 13×13, for the top class.
  await drawn(page, 'gradcam', '13x13');
  await expect(page.getByTestId('attribution-explaining')).toContainText('class');
  await expect(page.getByTestId('attribution-channel-link').first()).toBeVisible();
  const rows = await csvRows(page);
  expect(rows).toHaveLength(13);
  for (const r of rows) {
    expect(r).toHaveLength(13);
    expect(r.every((v) => Number.isFinite(v) && v >= 0)).toBe(true);
  }

  // The tabs are ARIA tabs: the arrow keys move between them.
  await page.getByTestId('attribution-tab-gradcam').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('attribution-tab-saliency')).toBeFocused();
  await expect(page.getByTestId('attribution-tab-saliency')).toHaveAttribute('aria-selected', 'true');
  await drawn(page, 'saliency', '227x227');

  // Occlusion: a fine grid runs long enough to be cancelled mid-way; the map so far stays.
  await tab(page, 'occlusion');
  await page.getByTestId('attribution-stride').selectOption('4');
  await expect(page.getByTestId('attribution-progress')).toBeVisible({ timeout: 300_000 });
  await page.getByTestId('attribution-cancel').click();
  await expect(status(page)).toHaveAttribute('data-status', 'cancelled');
  await expect(map(page)).toHaveAttribute('data-final', 'false');
  // Then the default 7×7 grid to the end.
  await page.getByTestId('attribution-stride').selectOption('28');
  await expect(page.getByTestId('attribution-grid')).toContainText('7×7');
  await drawn(page, 'occlusion', '7x7');
  expect((await csvRows(page)).map((r) => r.length)).toEqual([7, 7, 7, 7, 7, 7, 7]);

  for (const method of ['deconvnet', 'guided']) {
    await tab(page, method);
    await drawn(page, method, '227x227');
    await expect(page.getByTestId('attribution-projection-image')).toBeVisible();
    await expect(page.getByTestId('attribution-projection')).toContainText('relu5');
  }

  // The sanity check of Grad-CAM: one map per weighted layer, each with its rank correlation.
  await tab(page, 'gradcam');
  await drawn(page, 'gradcam', '13x13');
  await page.getByTestId('attribution-sanity-run').click();
  await expect(page.getByTestId('attribution-sanity-verdict')).toBeVisible({ timeout: 300_000 });
  await expect(page.getByTestId('attribution-sanity-step')).toHaveCount(9);
  await expect(page.getByTestId('attribution-sanity')).toContainText('ρ = ');
  expect(watch.errors).toEqual([]);
});

test('a long occlusion lets the forward of a newly chosen photo through, then gives way to its maps', async ({
  page,
}) => {
  await recordEngine(page);
  await openView(page);
  await drawn(page, 'gradcam', '13x13');
  await tab(page, 'occlusion');
  await page.getByTestId('attribution-stride').selectOption('4'); // 1,849 positions: minutes of work
  await expect(page.getByTestId('attribution-progress')).toBeVisible({ timeout: 300_000 });
  const types = () =>
    page.evaluate(() => (globalThis as unknown as { __engineRec: { types: string[] } }).__engineRec.types);
  const before = (await types()).length;
  const forwards = await engineCount(page, 'forwarded');
  await page.getByTestId('image-change').click();
  await page.getByTestId('sample-coffee').click();
  // The photo's forward is answered while the occlusion is still running (at its next step) …
  await expect.poll(() => engineCount(page, 'forwarded'), { timeout: 300_000 }).toBeGreaterThan(forwards);
  // … and only then is the occlusion stopped, unfinished, for the new photo's map.
  await expect.poll(async () => (await types()).slice(before).includes('superseded'), { timeout: 300_000 }).toBe(true);
  const after = (await types()).slice(before);
  expect(after.indexOf('forwarded')).toBeLessThan(after.indexOf('superseded'));
  expect(after.slice(0, after.indexOf('superseded'))).not.toContain('attributed');
  await expect(page.getByTestId('attribution-progress')).toBeVisible({ timeout: 300_000 });
});

test.describe('imported weights', () => {
  test.beforeAll(() => ensureFixtures());

  test('the torchvision fixture: the methods draw, and Grad-CAM’s CSV is PyTorch’s on the app’s input', async ({
    page,
  }) => {
    await recordEngine(page);
    await openView(page);
    await page.getByTestId('weights-file').setInputFiles(fixture('alexnet-zip.pth'));
    // The header names the imported network and its trained weights; the view stays where it was.
    await expect(page.getByTestId('weights-state')).toHaveAttribute('data-weights', 'trained', { timeout: 300_000 });
    await expect(page.getByTestId('network-chooser').locator('option:checked')).toContainText('alexnet-zip.pth');
    await expect(page.getByRole('heading', { level: 2, name: 'What the network looks at' })).toBeVisible();
    await expect(page.getByTestId('attribution-random')).toHaveCount(0);
    await drawn(page, 'gradcam', '13x13');
    const cam = (await csvRows(page)).flat();
    const input = (await lastActivations(page, ['input'])).get('input');
    expect(input?.shape).toEqual([224, 224, 3]);
    if (!input) return;
    const ref = torchAttributions(fixture('alexnet-zip.pth'), input);
    expect(relError(Float32Array.from(cam), ref.gradcam)).toBeLessThanOrEqual(1e-3);
    await tab(page, 'saliency');
    await drawn(page, 'saliency', '224x224');
    await tab(page, 'occlusion');
    await drawn(page, 'occlusion', '7x7');
    await tab(page, 'deconvnet');
    await drawn(page, 'deconvnet', '224x224');
    await expect(page.getByTestId('attribution-projection-image')).toBeVisible();
  });
});

for (const lang of ['en', 'zh'] as const) {
  test(`axe: the attribution view in ${lang}`, async ({ page }) => {
    await openView(page, lang);
    await drawn(page, 'gradcam', '13x13');
    const results = await new AxeBuilder({ page })
      .include('[data-testid="attribution-view"]')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
      .analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id} (${v.impact}): ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(', ')}`,
      );
    expect(serious).toEqual([]);
  });
}
