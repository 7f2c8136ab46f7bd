/**
 * No formula is ever clipped (issue 13): every KaTeX block on every step of every variant, at
 * a phone's, a laptop's and a large screen's width, fits its box (no sideways scrolling, no
 * hidden part) and lies inside the page. Presentation mode's large type too.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const variants = ['seed', 'paper', 'torchvision', 'zfnet'] as const;
const widths = [390, 1366, 1920] as const;

/** Every KaTeX block on the page that does not fit; [] when all fit. Also counts them. */
function misfits(page: Page) {
  return page.evaluate(() => {
    const bad: string[] = [];
    const blocks = [...document.querySelectorAll('.katex')].filter((k) => !k.parentElement?.closest('.katex'));
    const pageWidth = document.documentElement.clientWidth;
    for (const k of blocks) {
      const box = k.closest('.formula') ?? k.parentElement;
      if (!(box instanceof HTMLElement) || box.getClientRects().length === 0) continue;
      const r = k.getBoundingClientRect();
      const text = box.getAttribute('data-text') ?? k.textContent ?? '';
      if (box.classList.contains('formula-display') && box.scrollWidth > box.clientWidth)
        bad.push(`${text}: scrollWidth ${box.scrollWidth} > clientWidth ${box.clientWidth}`);
      if (box.classList.contains('formula-display') && box.scrollHeight > box.clientHeight + 1)
        bad.push(`${text}: scrollHeight ${box.scrollHeight} > clientHeight ${box.clientHeight}`);
      if (r.left < -0.5 || r.right > pageWidth + 0.5) bad.push(`${text}: outside the page (${r.left}–${r.right})`);
      // Nothing of it hidden by an ancestor that clips (the step panel, a spotlight).
      for (let a = box.parentElement; a; a = a.parentElement) {
        const s = getComputedStyle(a);
        if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
        const ar = a.getBoundingClientRect();
        if (r.left < ar.left - 0.5 || r.right > ar.right + 0.5) bad.push(`${text}: clipped by ${a.className}`);
        break;
      }
    }
    return { count: blocks.length, bad };
  });
}

for (const width of widths) {
  for (const variant of variants) {
    test(`${variant} at ${width} px: every formula on every step fits`, async ({ page }) => {
      // 27 steps (the pipeline's four among them) while the engine builds in the background:
      // slow on a shared 2-core machine.
      test.setTimeout(360_000);
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`/#variant=${variant}&layer=pipeline-data`);
      const position = page.getByTestId('step-position');
      await expect(position).toContainText('Step 1 of');
      const total = Number((await position.textContent())?.match(/of (\d+)/)?.[1] ?? 0);
      expect(total).toBeGreaterThan(20);
      let seen = 0;
      for (let step = 1; step <= total; step += 1) {
        if (step > 1) {
          await page.getByTestId('step-next').click();
          await expect(position).toContainText(`Step ${step} of ${total}`);
        }
        // Open every collapsed section: its formulas must fit once seen.
        // Fitting follows the opening and the fonts it brings, so poll for a moment.
        await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
        await expect
          .poll(async () => (await misfits(page)).bad, { message: `step ${step}`, timeout: 5000 })
          .toEqual([]);
        seen += (await misfits(page)).count;
      }
      // The seed walk shows 24 (size, parameters, MACs of the weighted and pooling layers) and the
      // pipeline's (its 2048, the learning rate, the PCA jitter, the SGD update): a
      // selector that matched nothing would pass vacuously.
      expect(seen).toBeGreaterThanOrEqual(20);
    });
  }
}

test('presentation mode: the large formulas fit too', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/#variant=seed&layer=conv1&mode=present');
  await expect(page.locator('html')).toHaveClass(/present/);
  for (const id of ['conv1', 'pool1', 'conv2', 'fc6']) {
    await page.evaluate((layer) => (window.location.hash = `#variant=seed&layer=${layer}&mode=present`), id);
    await expect(page.getByTestId('step-title')).toContainText(id);
    // KaTeX loads after the first paint; until then a formula is its plain text.
    await expect(page.locator('.katex').first()).toBeVisible();
    const { count, bad } = await misfits(page);
    expect(count, id).toBeGreaterThan(0);
    expect(bad, id).toEqual([]);
  }
});
