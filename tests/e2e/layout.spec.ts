/**
 * The step is the page (issue 13): on a laptop the step and its numbers stay on screen while
 * stepping; on phones and tablets a deep link opens on its step, nothing is wider than the
 * screen, controls never cover one another, and the diagram is a strip kept on the current
 * layer; a finger reads the feature maps like a mouse does.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** The element's box lies wholly inside the viewport (vertically and horizontally). */
async function expectOnScreen(page: Page, el: Locator, what: string) {
  const box = await el.boundingBox();
  const view = page.viewportSize();
  expect(box, what).not.toBeNull();
  if (!box || !view) return;
  expect(box.y, `${what}: top`).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height, `${what}: bottom`).toBeLessThanOrEqual(view.height);
  expect(box.x, `${what}: left`).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, `${what}: right`).toBeLessThanOrEqual(view.width);
}

test.describe('laptop, 1366×768', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('the first screen holds the diagram, the step controls, the numbers and the picture', async ({ page }) => {
    await page.goto('/#variant=seed&layer=conv1&image=cat');
    await expect(page.getByTestId('step-title')).toContainText('conv1');
    // The photo is named in the header; its picker is a drawer, shut.
    await expect(page.getByTestId('image-thumb')).toBeVisible();
    await expect(page.getByTestId('photo-name')).toHaveText('Cat');
    await expect(page.getByTestId('sample-coffee')).toBeHidden();
    await expectOnScreen(page, page.getByTestId('network-diagram'), 'diagram');
    await expectOnScreen(page, page.getByTestId('step-next'), 'next button');
    await expectOnScreen(page, page.getByTestId('step-title'), 'step heading');
    await expectOnScreen(page, page.getByTestId('step-output-formula'), 'output-size formula');
    await expectOnScreen(page, page.getByTestId('to-reference'), 'link to the whole-network table');
    // The picture starts on the first screen, and the probe's explanation sits beside it.
    const grid = page.getByTestId('feature-map-grid');
    await expect(grid.locator('canvas').first()).toBeVisible({ timeout: 90_000 });
    const g = await grid.boundingBox();
    const rf = await page.getByTestId('rf-view').boundingBox();
    expect(g && g.y).toBeLessThan(768);
    expect(g && rf && rf.x).toBeGreaterThanOrEqual((g?.x ?? 0) + (g?.width ?? 0));
    expect(g && rf && rf.y).toBeLessThan((g?.y ?? 0) + (g?.height ?? 0));
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });

  test('stepping keeps the heading and its output size in view, without needless jumps', async ({ page }) => {
    await page.goto('/#variant=seed&layer=input&image=cat');
    await expect(page.getByTestId('step-title')).toContainText('input');
    let formulas = 0;
    for (const id of ['conv1', 'relu1', 'pool1', 'conv2', 'relu2']) {
      await page.keyboard.press('ArrowRight');
      await expect(page.getByTestId('step-title')).toContainText(id);
      await expectOnScreen(page, page.getByTestId('step-title'), `${id} heading`);
      const formula = page.getByTestId('step-output-formula');
      if ((await formula.count()) > 0) {
        formulas += 1;
        await expectOnScreen(page, formula, `${id} output-size formula`);
      } else {
        await expectOnScreen(page, page.getByTestId('step-output'), `${id} output shape`);
      }
    }
    // conv1, pool1 and conv2 have an output-size formula (ReLU keeps its input's size).
    expect(formulas).toBeGreaterThanOrEqual(3);
    // Everything fitted on the first screen: the page never had to move.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    // Scrolled away, a step brings the heading back.
    await page.getByTestId('to-reference').click();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('step-title')).toContainText('pool2');
    await expectOnScreen(page, page.getByTestId('step-title'), 'pool2 heading after scrolling away');
    await expectOnScreen(page, page.getByTestId('step-output-formula'), 'pool2 output-size formula');
  });

  test('the photo button opens the picker under the header, wherever the page is; a sample chosen shows at once', async ({
    page,
  }) => {
    await page.goto('/#variant=seed&layer=conv3&image=cat');
    await expect(page.getByTestId('photo-name')).toHaveText('Cat');
    await page.evaluate(() => window.scrollTo(0, 1200));
    const change = page.getByTestId('image-change');
    await expect(change).toHaveAttribute('aria-expanded', 'false');
    await change.click();
    await expect(change).toHaveAttribute('aria-expanded', 'true');
    await expectOnScreen(page, page.getByTestId('sample-coffee'), 'the coffee sample');
    await page.getByTestId('sample-coffee').click();
    // The new photo shuts the picker and gives the focus back to the button.
    await expect(page.getByTestId('photo-name')).toHaveText('Coffee');
    await expect(page.getByTestId('current-image')).toContainText('Coffee');
    await expect(page.getByTestId('sample-coffee')).toBeHidden();
    await expect(change).toHaveAttribute('aria-expanded', 'false');
    await expect(change).toBeFocused();
    // Escape shuts it too.
    await change.click();
    await expect(page.getByTestId('sample-coffee')).toBeVisible();
    await page.getByTestId('sample-coffee').focus();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('sample-coffee')).toBeHidden();
    await expect(change).toBeFocused();
  });
});

// Phones and tablets, portrait and landscape: [width, height].
const devices: readonly [number, number][] = [
  [360, 740],
  [390, 844],
  [414, 896],
  [768, 1024],
  [1024, 768],
  [844, 390],
];

for (const [width, height] of devices) {
  test.describe(`touch device ${width}×${height}`, () => {
    test.use({ viewport: { width, height }, hasTouch: true, isMobile: true });

    test('a deep link opens on its step, nothing overflows, controls never overlap', async ({ page }) => {
      await page.goto('/#variant=seed&layer=conv2&image=cat');
      await expect(page.getByTestId('step-title')).toContainText('conv2');
      await expectOnScreen(page, page.getByTestId('step-title'), 'conv2 heading');
      // With isMobile the layout viewport widens to any overflow: measure against the device.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(width);
      // The diagram is a strip scrolled to the current layer.
      const strip = page.locator('.nd-scroll');
      const block = page.locator('.network-diagram [data-layer="conv2"]');
      await expect
        .poll(async () => {
          const [s, b] = [await strip.boundingBox(), await block.boundingBox()];
          return !!s && !!b && b.x >= s.x - 1 && b.x + b.width <= s.x + s.width + 1;
        })
        .toBe(true);
      await expect(page.getByTestId('feature-map-grid').locator('canvas').first()).toBeVisible({ timeout: 90_000 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(width);
      const overlaps = await page.evaluate(() => {
        const controls = [...document.querySelectorAll('button, select, input:not([type=file]), a[href]')]
          // Not the diagram's and the step strip's scrolled-off items, not a closed menu's.
          .filter((e) => !e.closest('.nd-scroll, .step-strip') && e.checkVisibility())
          .map((e) => ({ e, r: e.getBoundingClientRect() }))
          .filter(({ r }) => r.width > 0 && r.height > 0);
        const found: string[] = [];
        const name = (e: Element) => `${e.tagName}:${(e.textContent ?? '').trim().slice(0, 20)}`;
        controls.forEach((a, i) =>
          controls.slice(i + 1).forEach((b) => {
            const overlap =
              Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left) > 1 &&
              Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top) > 1;
            if (overlap && !a.e.contains(b.e) && !b.e.contains(a.e)) found.push(`${name(a.e)} × ${name(b.e)}`);
          }),
        );
        return found;
      });
      expect(overlaps).toEqual([]);
    });
  });
}

test.describe('touch, 390×844', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('a tap reads the channel and pixel under the finger; a second tap enlarges it', async ({ page }) => {
    test.setTimeout(300_000);
    await page.goto('/#variant=seed&layer=conv1&image=cat');
    const canvas = page.getByTestId('feature-map-grid').locator('canvas.viz-pixels');
    await expect(canvas).toBeVisible({ timeout: 240_000 });
    await canvas.scrollIntoViewIfNeeded();
    const box = await canvas.boundingBox();
    const natural = await canvas.evaluate((c: HTMLCanvasElement) => ({ w: c.width, h: c.height }));
    expect(box).not.toBeNull();
    if (!box) return;
    // conv1: 96 maps of 55×55 in 12 columns, 3 px apart (gridLayout). Aim at map column 5 of the
    // third row, pixel (20, 30): channel 2·12 + 5 = 29 in index order.
    const pitch = 55 + 3;
    const cx = Math.round(box.x + ((5 * pitch + 20.5) / natural.w) * box.width);
    const cy = Math.round(box.y + ((2 * pitch + 30.5) / natural.h) * box.height);
    // What the finger's (rounded) point is in canvas pixels, worked out here independently.
    const px = Math.floor(((cx - box.x) / box.width) * natural.w);
    const py = Math.floor(((cy - box.y) / box.height) * natural.h);
    const channel = Math.floor(py / pitch) * 12 + Math.floor(px / pitch);
    const [x, y] = [px % pitch, py % pitch];
    expect(Math.floor(py / pitch)).toBe(2);
    expect(channel).not.toBe(0);

    await page.touchscreen.tap(cx, cy);
    await expect(page.getByTestId('grid-status')).toContainText(`Channel ${channel}, pixel (${x}, ${y})`);
    // The receptive field moved there: stride 4, no padding → input pixels 4x … 4x + 10.
    await expect(page.getByTestId('rf-view')).toContainText(
      `Output pixel (${x}, ${y}) of conv1 sees input pixels ${4 * x} to ${4 * x + 10} across and ${4 * y} to ${4 * y + 10} down`,
    );
    await expect(page.getByTestId('channel-detail')).toHaveCount(0);
    await page.touchscreen.tap(cx, cy);
    await expect(page.getByTestId('channel-detail')).toBeVisible();
    // The enlarged map reads a value under the finger too.
    const big = page.getByTestId('channel-detail-map');
    await big.scrollIntoViewIfNeeded();
    const b = await big.boundingBox();
    expect(b).not.toBeNull();
    if (!b) return;
    await page.touchscreen.tap(Math.round(b.x + b.width * 0.25), Math.round(b.y + b.height * 0.75));
    await expect(page.getByTestId('channel-detail-read')).toContainText(/Value at \(1[0-9], 4[0-9]\)/);
  });
});
