/**
 * "PNG image (for slides)": the current step as one 16:9 slide of 1920×1080, in English and
 * Chinese, with the step's picture in it (not a blank sheet) and its text drawn in a loaded font.
 */
import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const bytesOf = async (download: Download) => readFile(await download.path());

/** Statistics of the downloaded PNG, decoded in the page: size, and ink in each band. */
async function pngStats(page: Page, png: Buffer) {
  return page.evaluate(async (base64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${base64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.naturalWidth;
    c.height = img.naturalHeight;
    const ctx = c.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.drawImage(img, 0, 0);
    /** Luminance variance and the share of non-white pixels in a band of rows. */
    const band = (top: number, bottom: number) => {
      const d = ctx.getImageData(0, top, c.width, bottom - top).data;
      let sum = 0;
      let sq = 0;
      let ink = 0;
      const colours = new Set<number>();
      for (let i = 0; i < d.length; i += 4) {
        const r = d[i] ?? 0;
        const g = d[i + 1] ?? 0;
        const b = d[i + 2] ?? 0;
        const y = 0.299 * r + 0.587 * g + 0.114 * b;
        sum += y;
        sq += y * y;
        if (y < 240) ink++;
        if (colours.size < 5000) colours.add((r << 16) | (g << 8) | b);
      }
      const n = d.length / 4;
      return { variance: sq / n - (sum / n) ** 2, ink: ink / n, colours: colours.size };
    };
    return { width: c.width, height: c.height, title: band(40, 230), picture: band(500, 990) };
  }, png.toString('base64'));
}

async function exportPng(page: Page, file: string) {
  await page.getByTestId('export-menu').locator('summary').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
  expect(download.suggestedFilename()).toBe(file);
  const png = await bytesOf(download);
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  return png;
}

for (const lang of ['en', 'zh'] as const) {
  test(`the PNG export is a 1920×1080 slide of conv1 with its maps and filters (${lang})`, async ({ page }) => {
    test.setTimeout(150_000);
    await page.goto(`/#variant=seed&layer=conv1&lang=${lang}`);
    await expect(page.getByTestId('feature-map-grid').locator('canvas').first()).toBeVisible({ timeout: 90_000 });
    await expect(page.getByTestId('filter-grid').locator('canvas').first()).toBeVisible({ timeout: 30_000 });
    const png = await exportPng(page, 'alexnet-single-tower-227-conv1.png');
    // The IHDR chunk: width and height, big-endian, at bytes 16 and 20.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1920, 1080]);
    const stats = await pngStats(page, png);
    expect([stats.width, stats.height]).toEqual([1920, 1080]);
    // The maps and filters: many colours and real contrast, not a white or flat sheet.
    expect(stats.picture.ink).toBeGreaterThan(0.3);
    expect(stats.picture.variance).toBeGreaterThan(200);
    expect(stats.picture.colours).toBeGreaterThan(500);
    // The title, kind and badge are drawn.
    expect(stats.title.ink).toBeGreaterThan(0.01);
    if (lang === 'zh') {
      // The Chinese text was drawn with the app's CJK subset, loaded before drawing (no empty boxes).
      const loaded = await page.evaluate(() =>
        [...document.fonts].some((f) => f.family.includes('AlexNet Noto Sans SC') && f.status === 'loaded'),
      );
      expect(loaded).toBe(true);
      await expect(page.getByTestId('export-status')).toHaveText('已保存 alexnet-single-tower-227-conv1.png。');
    } else {
      await expect(page.getByTestId('export-status')).toHaveText('Saved alexnet-single-tower-227-conv1.png.');
    }
  });
}

test('a step without maps exports the network diagram as its picture', async ({ page }) => {
  await page.goto('/#variant=seed&layer=fc6');
  await expect(page.getByTestId('step-position')).toContainText('27');
  const png = await exportPng(page, 'alexnet-single-tower-227-fc6.png');
  const stats = await pngStats(page, png);
  expect([stats.width, stats.height]).toEqual([1920, 1080]);
  expect(stats.picture.ink).toBeGreaterThan(0.02);
  expect(stats.picture.variance).toBeGreaterThan(50);
});

test('a pipeline step exports its slide: title, key numbers and the network diagram', async ({ page }) => {
  await page.goto('/#variant=seed&layer=pipeline-training');
  await expect(page.getByTestId('step-title')).toHaveText('Training before the input');
  const png = await exportPng(page, 'alexnet-single-tower-227-pipeline-training.png');
  const stats = await pngStats(page, png);
  expect([stats.width, stats.height]).toEqual([1920, 1080]);
  expect(stats.title.ink).toBeGreaterThan(0.01);
  // The third row of numbers (the SGD update) and the diagram under it.
  expect(stats.picture.ink).toBeGreaterThan(0.02);
  expect(stats.picture.variance).toBeGreaterThan(50);
});
