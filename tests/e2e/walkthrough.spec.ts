import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// The seed variant, step by step: [layer id, output shape, learnable parameters], worked out by
// hand from the article's table (SEED-NOTES.md), e.g. conv1 (227 − 11)/4 + 1 = 55, (11·11·3 + 1)·96.
const seedSteps: readonly [string, string, string][] = [
  ['input', '227×227×3', '0'],
  ['conv1', '55×55×96', '34,944'],
  ['relu1', '55×55×96', '0'],
  ['pool1', '27×27×96', '0'],
  ['conv2', '27×27×256', '614,656'],
  ['relu2', '27×27×256', '0'],
  ['pool2', '13×13×256', '0'],
  ['conv3', '13×13×384', '885,120'],
  ['relu3', '13×13×384', '0'],
  ['conv4', '13×13×384', '1,327,488'],
  ['relu4', '13×13×384', '0'],
  ['conv5', '13×13×256', '884,992'],
  ['relu5', '13×13×256', '0'],
  ['pool5', '6×6×256', '0'],
  ['flatten', '9216', '0'],
  ['fc6', '4096', '37,752,832'],
  ['relu6', '4096', '0'],
  ['drop6', '4096', '0'],
  ['fc7', '4096', '16,781,312'],
  ['relu7', '4096', '0'],
  ['drop7', '4096', '0'],
  ['fc8', '1000', '4,097,000'],
  ['softmax', '1000', '0'],
];

/** Number of distinct colours on the feature-map canvas: a blank or flat canvas has 1 or 2. */
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

async function expectMapsDrawn(page: Page) {
  await expect.poll(() => gridColours(page), { timeout: 60_000 }).toBeGreaterThan(50);
}

// Three pipeline steps (data, augmentation, training) come before the input, one (results) after the output.
const before = 3;
const total = before + seedSteps.length + 1;

test('keyboard stepping through every layer of the seed variant shows the right numbers', async ({ page }) => {
  await page.goto('/#variant=seed');
  await expect(page.getByTestId('step-title')).toContainText('input');
  for (const [i, [id, shape, params]] of seedSteps.entries()) {
    await expect(page.getByTestId('step-title')).toContainText(id);
    await expect(page.getByTestId('step-output')).toHaveText(shape);
    await expect(page.getByTestId('step-params')).toHaveText(params);
    await expect(page.getByTestId('step-position')).toHaveText(`Step ${before + i + 1} of ${total}`);
    await expect(page).toHaveURL(new RegExp(id === 'input' ? '#variant=seed' : `layer=${id}`));
    await page.keyboard.press('ArrowRight');
  }
  // Past the output: the results.
  await expect(page.getByTestId('step-title')).toContainText('Results');
  // Clicker keys and jumps: Home and End reach the pipeline's ends.
  await page.keyboard.press('Home');
  await expect(page.getByTestId('step-title')).toContainText('Data');
  await page.keyboard.press('PageDown');
  await expect(page.getByTestId('step-title')).toContainText('Augmentation');
  await page.keyboard.press('End');
  await expect(page.getByTestId('step-title')).toContainText('Results');
  await page.keyboard.press('PageUp');
  await expect(page.getByTestId('step-title')).toContainText('softmax');
});

test('the pipeline steps: back from the input to training, forward to the results, and by link', async ({ page }) => {
  await page.goto('/#variant=seed&image=cat');
  await expect(page.getByTestId('step-position')).toHaveText(`Step 4 of ${total}`);
  // The opening screen is still the input step, with the overview under it.
  await expect(page.getByTestId('step-title')).toContainText('input');
  await expect(page.getByTestId('overview')).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('step-title')).toHaveText('Training before the input');
  await expect(page).toHaveURL(/layer=pipeline-training/);
  await expect(page.getByTestId('step-position')).toHaveText(`Step 3 of ${total}`);
  await expect(page.getByTestId('pipeline-number-batch')).toContainText('128');
  await expect(page.getByTestId('pipeline-training').locator('.katex').first()).toBeVisible();
  // No layer is current in the diagram or the strip; the strip marks the pipeline step.
  await expect(page.getByTestId('network-diagram').locator('[aria-current="step"]')).toHaveCount(0);
  await expect(page.locator('.step-strip [aria-current="step"]')).toHaveText('Training');
  // No layer pictures wait on a pipeline step.
  await expect(page.getByTestId('viz-wait')).toHaveCount(0);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('step-title')).toContainText('Data');
  await expect(page.getByTestId('step-prev')).toBeDisabled();
  await expect(page.getByTestId('pipeline-torchvision')).toContainText('0.229, 0.224, 0.225');
  // Forward through the input and every layer to the results.
  for (let i = 1; i < total; i++) await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('step-title')).toHaveText('Results after the output');
  await expect(page).toHaveURL(/layer=pipeline-results/);
  await expect(page.getByTestId('step-next')).toBeDisabled();
  // The strip has scrolled its last button, past the right edge at 1400 px, into sight.
  await expect(page.locator('.step-strip [aria-current="step"]')).toBeInViewport();

  // A link opens the results; the paper's counts are worked by hand in tests/content/pipeline.test.ts.
  await page.goto('/#variant=paper&layer=pipeline-results');
  await page.reload();
  await expect(page.getByTestId('step-title')).toHaveText('Results after the output');
  await expect(page.getByTestId('pipeline-number-ilsvrc2010')).toContainText('37.5 % / 17.0 %');
  await expect(page.getByTestId('pipeline-number-params')).toContainText('60,965,224');
  await expect(page.getByTestId('pipeline-counts')).toContainText('659,272');

  // A pipeline name without its prefix is no step: the note says so and the input opens.
  await page.goto('/#variant=seed&layer=results');
  await page.reload();
  await expect(page.getByTestId('step-title')).toContainText('input');
  await expect(page.getByText('The link asks for layer “results”')).toBeVisible();
});

test('#layer=conv1&image=cat draws non-blank feature maps, filters and the arithmetic', async ({ page }) => {
  await page.goto('/#variant=seed&layer=conv1&image=cat');
  await expectMapsDrawn(page);
  await expect(page.getByTestId('filter-grid')).toBeVisible();
  await expect(page.getByTestId('step-output')).toHaveText('55×55×96');
  // The size arithmetic is typeset (KaTeX) and readable as text.
  await expect(page.locator('[data-text="(227 − 11 + 2·0)/4 + 1 = 216/4 + 1 = 54 + 1 = 55"]')).toBeVisible();
});

test('#layer=conv5&image=coffee draws non-blank feature maps', async ({ page }) => {
  await page.goto('/#variant=seed&layer=conv5&image=coffee');
  await expectMapsDrawn(page);
  await expect(page.getByTestId('step-output')).toHaveText('13×13×256');
});

test('a refused file leaves the previous image and its feature maps on screen', async ({ page }) => {
  await page.goto('/#variant=seed&layer=conv1&image=cat');
  await expectMapsDrawn(page);
  const before = await gridColours(page);
  for (const bad of ['empty.png', 'text-renamed.png', 'vector.svg', 'corrupt.png']) {
    await page.getByTestId('image-file-input').setInputFiles(`tests/fixtures/images/${bad}`);
    await expect(page.getByRole('alert')).toBeVisible();
    await expect(page.getByTestId('current-image')).toContainText('Cat');
    expect(await gridColours(page)).toBe(before);
  }
});

test('clicking a block of the network diagram jumps to that layer', async ({ page }) => {
  await page.goto('/#variant=paper');
  await page
    .getByRole('button', { name: /^conv2\b/ })
    .first()
    .click();
  await expect(page).toHaveURL(/layer=conv2/);
  await expect(page.getByTestId('step-depth')).toHaveText('48');
  await expect(page.getByTestId('step-params')).toHaveText('307,456');
});

test('the Chinese UI renders the walkthrough', async ({ page }) => {
  await page.goto('/#variant=seed&layer=conv1&lang=zh');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('逐层看懂 AlexNet');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByTestId('step-position')).toHaveText('第 5 步，共 27 步');
  await expect(page.getByTestId('step-what')).toContainText('卷积核');
  await expectMapsDrawn(page);
});
