/**
 * Issue 9 in the browser: the whole-network overview, a click from it into the walkthrough,
 * the sliding-window animation, the worked numbers of the weightless layers, the size
 * playground, and axe on the new views.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const slow = { timeout: 120_000 };

/** Distinct colours in a vertical band of the overview canvas (x0 … x1 in CSS px of the canvas). */
async function coloursIn(page: Page, x0: number, x1: number): Promise<number> {
  return page.getByTestId('overview-canvas').evaluate(
    (el, [a, b]) => {
      const c = el as HTMLCanvasElement;
      const ctx = c.getContext('2d');
      const s = c.width / c.getBoundingClientRect().width;
      const x = Math.max(0, Math.round(a * s));
      const w = Math.max(1, Math.round((b - a) * s));
      const data = ctx?.getImageData(x, 0, w, c.height).data ?? new Uint8ClampedArray();
      const seen = new Set<number>();
      for (let i = 0; i < data.length; i += 4)
        if (data[i + 3]) seen.add(((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0));
      return seen.size;
    },
    [x0, x1] as const,
  );
}

test('the overview shows every layer’s column, each with a non-blank picture, for the cat', async ({ page }) => {
  await page.goto('/#variant=seed&view=overview&image=cat');
  const canvas = page.getByTestId('overview-canvas');
  await expect(canvas).toHaveAttribute('data-ready', 'true', slow);
  const ids = ['input', 'conv1', 'pool1', 'conv2', 'pool2', 'conv3', 'conv4', 'conv5', 'pool5', 'fc6', 'fc7', 'fc8'];
  const box = await canvas.boundingBox();
  if (!box) throw new Error('no canvas');
  for (const id of ids) {
    const head = page.getByTestId(`overview-col-${id}`);
    await expect(head).toBeVisible();
    const h = await head.boundingBox();
    if (!h) throw new Error(`no heading for ${id}`);
    // A column of real maps has many colours; an empty or constant one has one or two.
    expect(await coloursIn(page, h.x - box.x, h.x - box.x + h.width), id).toBeGreaterThan(20);
  }
  await expect(page.getByTestId('overview-col-conv1')).toContainText('55×55×96');
  await expect(page.getByTestId('overview-col-conv3')).toContainText(/top \d+ of 384/);
  await expect(page.getByTestId('overview-top').locator('li')).toHaveCount(5);
});

test('a click on a conv3 map opens conv3 in the walkthrough with that channel selected', async ({ page }) => {
  await page.goto('/#variant=seed&view=overview&image=cat');
  const canvas = page.getByTestId('overview-canvas');
  await expect(canvas).toHaveAttribute('data-ready', 'true', slow);
  const head = await page.getByTestId('overview-col-conv3').boundingBox();
  const box = await canvas.boundingBox();
  if (!head || !box) throw new Error('no layout');
  // Second row, right-hand map of the column (positions relative to the canvas, which scrolls).
  const at = { x: head.x - box.x + head.width / 2 + 12, y: 54 + 70 };
  await canvas.hover({ position: at });
  const status = page.getByTestId('overview-status');
  await expect(status).toContainText(/^conv3, channel \d+/);
  const channel = Number(/channel (\d+)/.exec((await status.textContent()) ?? '')?.[1]);
  await canvas.click({ position: at });
  await expect(page).toHaveURL(/layer=conv3/);
  await expect(page).not.toHaveURL(/view=overview/);
  await expect(page.getByTestId('step-title')).toContainText('conv3');
  await expect(page.getByTestId('channel-detail')).toContainText(`Channel ${channel} of conv3`, slow);
});

test('the overview is keyboard-operable: arrows pick a map, Enter opens it', async ({ page }) => {
  await page.goto('/#variant=paper&view=overview&image=cat');
  const canvas = page.getByTestId('overview-canvas');
  await expect(canvas).toHaveAttribute('data-ready', 'true', slow);
  await canvas.focus();
  await expect(page.getByTestId('overview-status')).toContainText(/^conv1, channel \d+/);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('overview-status')).toContainText(/^conv2, channel \d+/);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('step-title')).toContainText('conv2');
});

test('narrow screens scroll the overview sideways: headings stay whole, arrow keys bring a column into view', async ({
  page,
}) => {
  const canvas = page.getByTestId('overview-canvas');
  const clipped = () =>
    page.locator('.overview-head').evaluateAll((hs) =>
      // Each line (a centred flex item, as wide as its text) against its heading's box.
      hs
        .filter((h) => [...h.children].some((c) => c.getBoundingClientRect().width > h.clientWidth + 0.5))
        .map((h) => h.dataset.testid),
    );
  for (const [width, lang, shown] of [
    [1920, 'zh', /前 \d+ \/ 共 384/],
    [1024, 'en', /top \d+ of 384/],
    [1024, 'zh', /前 \d+ \/ 共 384/],
    [390, 'en', /top \d+ of 384/],
  ] as const) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`/#variant=seed&view=overview&image=cat&lang=${lang}`);
    await expect(canvas).toHaveAttribute('data-ready', 'true', slow);
    await expect(page.getByTestId('overview-col-conv3')).toContainText(shown);
    await expect.poll(clipped, `${width} px, ${lang}`).toEqual([]);
  }
  // On the phone: from conv1, the arrow keys walk right and the stage follows.
  const scroll = page.getByTestId('overview-scroll');
  expect(await scroll.evaluate((e) => e.scrollWidth > e.clientWidth)).toBe(true);
  await canvas.focus();
  await expect(page.getByTestId('overview-status')).toContainText(/^conv1, channel \d+/);
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('overview-status')).toContainText(/^conv5, channel \d+/);
  const head = await page.getByTestId('overview-col-conv5').boundingBox();
  const view = await scroll.boundingBox();
  if (!head || !view) throw new Error('no boxes');
  expect(head.x).toBeGreaterThanOrEqual(view.x);
  expect(head.x + head.width).toBeLessThanOrEqual(view.x + view.width);
});

test('the walkthrough opens on the overview, and stepping in leaves it', async ({ page }) => {
  await page.goto('/#variant=seed&image=cat');
  await expect(page.getByTestId('overview')).toBeVisible();
  await expect(page.getByTestId('walkthrough')).toBeVisible();
  await page.getByTestId('step-next').click();
  await expect(page.getByTestId('step-title')).toContainText('conv1');
  await expect(page.getByTestId('overview')).toHaveCount(0);
});

test('the sliding window plays, pauses, and reaches the last window', async ({ page }) => {
  await page.goto('/#variant=seed&layer=pool5&image=cat');
  const pos = page.getByTestId('anim-position');
  await expect(pos).toHaveAttribute('data-total', '36', slow); // pool5: 6×6 windows
  await expect(pos).toHaveAttribute('data-frame', '0');
  await page.getByTestId('window-animation').getByRole('combobox').selectOption('5');
  await page.getByTestId('anim-play').click();
  await expect(pos).not.toHaveAttribute('data-frame', '0');
  await page.getByTestId('anim-play').click(); // pause
  const paused = await pos.getAttribute('data-frame');
  await page.waitForTimeout(600);
  await expect(pos).toHaveAttribute('data-frame', paused ?? '');
  expect(Number(paused)).toBeLessThan(35);
  await page.getByTestId('window-animation').getByRole('combobox').selectOption('600');
  await page.getByTestId('anim-play').click();
  await expect(pos).toHaveAttribute('data-last', 'true');
  await expect(pos).toContainText('Window 36 of 36 — output (5, 5)');
  await expect(page.getByTestId('anim-play')).toHaveText('Play'); // stopped by itself
  // The size arithmetic lights up at the edge: (13 − 3)/2 + 1 = 6.
  await expect(page.getByTestId('size-formula')).toHaveAttribute('data-edge', 'true');
  await expect(page.getByTestId('size-output')).toHaveText('6');
});

test('conv1’s animation reaches window 3,025 from the scrubber; the channel build matches the engine', async ({
  page,
}) => {
  await page.goto('/#variant=paper&layer=conv2&image=cat');
  await expect(page.getByTestId('build-group')).toContainText(/only input channels (0…47|48…95)/, slow);
  const diff = Number(await page.getByTestId('build-check').getAttribute('data-diff'));
  expect(diff).toBeLessThan(1e-4);
  // A fresh page, not a hash change: after a hash change the old network's window can show for a
  // moment before the rebuild takes it down, and a key pressed in it is lost with it.
  await page.goto('about:blank');
  await page.goto('/#variant=seed&layer=conv1&image=cat');
  await expect(page.getByTestId('engine-status')).toHaveAttribute('data-status', 'ready', slow);
  const scrub = page.getByTestId('anim-scrub');
  await expect(scrub).toBeVisible(slow);
  await scrub.focus();
  await page.keyboard.press('End');
  await expect(page.getByTestId('anim-position')).toContainText('Window 3025 of 3025 — output (54, 54)');
  await expect(page.getByTestId('step-title')).toContainText('conv1'); // End stayed in the scrubber
});

test('ReLU, LRN, max-pool, dropout and softmax show their numbers', async ({ page }) => {
  await page.goto('/#variant=paper&layer=norm1&image=cat');
  const lrn = page.getByTestId('lrn-result');
  await expect(lrn).toBeVisible(slow);
  // "Channel c: before → after; the engine's norm1 has X": our float64 after equals the engine's.
  const m = /→ (\S+); the engine’s norm1 has (\S+)\./.exec((await lrn.textContent()) ?? '');
  expect(m?.[1]).toBe(m?.[2]);
  for (const [layer, id] of [
    ['relu1', 'op-relu'],
    ['pool1', 'op-pool'],
    ['drop6', 'op-dropout'],
    ['softmax', 'op-softmax'],
  ] as const) {
    await page.evaluate((l) => (window.location.hash = `#variant=paper&layer=${l}&image=cat`), layer);
    await expect(page.getByTestId(id)).toBeVisible();
  }
  const row = page.getByTestId('op-softmax').locator('tbody tr').first();
  const cells = await row.locator('td').allTextContents();
  expect(cells[2]).toBe(cells[3]); // our share = the engine's probability
});

test('the playground follows the stride: 55 → 28 when it goes from 4 to 8', async ({ page }) => {
  await page.goto('/#view=playground');
  await expect(page.getByTestId('play-output')).toHaveText('55×55');
  await page.getByRole('slider', { name: 'Stride' }).fill('8');
  await expect(page.getByTestId('play-output')).toHaveText('28×28');
  await expect(page.getByTestId('play-formula')).toContainText('216/8 + 1 = 27 + 1 = 28');
  // Invalid: an 11-wide window on a 5-pixel input; core's message, and the picture stays.
  // The number box beside each slider takes an exact value.
  await page.getByRole('spinbutton', { name: 'Input size' }).fill('5');
  await expect(page.getByRole('slider', { name: 'Input size' })).toHaveValue('5');
  await expect(page.getByTestId('play-error')).toContainText('does not fit in a 5×5 input');
  await expect(page.getByTestId('play-output')).toHaveText('28×28');
  await page.getByRole('button', { name: 'Why does 224 not fit?' }).click();
  await expect(page.getByTestId('play-output')).toHaveText('54×54');
  await expect(page.getByTestId('play-animation')).toContainText(
    'the last image pixel at the far edge, which no window reaches',
  );
});

test('the playground opens on the layer the reader came from', async ({ page }) => {
  await page.goto('/#variant=seed&layer=conv2');
  await expect(page.getByTestId('step-title')).toContainText('conv2');
  await page.getByTestId('view-playground').click();
  await expect(page.getByTestId('playground-from')).toContainText('conv2');
  // conv2: 27×27 input, 5×5 kernel, stride 1, padding 2 → (27 − 5 + 2·2)/1 + 1 = 27.
  await expect(page.getByRole('spinbutton', { name: 'Input size' })).toHaveValue('27');
  await expect(page.getByRole('spinbutton', { name: 'Padding' })).toHaveValue('2');
  await expect(page.getByTestId('play-output')).toHaveText('27×27');
  await page.goBack();
  await expect(page.getByTestId('step-title')).toContainText('conv2');
});

for (const lang of ['en', 'zh'] as const) {
  for (const view of [
    '#variant=paper&view=overview&image=cat',
    '#view=playground',
    '#variant=seed&layer=conv2&image=cat',
  ]) {
    test(`axe: ${view} in ${lang}`, async ({ page }) => {
      await page.goto(`/${view}&lang=${lang}`);
      if (view.includes('overview'))
        await expect(page.getByTestId('overview-canvas')).toHaveAttribute('data-ready', 'true', slow);
      if (view.includes('conv2')) await expect(page.getByTestId('build-check')).toBeVisible(slow);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
      const serious = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map(
          (v) =>
            `${v.id}: ${v.nodes
              .slice(0, 3)
              .map((n) => n.target.join(' '))
              .join(', ')}`,
        );
      expect(serious).toEqual([]);
    });
  }
}
