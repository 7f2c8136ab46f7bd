/**
 * Chinese on any computer, with or without a Chinese system font: the page brings its own
 * subset (public/fonts), puts it first in the #lang=zh font stack (src/fonts.css says why), so
 * the Chinese is drawn with it whatever the system has, and draws real glyphs with it, not the
 * empty boxes ("tofu") of a missing font. The English page never loads it.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const face = 'AlexNet Noto Sans SC';

/** Status of the shipped face in document.fonts: 'unloaded' until a character needs it. */
const faceStatus = (page: Page) =>
  page.evaluate(
    (name) =>
      [...document.fonts]
        .filter((f) => f.family.replace(/["']/g, '') === name)
        .map((f) => f.status)
        .join(),
    face,
  );

test('#lang=zh renders with the shipped font, and its glyphs are real', async ({ page }) => {
  await page.goto('/#variant=seed&lang=zh');
  await expect(page.locator('h1')).toHaveText(/[\u4e00-\u9fff]/);
  // The app's own header, not index.html's frame, which React replaces (a replaced element has
  // no computed style).
  await expect(page.locator('.app-shell')).toHaveCount(0);
  // Loaded because the page's own text asked for it (the test never calls load()).
  await expect.poll(() => faceStatus(page)).toBe('loaded');
  const family = await page.locator('h1').evaluate((e) => getComputedStyle(e).fontFamily);
  expect(family).toContain(face);
  expect(await page.evaluate((name) => document.fonts.check(`16px "${name}"`, '网络'), face)).toBe(true);

  // Drawn in the page's font stack: two different characters give two different, inked
  // pictures. Tofu (a missing glyph) draws the same box for both.
  const drawn = await page.evaluate((stack) => {
    const draw = (ch: string) => {
      const c = document.createElement('canvas');
      c.width = 64;
      c.height = 64;
      const ctx = c.getContext('2d');
      if (!ctx) return new Uint8ClampedArray();
      ctx.font = `48px ${stack}`;
      ctx.fillText(ch, 8, 52);
      return ctx.getImageData(0, 0, 64, 64).data;
    };
    const [a, b] = [draw('网'), draw('络')];
    let ink = 0;
    let differ = 0;
    for (let i = 3; i < a.length; i += 4) {
      if ((a[i] ?? 0) > 128) ink += 1;
      if (Math.abs((a[i] ?? 0) - (b[i] ?? 0)) > 128) differ += 1;
    }
    return {
      ink,
      differ,
      width: (() => {
        const ctx = document.createElement('canvas').getContext('2d');
        if (!ctx) return 0;
        ctx.font = `48px ${stack}`;
        return ctx.measureText('网').width;
      })(),
    };
  }, family);
  expect(drawn.ink).toBeGreaterThan(150);
  expect(drawn.differ).toBeGreaterThan(100);
  // A CJK glyph is full width: 1 em (48 px) in Noto Sans CJK.
  expect(drawn.width).toBeCloseTo(48, 0);
});

test('the English page does not use the Chinese font', async ({ page }) => {
  await page.goto('/#variant=seed&lang=en');
  await expect(page.locator('h1')).toHaveText('AlexNet, layer by layer');
  await expect(page.getByTestId('step-title')).toBeVisible();
  expect(await faceStatus(page)).toBe('unloaded');
});
