// Kept weights back after a reload (issue 22), for `npm run bench`, in the built app:
// - weightsRestoreMs: reload of a page whose trained weights are kept on this device →
//   the trained network's conv1 maps drawn (ms from navigation start). The weights are the
//   244 MB torchvision-shaped fixture (scripts/make-weight-fixtures.mjs), imported once through
//   the picker and kept; each run is a reload (HTTP cache and service worker warm, as for a
//   returning student). The trained maps are the first `maps-drawn:conv1:*` after the first
//   activations (early or whole) whose mark says they are of the imported network.
// - restoreModelReadyMs: the same reload → the trained network's every layer on the device.
// Figures as { median, min, max, runs }.
import { execFileSync } from 'node:child_process';

const fixture = 'tests/fixtures/weights/alexnet-zip.pth';
const HASH = '#variant=seed&layer=conv1&image=cat';

const stats = (xs) => {
  const s = xs.filter((x) => x != null).sort((a, b) => a - b);
  if (!s.length) return { median: null, min: null, max: null, runs: [] };
  const m = Math.floor(s.length / 2);
  const median = s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
  const r = (x) => Math.round(x * 10) / 10;
  return { median: r(median), min: r(s[0]), max: r(s.at(-1)), runs: xs.map((x) => (x == null ? null : r(x))) };
};

/** After a load: when the trained conv1 maps were drawn, and when the trained model was ready. */
async function trainedTimes(page) {
  const handle = await page.waitForFunction(
    () => {
      const marks = performance.getEntriesByType('mark');
      const trained = marks.find(
        (m) => /^engine:(early-)?activations$/.test(m.name) && m.detail && m.detail.weights !== 'random',
      );
      if (!trained) return false;
      const drawn = marks.find((m) => m.name.startsWith('maps-drawn:conv1:') && m.startTime >= trained.startTime);
      return drawn ? drawn.startTime : false;
    },
    null,
    { timeout: 180_000, polling: 'raf' },
  );
  const maps = await handle.jsonValue();
  // The trained network's whole forward, then its model-ready mark (the last build's).
  await page.waitForFunction(
    () => performance.getEntriesByName('engine:activations').some((m) => m.detail && m.detail.weights !== 'random'),
    null,
    { timeout: 300_000, polling: 200 },
  );
  const ready = await page.evaluate(() => performance.getEntriesByName('engine:model-ready').at(-1)?.startTime ?? null);
  return { maps, ready };
}

export async function measureRestore(browser, baseUrl, runs = 5) {
  execFileSync('node', ['scripts/make-weight-fixtures.mjs'], { stdio: 'inherit' });
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${baseUrl}${HASH}`);
  await page.waitForFunction(() => performance.getEntriesByName('engine:activations').length > 0, null, {
    timeout: 180_000,
  });
  // The weights drawer, where the file input and the "kept" line are.
  await page.getByTestId('weights-open').click();
  await page.getByTestId('weights-file').setInputFiles(fixture);
  await page
    .getByTestId('weights-kept')
    .filter({ hasText: /Kept on this device/ })
    .waitFor({ timeout: 600_000 });
  const maps = [];
  const ready = [];
  for (let i = 0; i < runs; i++) {
    await page.reload();
    const t = await trainedTimes(page);
    maps.push(t.maps);
    ready.push(t.ready);
  }
  if (!(await page.getByTestId('weights-forget').isVisible())) await page.getByTestId('weights-open').click();
  await page.getByTestId('weights-forget').click();
  await page.getByTestId('weights-forget-yes').click();
  await page.getByTestId('toast-forgotten').waitFor({ timeout: 120_000 });
  await context.close();
  return { file: fixture, weightsRestoreMs: stats(maps), restoreModelReadyMs: stats(ready) };
}
