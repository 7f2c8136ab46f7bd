/**
 * The slides that finish the story (issue 19), in the browser: the input slide shows the photo
 * and its preprocessing, fc6 its activation strip, fc8 and the softmax the top five with the
 * random-weights warning; no slide text is under 28 px at 1920×1080 or 19 px at 1280×720; the
 * diagram keeps one height; presentation mode exports the slide and the table; quiz mode shows
 * no answer to the step it asks until the student has answered.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Every piece of text on the slide set under `floor` px on screen (SVG text at its drawn scale). */
async function textUnder(page: Page, floor: number): Promise<string[]> {
  return page.evaluate((floor) => {
    const slide = document.querySelector('[data-testid="slide"]');
    if (!slide) return ['no slide'];
    const small: string[] = [];
    const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent ?? '').replace(/[\s\u200b]/g, '');
      const el = node.parentElement;
      // KaTeX's MathML copy is for screen readers, drawn nowhere.
      if (!text || !el || el.closest('.katex-mathml')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      let px = parseFloat(getComputedStyle(el).fontSize);
      if (el instanceof SVGGraphicsElement) px *= el.getScreenCTM()?.a ?? 1;
      if (px < floor) small.push(`"${text.slice(0, 40)}" at ${px.toFixed(1)} px`);
    }
    return small;
  }, floor);
}

/** Distinct colours in a canvas: a painted picture has many, a blank one one. */
async function coloursOf(page: Page, selector: string): Promise<number> {
  return page.locator(selector).evaluate((canvas) => {
    if (!(canvas instanceof HTMLCanvasElement) || canvas.width === 0) return 0;
    const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? [];
    const colours = new Set<number>();
    for (let i = 0; i < data.length && colours.size < 1000; i += 4)
      colours.add(((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0));
    return colours.size;
  });
}

/** The slide and its bar fit the window: nothing scrolls, the bar covers nothing. */
async function fits(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const slide = document.querySelector('[data-testid="slide"]');
    const bar = document.querySelector('[data-testid="slide-bar"]');
    const root = document.scrollingElement;
    if (!slide || !bar || !root) return false;
    return (
      root.scrollHeight <= window.innerHeight + 1 &&
      slide.scrollHeight <= slide.clientHeight + 1 &&
      slide.getBoundingClientRect().bottom <= bar.getBoundingClientRect().top + 1
    );
  });
}

/** The top five on the slide: five classes, probabilities falling, and the random warning. */
async function expectTopFive(page: Page) {
  const top = page.getByTestId('slide').getByTestId('slide-top');
  await expect(top).toBeVisible({ timeout: 90_000 });
  const rows = top.getByTestId('slide-top-class');
  await expect(rows).toHaveCount(5);
  const values = await rows.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-top-value'))));
  expect(values.every((v, i) => v > 0 && v <= 1 && (i === 0 || v <= (values[i - 1] ?? 1)))).toBe(true);
  await expect(rows.first()).toContainText(/\d+(\.\d+)?%/);
  // The seed's weights are random: the slide says the prediction means nothing.
  await expect(top.getByTestId('slide-top-random')).toHaveText('Random weights: these predictions mean nothing.');
  await expect(page.getByTestId('slide-badge')).toHaveText('Random weights (seed 42), not trained');
}

for (const [width, height, floor] of [
  [1920, 1080, 28],
  [1280, 720, 19],
] as const) {
  test.describe(`story slides at ${width}×${height}`, () => {
    test.use({ viewport: { width, height } });

    test(`the input slide shows the photo and its preprocessing, no text under ${floor} px`, async ({ page }) => {
      await page.goto('/#variant=seed&layer=input&mode=present');
      await expect(page.getByTestId('slide-title')).toHaveText('input');
      const pre = page.getByTestId('slide-preprocess');
      await expect(pre.getByTestId('slide-photo')).toBeVisible({ timeout: 60_000 });
      await expect.poll(() => coloursOf(page, '[data-testid="slide-photo"]')).toBeGreaterThan(500);
      await expect(pre.locator('canvas[data-png="crop"]')).toBeVisible();
      await expect(pre.locator('canvas[data-png="channel"]')).toHaveCount(3);
      await expect(pre).toContainText('Resize and centre crop');
      // The photo is a picture of some size, not a sliver.
      const box = await pre.getByTestId('slide-photo').boundingBox();
      expect(box?.height ?? 0).toBeGreaterThan(height * 0.3);
      expect(await textUnder(page, floor)).toEqual([]);
      expect(await fits(page)).toBe(true);
    });

    test(`the fc6 slide shows its activation strip, no text under ${floor} px`, async ({ page }) => {
      await page.goto('/#variant=seed&layer=fc6&mode=present');
      await expect(page.getByTestId('slide-title')).toContainText('fc6');
      const strip = page.getByTestId('slide-strip');
      await expect(strip).toBeVisible({ timeout: 90_000 });
      await expect(strip).toContainText('The 4,096 values of fc6, as a 64×64 block');
      await expect.poll(() => coloursOf(page, '[data-testid="slide-strip"] canvas')).toBeGreaterThan(20);
      // fc6 does not feed the softmax: no top five beside it.
      await expect(page.getByTestId('slide-top')).toHaveCount(0);
      expect(await textUnder(page, floor)).toEqual([]);
      expect(await fits(page)).toBe(true);
    });

    test(`the fc8 slide shows its strip and the top five, no text under ${floor} px`, async ({ page }) => {
      await page.goto('/#variant=seed&layer=fc8&mode=present');
      await expect(page.getByTestId('slide-title')).toContainText('fc8');
      await expect(page.getByTestId('slide-strip')).toBeVisible({ timeout: 90_000 });
      await expectTopFive(page);
      expect(await textUnder(page, floor)).toEqual([]);
      expect(await fits(page)).toBe(true);
    });

    test(`the softmax and results slides show the top five, no text under ${floor} px`, async ({ page }) => {
      await page.goto('/#variant=seed&layer=softmax&mode=present');
      // Its kind would only repeat the title: "softmax", not "softmax softmax".
      await expect(page.getByTestId('slide-title')).toHaveText('softmax');
      await expectTopFive(page);
      // Beside it, where the network looked for its top class: Grad-CAM over the crop it saw.
      await expect(page.getByTestId('slide-gradcam').locator('canvas')).toBeVisible({ timeout: 180_000 });
      await expect(page.getByTestId('slide-gradcam')).toContainText('conv5');
      expect(await textUnder(page, floor)).toEqual([]);
      expect(await fits(page)).toBe(true);

      await page.keyboard.press('PageDown');
      await expect(page.getByTestId('slide-title')).toHaveText('Results after the output');
      await expectTopFive(page);
      expect(await textUnder(page, floor)).toEqual([]);
      expect(await fits(page)).toBe(true);
    });

    test('the network diagram keeps one height from slide to slide', async ({ page }) => {
      await page.goto('/#variant=seed&layer=pipeline-data&mode=present');
      const heights: number[] = [];
      for (const title of ['Data before the input', 'Augmentation before the input', 'Training before the input']) {
        await expect(page.getByTestId('slide-title')).toHaveText(title);
        const diagram = page.getByTestId('slide').getByTestId('network-diagram');
        await expect(diagram).toBeVisible();
        heights.push((await diagram.boundingBox())?.height ?? 0);
        expect(await textUnder(page, floor)).toEqual([]);
        await page.keyboard.press('PageDown');
      }
      expect(heights[0] ?? 0).toBeGreaterThan(height * 0.2);
      for (const h of heights) expect(Math.abs(h - (heights[0] ?? 0))).toBeLessThanOrEqual(1);
    });
  });
}

test.describe('exports from presentation mode', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('E opens the menu: the slide as a PNG with its maps; the button gives the table', async ({ page }) => {
    test.setTimeout(150_000);
    await page.goto('/#variant=seed&layer=pool1&mode=present');
    await expect(page.getByTestId('slide-feature-maps')).toBeVisible({ timeout: 90_000 });
    await page.keyboard.press('e');
    const menu = page.getByTestId('slide-export-menu');
    await expect(menu).toBeVisible();
    await expect(page.getByTestId('slide-export-png')).toBeFocused();
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByTestId('slide-export-png').click()]);
    expect(png.suggestedFilename()).toBe('alexnet-single-tower-227-pool1.png');
    await expect(menu).toHaveCount(0);
    await expect(page.getByTestId('slide-export-status')).toHaveText('Saved alexnet-single-tower-227-pool1.png.');
    const bytes = await readFile(await png.path());
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1920, 1080]);
    // Under the numbers, the slide's 96 maps: many colours, not an empty sheet.
    const picture = await page.evaluate(async (base64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${base64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.naturalWidth;
      c.height = img.naturalHeight;
      const ctx = c.getContext('2d');
      if (!ctx) return { ink: 0, colours: 0 };
      ctx.drawImage(img, 0, 0);
      const d = ctx.getImageData(0, 420, c.width, 560).data;
      let ink = 0;
      const colours = new Set<number>();
      for (let i = 0; i < d.length; i += 4) {
        const r = d[i] ?? 0;
        const g = d[i + 1] ?? 0;
        const b = d[i + 2] ?? 0;
        if (0.299 * r + 0.587 * g + 0.114 * b < 240) ink++;
        if (colours.size < 2000) colours.add((r << 16) | (g << 8) | b);
      }
      return { ink: ink / (d.length / 4), colours: colours.size };
    }, bytes.toString('base64'));
    expect(picture.ink).toBeGreaterThan(0.1);
    expect(picture.colours).toBeGreaterThan(200);

    // The bar's button opens the same menu; the table comes as CSV.
    await page.getByTestId('slide-export').click();
    await expect(menu).toBeVisible();
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('slide-export-csv').click()]);
    expect(csv.suggestedFilename()).toBe('alexnet-single-tower-227-layers.csv');
    expect((await readFile(await csv.path())).toString('utf8')).toContain('pool1,maxpool,27×27×96,');
    // Escape closes the menu and leaves the presentation running.
    await page.keyboard.press('e');
    await expect(menu).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(menu).toHaveCount(0);
    await expect(page).toHaveURL(/mode=present/);
    await expect(page.getByTestId('slide')).toBeVisible();
  });
});

/** What the page shows a student: its visible text, the labels read out for it, SVG text. */
async function visibleWords(page: Page): Promise<string> {
  return page.evaluate(() => {
    const labels = [...document.querySelectorAll('[aria-label], [title], [alt]')]
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => [el.getAttribute('aria-label'), el.getAttribute('title'), el.getAttribute('alt')].join(' '));
    const svgText = [...document.querySelectorAll('svg text, svg title')]
      .filter((el) => el.closest('svg')?.getClientRects().length)
      .map((el) => el.textContent ?? '');
    return [document.body.innerText, ...labels, ...svgText].join('\n');
  });
}

const answer = async (page: Page, kind: string, text: string) => {
  const form = page.getByTestId(`quiz-${kind}`);
  await form.getByTestId('quiz-input').fill(text);
  await form.getByTestId('quiz-input').press('Enter');
  await expect(form.getByTestId('quiz-verdict')).toContainText(/Right|Not quite/);
};

for (const { layer, answers, hidden, after } of [
  {
    layer: 'pool1',
    answers: { maps: '96', size: '27', params: '0' },
    hidden: ['27×27×96', '96 feature maps', '(55 − 3)/2 + 1'],
    after: ['27×27×96', '96 feature maps'],
  },
  {
    // conv2's givens name its input (27×27×96) and its 256 kernels; its answers are the output,
    // the kernels' depth and the parameters.
    layer: 'conv2',
    answers: { maps: '256', size: '27', depth: '96', params: '614,656' },
    hidden: ['27×27×256', '256 feature maps', '5×5×96', '614,656', '(27 − 5 + 2·2)/1 + 1'],
    after: ['27×27×256', '256 feature maps'],
  },
]) {
  test(`quiz mode at ${layer} shows no answer until the student answers`, async ({ page }) => {
    test.setTimeout(150_000);
    await page.goto(`/#variant=seed&layer=${layer}&mode=quiz`);
    await expect(page.getByTestId('quiz-panel').getByRole('heading')).toHaveText(`Quiz: ${layer}`);
    await expect(page.getByTestId('quiz-concealed')).toBeVisible();
    await expect(page.getByTestId('network-diagram')).toHaveAttribute('data-shapes-hidden', 'true');
    // The engine has run (the page would show maps now), and the table is not on the page.
    await expect(page.getByTestId('engine-status')).toHaveAttribute('data-status', 'ready', { timeout: 90_000 });
    await expect(page.locator('.layer-table')).toHaveCount(0);
    const before = await visibleWords(page);
    for (const word of hidden) expect(before, word).not.toContain(word);

    for (const [kind, text] of Object.entries(answers)) await answer(page, kind, text);
    await expect(page.getByTestId('quiz-concealed')).toHaveCount(0);
    // The step's text and maps come back, with the answers in them.
    await expect(page.getByTestId('feature-map-grid')).toBeVisible({ timeout: 90_000 });
    for (const word of after) await expect.poll(() => visibleWords(page), { message: word }).toContain(word);
    // The diagram names the answered block's shape, and only that one (the others are questions ahead).
    const shapes = page.getByTestId('network-diagram').locator('.nd-shape');
    await expect(shapes).toHaveCount(1);
    await expect(shapes).toHaveText(after[0] ?? '');
  });
}
