import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { expect, test } from './fixtures';

// Chromium's fake camera (a green test pattern) stands in for a webcam, permission granted.
test.use({
  launchOptions: {
    executablePath: chromiumPath,
    args: [...chromiumArgs, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'],
  },
});

const dir = 'tests/fixtures/images';
const fixturePath = (name: string) => `${dir}/${name}`;

test.beforeAll(() => {
  if (!existsSync(fixturePath('huge-12000.png'))) execFileSync('node', ['scripts/make-image-fixtures.mjs', dir]);
});

const upload = (page: Page, name: string) => page.getByTestId('image-file-input').setInputFiles(fixturePath(name));
const current = (page: Page) => page.getByTestId('current-image');
/** Once an image is in use the picker folds into a strip (issue 13): "Change image" opens it. */
async function openPicker(page: Page) {
  const change = page.getByTestId('image-change');
  await expect(change).toBeVisible();
  if ((await change.getAttribute('aria-expanded')) === 'false') await change.click();
  await expect(change).toHaveAttribute('aria-expanded', 'true');
}

test('samples are thumbnails, credited, and kept in the URL', async ({ page }) => {
  await page.goto('/#variant=seed');
  await expect(current(page)).toContainText('Cat · 451×300');
  await expect(page.getByTestId('preprocess-chain')).toContainText('Original 451×300 → × 0.757 → 341×227');
  await openPicker(page);
  await page.getByTestId('sample-coffee').click();
  await expect(current(page)).toContainText('Coffee · 600×400');
  await expect(page).toHaveURL(/image=coffee/);
  await expect(page.getByTestId('sample-coffee')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('image-privacy')).toContainText('stays on this device');
  await openPicker(page);
  await page.getByText('Image credits').click();
  await expect(page.getByTestId('image-credits')).toContainText('Stefan van der Walt');
  await expect(page.getByTestId('image-credits')).toContainText('SpaceX');
});

const accepted: readonly [file: string, size: string, note: RegExp][] = [
  ['tiny-1x1.png', '1×1', /single pixel.*one flat colour/],
  ['gray.png', '64×48', /greyscale.*copied into red, green and blue/],
  ['deep-16bit.png', '64×48', /16 bits per channel.*8 bits/],
  ['transparent.png', '64×64', /Transparent areas \(\d+% of the pixels\).*white/],
  ['animated.gif', '16×16', /animation with 2 frames: only the first/],
  ['rotated-exif.jpg', '106×160', /Turned upright/],
  ['huge-12000.png', '1024×1024', /Scaled down from 12000×12000 to 1024×1024/],
];

test('odd but valid images are accepted, each with a note of what was done', async ({ page }) => {
  await page.goto('/#variant=seed');
  for (const [file, size, note] of accepted) {
    await upload(page, file);
    await expect(current(page)).toContainText(`${file} · ${size}`);
    await expect(page.getByTestId('image-notes')).toContainText(note);
    await expect(page.getByRole('alert')).toHaveCount(0);
  }
  // The transparent disc sits on white, not black: the crop's corner pixel is white.
  await upload(page, 'transparent.png');
  await expect(current(page)).toContainText('transparent.png');
  const corner = await page
    .getByTestId('preprocess-crop')
    .evaluate((c: HTMLCanvasElement) => Array.from(c.getContext('2d')?.getImageData(0, 0, 1, 1).data ?? []));
  expect(corner).toEqual([255, 255, 255, 255]);
  // Uploads never go into the URL.
  expect(page.url()).not.toMatch(/upload|png/);
});

const refused: readonly [file: string, message: RegExp][] = [
  ['text-renamed.png', /“text-renamed.png” is not an image: it contains text/],
  ['empty.png', /“empty.png” is empty \(0 bytes\)/],
  ['corrupt.png', /“corrupt.png” looks like a PNG file, but this browser could not decode it/],
  ['truncated.png', /“truncated.png” is cut short/],
  ['vector.svg', /“vector.svg” is an SVG drawing, not a photo/],
];

test('bad files are refused with a specific alert, and the previous image stays', async ({ page }, testInfo) => {
  await page.goto('/#variant=seed');
  await upload(page, 'gray.png');
  await expect(current(page)).toContainText('gray.png · 64×48');
  for (const [file, message] of refused) {
    await upload(page, file);
    await expect(page.getByRole('alert')).toContainText(message);
    await expect(page.getByRole('alert')).toContainText('The previous image is still in use');
    await expect(current(page)).toContainText('gray.png · 64×48');
    await expect(page.getByTestId('preprocess-chain')).toContainText('Original 64×48');
  }
  // Over the byte limit: a sparse 51 MB file, refused before a byte of it is read.
  const big = testInfo.outputPath('big-photo.jpg');
  writeFileSync(big, '');
  truncateSync(big, 51 * 2 ** 20);
  await page.getByTestId('image-file-input').setInputFiles(big);
  await expect(page.getByRole('alert')).toContainText('“big-photo.jpg” is 51.0 MB; the limit is 50 MB');
  await expect(current(page)).toContainText('gray.png');
  // A good file afterwards clears the alert.
  await upload(page, 'tiny-1x1.png');
  await expect(current(page)).toContainText('tiny-1x1.png');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

/** A DataTransfer in the page holding one fixture file (or a link, for `uri`). */
async function transfer(page: Page, file: string | null, uri?: string) {
  const base64 = file ? readFileSync(fixturePath(file)).toString('base64') : '';
  return page.evaluateHandle(
    ([b64, name, link]) => {
      const dt = new DataTransfer();
      if (b64)
        dt.items.add(new File([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], name, { type: 'image/png' }));
      if (link) dt.setData('text/uri-list', link);
      return dt;
    },
    [base64, file ?? '', uri ?? ''] as const,
  );
}

test('drop on the zone or anywhere on the page, paste from the clipboard; links are refused', async ({ page }) => {
  await page.goto('/#variant=seed');
  await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer: await transfer(page, 'gray.png') });
  await expect(current(page)).toContainText('gray.png · 64×48');

  await page.getByTestId('provenance').dispatchEvent('drop', { dataTransfer: await transfer(page, 'tiny-1x1.png') });
  await expect(current(page)).toContainText('tiny-1x1.png · 1×1');

  const pasted = await transfer(page, 'animated.gif');
  await page.evaluate((dt) => {
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true }));
  }, pasted);
  await expect(current(page)).toContainText('pasted image · 16×16');

  // A link dragged from another site: never fetched (the fixture fails the test on any foreign request).
  const link = await transfer(page, null, 'https://example.com/cat.jpg');
  await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer: link });
  await expect(page.getByRole('alert')).toContainText('That was a link, not a file');
  await expect(current(page)).toContainText('pasted image');
});

/** Records every stream the page opens, so a test can check that all tracks were stopped. */
const recordStreams = (page: Page) =>
  page.addInitScript(() => {
    const streams: MediaStream[] = [];
    Object.assign(window, { openStreams: streams });
    const original = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
    navigator.mediaDevices.getUserMedia = async (c) => {
      const s = await original(c);
      streams.push(s);
      return s;
    };
  });
const liveTracks = (page: Page) =>
  page.evaluate(
    () =>
      ((window as unknown as { openStreams: MediaStream[] }).openStreams ?? [])
        .flatMap((s) => s.getTracks())
        .filter((t) => t.readyState === 'live').length,
  );

test('the camera: live preview, capture, and the stream is stopped afterwards', async ({ page }) => {
  await recordStreams(page);
  await page.goto('/#variant=seed');
  await openPicker(page);
  await page.getByTestId('open-camera').click();
  const capture = page.getByRole('button', { name: 'Take the photo' });
  await expect(capture).toBeEnabled();
  expect(await liveTracks(page)).toBe(1);
  await capture.click();
  await expect(current(page)).toContainText(/camera photo · \d+×\d+/);
  await expect(page.getByTestId('webcam')).toHaveCount(0);
  expect(await liveTracks(page)).toBe(0);

  // Opened and closed without a photo: stopped too, and the image is unchanged.
  await openPicker(page);
  await page.getByTestId('open-camera').click();
  await expect(capture).toBeEnabled();
  await page.getByRole('button', { name: 'Close the camera' }).click();
  expect(await liveTracks(page)).toBe(0);
  await expect(current(page)).toContainText('camera photo');
});

test('a blocked camera says so, in the chosen language', async ({ page }) => {
  await page.addInitScript(() => {
    navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
  });
  await page.goto('/#variant=seed');
  await openPicker(page);
  await page.getByTestId('open-camera').click();
  await expect(page.getByTestId('camera-alert')).toContainText('The camera is blocked for this page');
  await page.goto('/#variant=seed&lang=zh');
  await page.reload();
  await openPicker(page);
  await page.getByTestId('open-camera').click();
  await expect(page.getByTestId('camera-alert')).toContainText('摄像头权限被拒绝');
  await expect(current(page)).toContainText('猫 · 451×300');
});
