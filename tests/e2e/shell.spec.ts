/**
 * The app shell, tried as a newcomer would on a laptop (1366×768) and a phone (390×844): every
 * view's link opens with its heading on the first screen, the header's tabs reach every view and
 * Back returns, the chooser names the network on screen (imported, edited), a reload with kept
 * weights says "restoring" and never "nothing imported", a weight file dropped far down the page
 * shows its progress and its refusal where the reader is, and the laptop's first screen holds the
 * step's picture.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ensureFixtures, fixture } from './weightsHelpers';

const screens = [
  { name: 'laptop', width: 1366, height: 768 },
  { name: 'phone', width: 390, height: 844 },
] as const;

/** Each view, its link, and the heading it opens on. */
const places = [
  { view: 'walk', hash: '#variant=seed&layer=conv2', heading: 'step-title' },
  { view: 'overview', hash: '#variant=seed&view=overview', heading: 'overview-title' },
  { view: 'playground', hash: '#variant=seed&view=playground', heading: 'playground-title' },
  { view: 'edit', hash: '#variant=seed&view=edit', heading: 'editor-heading' },
  { view: 'attribution', hash: '#variant=seed&view=attribution', heading: 'attribution-heading' },
  { view: 'lab', hash: '#view=lab', heading: 'lab-heading' },
  // Links from before the shell open the same places.
  { view: 'compare', hash: '#compare=seed,paper', heading: 'compare-heading' },
  { view: 'code', hash: '#code=pytorch', heading: 'code-heading' },
] as const;

const heading = (page: Page, id: string) =>
  id === 'step-title' ? page.getByTestId('step-title') : page.locator(`#${id}`);

/** Opens the weights drawer unless it is open already. */
async function openWeights(page: Page): Promise<void> {
  if (!(await page.getByTestId('weights-forget').isVisible())) await page.getByTestId('weights-open').click();
  await expect(page.getByTestId('weights-forget')).toBeVisible();
}

for (const screen of screens) {
  test.describe(`on a ${screen.name} (${screen.width}×${screen.height})`, () => {
    test.use({ viewport: { width: screen.width, height: screen.height } });

    for (const place of places) {
      test(`${place.hash} opens the ${place.view} view with its heading in view`, async ({ page }) => {
        await page.goto(`/${place.hash}`);
        const h = heading(page, place.heading);
        await expect(h).toBeVisible();
        await expect(h).toBeInViewport({ ratio: 1 });
        await expect(page.getByTestId('view')).toHaveAttribute('data-view', place.view);
      });
    }

    test('every view is reachable from the header, and Back returns to the previous one', async ({ page }) => {
      await page.goto('/#variant=seed&layer=conv1');
      await expect(page.getByTestId('step-title')).toBeVisible();
      for (const place of places.slice(1)) {
        if (screen.name === 'phone') await page.getByTestId('menu-toggle').click();
        await page.getByTestId(`view-${place.view}`).click();
        await expect(heading(page, place.heading)).toBeInViewport();
        await expect(page).toHaveURL(new RegExp(`view=${place.view}`));
      }
      // Back, view by view, to the walkthrough at the step it was on.
      for (const place of places.slice(0, -1).reverse()) {
        await page.goBack();
        await expect(page.getByTestId('view')).toHaveAttribute('data-view', place.view);
        await expect(heading(page, place.heading)).toBeInViewport();
      }
      await expect(page.getByTestId('step-title')).toContainText('conv1');
    });
  });
}

test.describe('on a laptop', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('the first screen holds the step heading, its first number and the start of its picture', async ({ page }) => {
    for (const [layer, picture] of [
      ['conv1', 'feature-map-grid'],
      ['pool2', 'feature-map-grid'],
      ['fc6', 'dense-strip'],
      ['softmax', 'top-classes'],
    ] as const) {
      await page.goto(`/#variant=seed&layer=${layer}&backend=wasm`);
      await expect(page.getByTestId('step-title')).toBeInViewport({ ratio: 1 });
      await expect(page.getByTestId('step-output')).toBeInViewport();
      const shown = page.getByTestId(picture).first();
      await expect(shown).toBeVisible({ timeout: 120_000 });
      const box = await shown.boundingBox();
      // Its top edge, and at least a band of it, on the first screen.
      expect(box && box.y + 40).toBeLessThan(768);
    }
  });

  test('the layer table fits the laptop, receptive field column included, for every network', async ({ page }) => {
    for (const variant of ['seed', 'paper', 'torchvision', 'zfnet']) {
      await page.goto(`/#variant=${variant}`);
      await page.getByTestId('to-reference').click();
      await expect(page.getByTestId('row-conv1')).toBeVisible();
      const fit = await page.locator('.layer-table').evaluate((t) => ({
        table: t.scrollWidth,
        box: (t.parentElement ?? t).clientWidth,
      }));
      expect(fit.table, variant).toBeLessThanOrEqual(fit.box);
    }
  });

  test('a step change keeps the photo the reader gave; a view change keeps it too', async ({ page }) => {
    await page.goto('/#variant=seed&layer=conv1');
    await page.getByTestId('image-change').click();
    await page.getByTestId('image-file-input').setInputFiles({
      name: 'mine.jpg',
      mimeType: 'image/jpeg',
      buffer: readFileSync('public/samples/coffee.jpg'),
    });
    // A new photo shuts the picker.
    await expect(page.getByTestId('photo-name')).toHaveText('mine.jpg');
    await expect(page.getByTestId('drawer-photo')).toBeHidden();
    await page.getByTestId('step-next').click();
    await page.getByTestId('view-overview').click();
    await page.goBack();
    await expect(page.getByTestId('step-title')).toContainText('relu1');
    await expect(page.getByTestId('photo-name')).toHaveText('mine.jpg');
  });

  test('the edited network is named in the chooser and in the link, and can be chosen again', async ({ page }) => {
    await page.goto('/#variant=seed&view=edit');
    await page.getByTestId('edit-row-conv1').getByLabel('stride').fill('2');
    await expect(page.getByTestId('network-chooser')).toHaveValue('edited');
    await expect(page.getByTestId('network-chooser').locator('option:checked')).toHaveText(/Edited/);
    await expect(page).toHaveURL(/variant=edited&net=/);
    await page.getByTestId('network-chooser').selectOption('paper');
    await expect(page).toHaveURL(/variant=paper/);
    await expect(page).not.toHaveURL(/net=/);
    await page.getByTestId('network-chooser').selectOption('edited');
    await expect(page).toHaveURL(/variant=edited&net=/);
    await expect(page.getByTestId('edit-row-conv1').getByLabel('stride')).toHaveValue('2');
  });
});

test.describe('weights where the reader is', () => {
  test.describe.configure({ timeout: 600_000 });
  test.use({ viewport: { width: 1366, height: 768 } });
  test.beforeAll(() => ensureFixtures());

  test('the chooser names an imported network; a reload says "restoring" until it is back, never "nothing imported"', async ({
    page,
  }) => {
    await page.goto('/#variant=seed&layer=conv1&backend=wasm');
    await page.getByTestId('weights-open').click();
    await page.getByTestId('weights-file').setInputFiles(fixture('alexnet-zip.pth'));
    await expect(page.getByTestId('network-chooser')).toHaveValue('imported', { timeout: 300_000 });
    await expect(page.getByTestId('network-chooser').locator('option:checked')).toHaveText('Imported: alexnet-zip.pth');
    await expect(page).toHaveURL(/variant=imported/);
    await expect(page.getByTestId('weights-state')).toHaveAttribute('data-weights', 'trained', { timeout: 300_000 });

    // Forgetting asks first, then offers to undo while this page still holds the file.
    await openWeights(page);
    await expect(page.getByTestId('weights-kept')).toContainText(/Kept on this device/, { timeout: 120_000 });
    await page.getByTestId('weights-forget').click();
    await page.getByTestId('weights-forget-yes').click();
    await expect(page.getByTestId('toast-forgotten')).toBeVisible();
    await expect(page.getByTestId('network-chooser')).not.toHaveValue('imported');
    await page.getByTestId('weights-undo').click();
    await expect(page.getByTestId('network-chooser')).toHaveValue('imported', { timeout: 300_000 });
    await openWeights(page);
    await expect(page.getByTestId('weights-kept')).toContainText(/Kept on this device/, { timeout: 120_000 });

    // Every paint of the reload is watched: none may say that nothing is imported.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (globalThis as unknown as { __said: string[] }).__said = seen;
      new MutationObserver(() => {
        const text = document.body?.innerText ?? '';
        if (/Nothing imported/.test(text)) seen.push('nothing imported');
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await page.reload();
    await expect(page.getByTestId('engine-status')).toHaveAttribute('data-status', 'restoring');
    await expect(page.getByTestId('network-chooser')).toHaveValue('imported');
    await expect(page.getByTestId('weights-state')).toHaveAttribute('data-weights', 'trained', { timeout: 300_000 });
    await expect(page.getByTestId('toast-restored')).toBeVisible();
    expect(await page.evaluate(() => (globalThis as unknown as { __said: string[] }).__said)).toEqual([]);

    // Brought back from the device, the file itself is not in the page: forgetting says so, with no undo.
    await openWeights(page);
    await page.getByTestId('weights-forget').click();
    await page.getByTestId('weights-forget-yes').click();
    await expect(page.getByTestId('toast-forgotten')).toBeVisible();
    await expect(page.getByTestId('weights-undo')).toHaveCount(0);
    await expect(page.getByTestId('network-chooser')).not.toHaveValue('imported');
  });

  test('a weight file dropped far down the page shows its progress and its refusal in the viewport', async ({
    page,
  }) => {
    await page.goto('/#variant=seed&layer=conv3&backend=wasm');
    await expect(page.getByTestId('step-title')).toBeVisible();
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect(page.getByTestId('step-title')).not.toBeInViewport();
    // A truncated checkpoint: read, then refused by name. Dropped on the page, as a file.
    const bytes = readFileSync(fixture('alexnet-zip.pth')).subarray(0, 4_000_000);
    const drop = await page.evaluateHandle((b64) => {
      const bin = atob(b64);
      const u8 = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) u8[i] = bin.charCodeAt(i);
      const dt = new DataTransfer();
      dt.items.add(new File([u8], 'cut.pth', { type: '' }));
      return dt;
    }, bytes.toString('base64'));
    await page.dispatchEvent('body', 'dragenter', { dataTransfer: drop });
    await expect(page.getByTestId('drop-overlay')).toHaveAttribute('data-dragging', 'weights');
    await expect(page.getByTestId('drop-overlay')).toContainText('weight file');
    await page.dispatchEvent('body', 'drop', { dataTransfer: drop });
    await expect(page.getByTestId('weights-progress').or(page.getByTestId('weights-alert')).first()).toBeInViewport();
    await expect(page.getByTestId('weights-alert')).toBeInViewport({ timeout: 120_000 });
    await expect(page.getByTestId('weights-alert')).toContainText('cut.pth');
    await expect(page.getByTestId('network-chooser')).toHaveValue('seed');
  });
});
