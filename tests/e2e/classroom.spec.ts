/**
 * Classroom pieces (issue 5) in the production build: the offline service worker, quiz mode,
 * presentation mode and the spotlight, the share link, the exports and the print handout.
 * Everything is found by test id, so the tests hold wherever the lead mounts the pieces.
 */
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Download, Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Every test: no console errors, no request to another origin (checked by the fixture).
test.beforeEach(({ watch }) => {
  expect(watch.errors).toEqual([]);
});

const ready = async (page: Page, hash: string) => {
  await page.goto(`/${hash}`);
  // The walkthrough is up (the reference table is hidden in quiz mode: it would give answers away):
  // 23 layers and the 4 pipeline steps around them.
  await expect(page.getByTestId('step-position')).toContainText('27');
};
const bytesOf = async (download: Download) => readFile(await download.path());
const answer = async (page: Page, kind: string, text: string) => {
  const form = page.getByTestId(`quiz-${kind}`);
  await form.getByTestId('quiz-input').fill(text);
  await form.getByTestId('quiz-input').press('Enter');
  return form;
};

test('after the first visit the app loads and runs with no network', async ({ page, context }) => {
  await ready(page, '#variant=seed');
  // Wait until the worker has installed (precached every file) and controls this page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
    }
  });
  const names = await page.evaluate(() => caches.keys());
  expect(names.filter((n) => /^alexnet-[0-9a-f]{16}$/.test(n))).toHaveLength(1);

  await context.setOffline(true);
  const response = await page.reload();
  expect(response?.fromServiceWorker()).toBe(true);
  await expect(page.getByTestId('total-params')).toHaveText('62,378,344');
  await expect(page.getByTestId('params-conv1')).toHaveText('34,944');
  const sample = await page.evaluate(async () => {
    const r = await fetch('./samples/cat.jpg');
    const blob = await r.blob();
    return { ok: r.ok, type: blob.type, size: blob.size };
  });
  expect(sample).toMatchObject({ ok: true, type: 'image/jpeg' });
  expect(sample.size).toBeGreaterThan(10_000);
  // The app itself keeps working: switching the network offline recomputes the table.
  await page.getByTestId('network-chooser').selectOption('paper');
  await expect(page.getByTestId('total-params')).toHaveText('60,965,224');
  await context.setOffline(false);
});

test('quiz mode: first answers score, wrong ones show the working and the hint', async ({ page }) => {
  await ready(page, '#variant=seed&layer=conv1&mode=quiz');
  const panel = page.getByTestId('quiz-panel');
  await expect(panel.getByRole('heading')).toHaveText('Quiz: conv1');
  await expect(page.getByTestId('quiz-score')).toHaveText('Score: no answers yet');
  const input = page.getByTestId('quiz-params').getByTestId('quiz-input');
  await expect(input).toHaveAttribute('inputmode', 'numeric');
  await expect(page.getByTestId('quiz-params').getByTestId('quiz-verdict')).toHaveAttribute('aria-live', 'polite');

  const params = await answer(page, 'params', '34,944');
  await expect(params.getByTestId('quiz-verdict')).toHaveText('Right: 34,944.');
  await expect(params.getByTestId('quiz-working')).toHaveCount(0);

  const size = await answer(page, 'size', '54');
  await expect(size.getByTestId('quiz-verdict')).toHaveText(
    'Not quite: you wrote 54; the answer is 55. Here is the working.',
  );
  const working = size.getByTestId('quiz-working');
  await expect(working.locator('.katex')).toHaveCount(4);
  await expect(working.locator('[role="math"]').first()).toHaveAttribute('aria-label', '(227 − 11 + 2·0)/4 + 1');
  await expect(working).toContainText('Keep the /stride even when the stride is 1');
  // The student stays in the field to try again; the retry does not change the score.
  await expect(size.getByTestId('quiz-input')).toBeFocused();
  await expect(page.getByTestId('quiz-score')).toHaveText('Score: 1 right of 2 asked');
  await answer(page, 'size', '５５');
  await expect(size.getByTestId('quiz-verdict')).toHaveText('Right: 55.');
  await expect(page.getByTestId('quiz-score')).toHaveText('Score: 1 right of 2 asked');

  await answer(page, 'depth', 'three');
  await expect(page.getByTestId('quiz-depth').getByTestId('quiz-verdict')).toContainText('Type a single number');
  await expect(page.getByTestId('quiz-score')).toHaveText('Score: 1 right of 2 asked');

  // A layer with no questions points on; the score survives the step.
  await page.locator('.step-strip').getByRole('button', { name: 'relu1', exact: true }).click();
  await expect(page.getByTestId('quiz-none')).toContainText('The article asks nothing about relu1');
  await page.getByTestId('quiz-go-next').click();
  await expect(page).toHaveURL(/layer=pool1/);
  const pool = await answer(page, 'params', '0');
  await expect(pool.getByTestId('quiz-verdict')).toContainText('leaves nothing for training to adjust');
  await expect(page.getByTestId('quiz-score')).toHaveText('Score: 2 right of 3 asked');

  // The exports would give the answers away: the table and the step's slide wait for explore mode.
  await page.getByTestId('export-menu').locator('summary').click();
  await expect(page.getByTestId('export-quiz-note')).toContainText('hold the answers');
  await expect(page.getByTestId('export-csv')).toHaveCount(0);
  await expect(page.getByTestId('export-png')).toHaveCount(0);
  await expect(page.getByTestId('export-svg')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('q');
  await expect(page).not.toHaveURL(/mode=quiz/);
  await page.getByTestId('export-menu').locator('summary').click();
  await expect(page.getByTestId('export-csv')).toBeVisible();
  await expect(page.getByTestId('export-quiz-note')).toHaveCount(0);
});

test('quiz mode in Chinese, and the Q key', async ({ page }) => {
  await ready(page, '#variant=seed&layer=conv1&lang=zh');
  await expect(page.getByTestId('quiz-panel')).toHaveCount(0);
  await page.keyboard.press('q');
  await expect(page).toHaveURL(/mode=quiz/);
  await expect(page.getByTestId('quiz-panel').getByRole('heading')).toHaveText('测验：conv1');
  const params = await answer(page, 'params', '３４，９４４');
  await expect(params.getByTestId('quiz-verdict')).toHaveText('正确：34,944。');
  // Typing q into an answer field is text, not a shortcut.
  await page.getByTestId('quiz-maps').getByTestId('quiz-input').press('q');
  await expect(page).toHaveURL(/mode=quiz/);
  await page.getByTestId('quiz-panel').getByRole('heading').click(); // focus leaves the field
  await page.keyboard.press('q');
  await expect(page).not.toHaveURL(/mode=quiz/);
});

test.describe('on a 1920×1080 projector', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('P presents: large type, controls fade when the pointer rests, Escape leaves', async ({ page }) => {
    await ready(page, '#variant=seed&layer=conv2');
    await page.keyboard.press('p');
    await expect(page).toHaveURL(/mode=present/);
    await expect(page.locator('html')).toHaveClass(/\bpresent\b/);
    // The step is one slide now: its title is large, and the slim bar stays below it.
    const size = await page.getByTestId('slide-title').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(28);
    await expect(page.locator('html')).toHaveClass(/controls-hidden/, { timeout: 5000 });
    await page.mouse.move(300, 300);
    await page.mouse.move(320, 320);
    await expect(page.locator('html')).not.toHaveClass(/controls-hidden/);
    await page.keyboard.press('Escape');
    await expect(page).not.toHaveURL(/mode=present/);
    await expect(page.locator('html')).not.toHaveClass(/present/);
    expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
  });

  test('the spotlight fills the screen, Escape closes it and focus returns', async ({ page }) => {
    await ready(page, '#variant=seed&layer=conv2');
    const button = page.getByTestId('spotlight-button').first();
    const formula = page.getByTestId('spotlight').first().locator('.katex').first();
    const before = await formula.boundingBox();
    await page.mouse.move(10, 10);
    await button.click();
    const dialog = page.getByRole('dialog', { name: /^Enlarged: conv2/ });
    await expect(dialog).toBeVisible();
    await expect(button).toBeFocused();
    const after = await formula.boundingBox();
    expect(after?.width ?? 0).toBeGreaterThan(1920 * 0.8);
    expect(after?.width ?? 0).toBeGreaterThan(3 * (before?.width ?? 0));
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(button).toBeFocused();
  });
});

test('the share link: a local QR code of the view, without presentation mode', async ({ page, baseURL }) => {
  await ready(page, '#variant=seed&layer=conv2');
  const url = `${baseURL}/#variant=seed&layer=conv2`;
  await expect(page.getByTestId('share-url')).toHaveText(url);
  await expect(page.getByTestId('share-qr')).toHaveAttribute('aria-label', `QR code of the link ${url}`);
  expect((await page.getByTestId('share-qr').locator('path').getAttribute('d'))?.length).toBeGreaterThan(500);
  await page.getByTestId('share-copy').click();
  await expect(page.getByTestId('share-link')).toContainText(/Link copied|Could not copy/);
});

test('the layer table downloads as CSV, Markdown and LaTeX', async ({ page }) => {
  await ready(page, '#variant=seed');
  await page.getByTestId('export-menu').locator('summary').click();
  const save = async (kind: string) => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`export-${kind}`).click()]);
    return download;
  };
  const csv = await save('csv');
  expect(csv.suggestedFilename()).toBe('alexnet-single-tower-227-layers.csv');
  const csvText = (await bytesOf(csv)).toString('utf8');
  expect(csvText.startsWith('\uFEFFlayer,type,output')).toBe(true);
  expect(csvText).toContain('conv1,conv,55×55×96,');
  expect(csvText).toContain('total,,,,,62378344,');

  const md = await save('md');
  expect(md.suggestedFilename()).toBe('alexnet-single-tower-227-layers.md');
  expect((await bytesOf(md)).toString('utf8')).toContain('| **total** |  |  |  |  | **62,378,344** |');

  const tex = await save('tex');
  const texText = (await bytesOf(tex)).toString('utf8');
  expect(texText).toContain('\\toprule');
  expect(texText).toContain('62{,}378{,}344');
  await expect(page.getByTestId('export-status')).toHaveText('Saved alexnet-single-tower-227-layers.tex.');
});

test('the current view downloads as a standalone SVG (the PNG is a slide: slides-export.spec.ts)', async ({ page }) => {
  await ready(page, '#variant=seed&layer=fc8');
  const view = page.getByTestId('export-view');
  // A stand-in for the step's feature-map canvas: a red 60×40 canvas under the diagram.
  const boxes = await view.evaluate((el) => {
    const canvas = document.createElement('canvas');
    canvas.width = 6;
    canvas.height = 4;
    canvas.style.cssText = 'display:block;width:60px;height:40px';
    const ctx = canvas.getContext('2d');
    if (ctx) {
      ctx.fillStyle = '#ff0000';
      ctx.fillRect(0, 0, 6, 4);
    }
    el.append(canvas);
    const svg = el.querySelector('svg');
    const front = el.querySelector('.nd-role-conv .nd-front');
    const box = (e: Element | null) => {
      const r = e?.getBoundingClientRect();
      return { x: r?.x ?? 0, y: r?.y ?? 0, width: r?.width ?? 0, height: r?.height ?? 0 };
    };
    return { svg: box(svg), canvas: box(canvas), front: box(front), fill: front ? getComputedStyle(front).fill : '' };
  });
  const left = Math.min(boxes.svg.x, boxes.canvas.x) - 16;
  const top = Math.min(boxes.svg.y, boxes.canvas.y) - 16;
  await page.getByTestId('export-menu').locator('summary').click();

  const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-svg').click()]);
  expect(svgDownload.suggestedFilename()).toBe('alexnet-single-tower-227-fc8.svg');
  const svgText = (await bytesOf(svgDownload)).toString('utf8');
  expect(svgText.startsWith('<?xml')).toBe(true);
  expect(svgText).not.toMatch(/ class="/);
  expect(svgText).toContain(`fill:${boxes.fill}`);
  expect(svgText).toContain('<image ');

  // Drawn back: the red canvas and the conv block's CSS colour are where they were.
  const probe = {
    x: boxes.front.x + boxes.front.width * 0.3 - left,
    y: boxes.front.y + boxes.front.height * 0.85 - top,
  };
  const red = { x: boxes.canvas.x + 30 - left, y: boxes.canvas.y + 20 - top };
  const pixels = await page.evaluate(
    async ({ svg, probe, red }) => {
      const draw = async (src: string, scale: number) => {
        const img = new Image();
        img.src = src;
        await img.decode();
        const c = document.createElement('canvas');
        c.width = img.naturalWidth;
        c.height = img.naturalHeight;
        const ctx = c.getContext('2d');
        ctx?.drawImage(img, 0, 0);
        const at = (p: { x: number; y: number }) =>
          [...(ctx?.getImageData(Math.round(p.x * scale), Math.round(p.y * scale), 1, 1).data ?? [])].slice(0, 3);
        return { block: at(probe), red: at(red) };
      };
      return draw(`data:image/svg+xml;base64,${svg}`, 1);
    },
    { svg: Buffer.from(svgText).toString('base64'), probe, red },
  );
  const expected = (boxes.fill.match(/\d+/g) ?? []).map(Number);
  expect(pixels.red).toEqual([255, 0, 0]);
  pixels.block.forEach((v, i) => expect(Math.abs(v - (expected[i] ?? 0))).toBeLessThan(16));
});

test('the printed handout hides the controls and shows the whole table', async ({ page }) => {
  await ready(page, '#variant=seed&layer=conv1');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('export-menu')).toBeHidden();
  await expect(page.getByTestId('step-prev')).toBeHidden();
  await expect(page.getByRole('radio', { name: /paper/ })).toBeHidden();
  await expect(page.getByTestId('row-conv1').getByRole('button')).toBeVisible();
  expect(await page.locator('.table-scroll').evaluate((el) => getComputedStyle(el).overflowX)).toBe('visible');
  expect(await page.locator('body').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 255, 255)');
});

test('the quiz view passes axe (WCAG 2 A/AA), with a wrong answer showing', async ({ page }) => {
  await ready(page, '#variant=seed&layer=conv1&mode=quiz');
  await answer(page, 'params', '1');
  await page.getByTestId('export-menu').locator('summary').click();
  const results = await new AxeBuilder({ page }).include('main').withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
