/**
 * Presentation mode as slides, the presenter window, quiz mode's hidden shapes, citations
 * and the pipeline steps, in the browser.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** What a lecturer would notice on the current slide: scrolling, clipping, tiny labels, overlap. */
async function slideProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const slide = document.querySelector<HTMLElement>('[data-testid="slide"]');
    const bar = document.querySelector<HTMLElement>('[data-testid="slide-bar"]');
    const title = document.querySelector('[data-testid="slide-title"]')?.textContent ?? '?';
    if (!slide || !bar) return [`${title}: no slide`];
    const page = document.scrollingElement;
    if (page && page.scrollHeight > window.innerHeight + 1) problems.push(`${title}: the page scrolls`);
    if (slide.scrollHeight > slide.clientHeight + 1)
      problems.push(`${title}: slide content ${slide.scrollHeight} px in ${slide.clientHeight} px`);
    if (slide.getBoundingClientRect().bottom > bar.getBoundingClientRect().top + 1)
      problems.push(`${title}: the bar covers the slide`);
    for (const f of slide.querySelectorAll<HTMLElement>('.formula')) {
      if (f.scrollWidth > f.clientWidth + 1)
        problems.push(`${title}: formula ${f.scrollWidth} px in ${f.clientWidth} px`);
      if (f.getBoundingClientRect().right > window.innerWidth) problems.push(`${title}: formula past the edge`);
    }
    for (const label of slide.querySelectorAll<SVGTextElement>('.nd-id, .nd-shape')) {
      if (getComputedStyle(label).display === 'none') continue;
      const scale = label.ownerSVGElement?.getScreenCTM()?.a ?? 1;
      const px = parseFloat(getComputedStyle(label).fontSize) * scale;
      if (px < 27.5) problems.push(`${title}: diagram label "${label.textContent}" at ${px.toFixed(1)} px`);
    }
    const picture = slide.querySelector('.slide-picture')?.getBoundingClientRect();
    for (const canvas of slide.querySelectorAll('.slide-maps canvas')) {
      const r = canvas.getBoundingClientRect();
      if (!picture || r.bottom > picture.bottom + 1 || r.right > picture.right + 1 || r.height < 100)
        problems.push(`${title}: maps ${Math.round(r.width)}×${Math.round(r.height)} px, not whole in the slide`);
    }
    const badge = slide.querySelector<HTMLElement>('[data-testid="slide-badge"]');
    if (badge && badge.getBoundingClientRect().height > 2 * parseFloat(getComputedStyle(badge).fontSize) + 8)
      problems.push(`${title}: the badge wraps`);
    return problems;
  });
}

for (const [width, height] of [
  [1280, 720],
  [1280, 800],
  [1920, 1080],
] as const) {
  test.describe(`slides at ${width}×${height}`, () => {
    test.use({ viewport: { width, height } });
    for (const variant of ['seed', 'paper']) {
      test(`every ${variant} slide fits: no scrolling, no clipped formula or maps, labels ≥ 28 px`, async ({
        page,
      }) => {
        test.setTimeout(180_000);
        // From the first step (the pipeline's data, before the input) to the last (its results).
        await page.goto(`/#variant=${variant}&layer=pipeline-data&mode=present`);
        const title = page.getByTestId('slide-title');
        await expect(title).toContainText('Data');
        const problems: string[] = [];
        const seen: string[] = [];
        // The first slide with maps waits for the engine; the activations come once, for all layers.
        let mapsSeen = false;
        for (let i = 0; i < 40; i++) {
          const id = (await title.textContent()) ?? '';
          seen.push(id);
          // Every step with feature maps (an h×w×c output, past the input) shows them; the
          // activations come once, for all layers.
          const output = (await page.getByTestId('slide-numbers').locator('strong').first().textContent()) ?? '';
          if (!id.startsWith('input') && /^\d+×\d+×\d+$/.test(output)) {
            await expect(page.getByTestId('slide-maps'), id).toBeVisible({ timeout: mapsSeen ? 5000 : 90_000 });
            mapsSeen = true;
          }
          // conv1's slide shows its filters beside its maps.
          if (id.startsWith('conv1')) await expect(page.getByTestId('slide-filters')).toBeVisible({ timeout: 30_000 });
          await expect
            .poll(async () => (await slideProblems(page)).length, { timeout: 3000 })
            .toBe(0)
            .catch(() => undefined);
          problems.push(...(await slideProblems(page)));
          if (await page.getByRole('button', { name: /Next/ }).last().isDisabled()) break;
          await page.keyboard.press('PageDown');
          await expect(title).not.toHaveText(id);
        }
        expect(seen.length).toBeGreaterThan(20);
        expect(seen.slice(0, 4)).toEqual([
          'Data before the input',
          'Augmentation before the input',
          'Training before the input',
          // The input's kind would only repeat its name: "input", not "input input".
          'input',
        ]);
        expect(seen.at(-2)).toContain('softmax');
        expect(seen.at(-1)).toBe('Results after the output');
        expect(problems).toEqual([]);
      });
    }
  });
}

test.describe('slide keys', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('L switches the language, R shows the QR code full screen, Escape closes only the QR', async ({ page }) => {
    await page.goto('/#variant=seed&layer=conv1&mode=present');
    await expect(page.getByTestId('slide-title')).toContainText('conv1');
    await expect.poll(() => slideProblems(page)).toEqual([]);
    await page.keyboard.press('l');
    await expect(page).toHaveURL(/lang=zh/);
    await expect(page.getByTestId('slide')).toContainText('输出尺寸');
    await page.keyboard.press('l');
    await expect(page).not.toHaveURL(/lang=zh/);
    await page.keyboard.press('r');
    const qr = page.getByTestId('qr-overlay').locator('svg');
    await expect(qr).toBeVisible();
    const box = await qr.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThan(800 * 0.7);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('qr-overlay')).toHaveCount(0);
    await expect(page).toHaveURL(/mode=present/);
  });
});

test('the presenter window steps the projector, follows it, and each survives the other closing', async ({
  context,
}) => {
  const projector = await context.newPage();
  await projector.goto('/#variant=seed&layer=conv1&mode=present');
  await expect(projector.getByTestId('slide-title')).toContainText('conv1');
  const presenter = await context.newPage();
  await presenter.goto('/?presenter#variant=seed&layer=conv1');
  await expect(presenter.getByTestId('presenter-current')).toHaveText('conv1');
  await expect(presenter.getByTestId('presenter-next-step')).toContainText('relu1');
  await expect(presenter.getByTestId('presenter-clock')).toBeVisible();

  await presenter.getByTestId('presenter-next').click();
  await expect(presenter.getByTestId('presenter-current')).toHaveText('relu1');
  await expect(projector.getByTestId('slide-title')).toContainText('relu1');
  await expect(projector).toHaveURL(/layer=relu1/);

  // Stepping the projector itself moves the presenter's notes along.
  await projector.keyboard.press('PageDown');
  await expect(projector.getByTestId('slide-title')).toContainText('pool1');
  await expect(presenter.getByTestId('presenter-current')).toHaveText('pool1');

  // Closing the presenter leaves the projector working.
  await presenter.close();
  await projector.keyboard.press('PageDown');
  await expect(projector.getByTestId('slide-title')).toContainText('conv2');

  // Closing the projector leaves a (new) presenter working.
  const second = await context.newPage();
  await second.goto('/?presenter#variant=seed&layer=conv2');
  await expect(second.getByTestId('presenter-current')).toHaveText('conv2');
  await projector.close();
  await second.getByTestId('presenter-next').click();
  await expect(second.getByTestId('presenter-current')).toHaveText('relu2');
});

test('quiz mode hides the diagram’s shapes; explore mode shows them', async ({ page }) => {
  await page.goto('/#variant=seed&layer=conv1&mode=quiz');
  const diagram = page.getByTestId('network-diagram');
  await expect(diagram).toHaveAttribute('data-shapes-hidden', 'true');
  await expect(diagram.locator('.nd-shape')).toHaveCount(0);
  const labels = await diagram
    .locator('[data-layer]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
  expect(labels.join(' ')).not.toContain('55×55×96');
  await page.goto('/#variant=seed&layer=conv1');
  await page.reload();
  await expect(page.getByTestId('network-diagram').locator('.nd-shape').first()).toBeVisible();
});

test('a citation opens the sources panel with the full reference', async ({ page }) => {
  await page.goto('/#variant=paper&layer=norm1');
  const cite = page.locator('.step-text .cite', { hasText: '§3.3' }).first();
  await cite.click();
  const panel = page.getByTestId('sources-panel');
  await expect(panel).toContainText('ImageNet Classification with Deep Convolutional Neural Networks');
  await expect(panel).toContainText('tf.nn.local_response_normalization');
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
});

test('the pipeline steps sit before the input and after the output, with the app’s counts', async ({ page }) => {
  await page.goto('/#variant=seed&layer=pipeline-augmentation');
  await expect(page.getByTestId('pipeline-pca')).toContainText('N(0, 0.1²)');
  await expect(page.getByTestId('pipeline-pca').locator('.katex').first()).toBeVisible();
  await expect(page.getByTestId('pipeline-number-crops')).toContainText('×2048');
  await page.goto('/#variant=seed&layer=pipeline-results');
  await page.reload();
  // 62,378,344 for the seed net; 60,965,224 and 659,272 for the paper's, worked by hand in tests/content.
  const counts = page.getByTestId('pipeline-counts');
  await expect(counts).toContainText('62,378,344');
  await expect(counts).toContainText('60,965,224');
  await expect(counts).toContainText('659,272');
  // In quiz mode a pipeline step asks nothing and leads on; its numbers stay (they answer no question).
  await page.goto('/#variant=seed&layer=pipeline-data&mode=quiz');
  await page.reload();
  await expect(page.getByTestId('quiz-none')).toContainText('this step has no questions');
  await expect(page.getByTestId('pipeline-number-images')).toContainText('1.2 million');
  // The input asks nothing either: the first layer with questions is conv1.
  await expect(page.getByTestId('quiz-go-next')).toHaveText('Go to conv1');
  await page.getByTestId('quiz-go-next').click();
  await expect(page).toHaveURL(/layer=conv1/);
  await expect(page.getByTestId('quiz-panel')).toContainText('Quiz: conv1');
});

test('the presenter window steps the projector into the pipeline and shows its notes', async ({ context }) => {
  const projector = await context.newPage();
  await projector.goto('/#variant=seed&layer=input&mode=present');
  await expect(projector.getByTestId('slide-title')).toContainText('input');
  const presenter = await context.newPage();
  await presenter.goto('/?presenter#variant=seed&layer=input');
  await expect(presenter.getByTestId('presenter-current')).toHaveText('input');
  await presenter.getByTestId('presenter-prev').click();
  await expect(presenter.getByTestId('presenter-current')).toHaveText('Training');
  await expect(presenter.getByTestId('presenter')).toContainText('momentum 0.9');
  await expect(presenter.getByTestId('presenter-next-step')).toContainText('input');
  await expect(projector.getByTestId('slide-title')).toHaveText('Training before the input');
  await expect(projector).toHaveURL(/layer=pipeline-training/);
  await expect(projector.getByTestId('slide-numbers')).toContainText('128');
  // From the last layer, on to the results.
  await projector.evaluate(() => (window.location.hash = '#variant=seed&layer=softmax&mode=present'));
  await expect(presenter.getByTestId('presenter-current')).toHaveText('softmax');
  await expect(presenter.getByTestId('presenter-next-step')).toContainText('Results');
  await presenter.getByTestId('presenter-next').click();
  await expect(projector.getByTestId('slide-title')).toHaveText('Results after the output');
  await expect(projector.getByTestId('slide-numbers')).toContainText('37.5 % / 17.0 %');
  await expect(presenter.getByTestId('presenter-next')).toBeDisabled();
});

test.describe('spotlight on a narrow screen', () => {
  test.use({ viewport: { width: 1280, height: 720 } });
  test('shows the whole formula, scaled to the screen', async ({ page }) => {
    await page.goto('/#variant=seed&layer=conv1');
    await page.getByTestId('spotlight-button').first().click();
    const formula = page.locator('[role="dialog"] .formula-display').first();
    await expect(formula).toBeVisible();
    const fit = await formula.evaluate((el) => ({
      sw: el.scrollWidth,
      cw: el.clientWidth,
      right: el.getBoundingClientRect().right,
    }));
    expect(fit.sw).toBeLessThanOrEqual(fit.cw + 1);
    expect(fit.right).toBeLessThanOrEqual(1280);
  });
});
