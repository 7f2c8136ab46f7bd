// Importing trained weights, for `npm run bench` (issue 8), in the built app:
// - importMs: the 244 MB torchvision-shaped .pth chosen in the weights picker → every layer of
//   the imported network on the backend (`engine:model-ready` of that build);
// - trainedMapsMs: the file given → conv1's maps of the trained network drawn (they come from the
//   early layers, before the dense layers are in: often before importMs);
// - firstLookMs: the file given → conv1's kernels and maps read from the file as it arrives,
//   shown in the weights panel (a first look, before the whole file is in and checked);
// - firstMapsAfterImportMs: model ready → the whole forward's conv1 maps drawn;
// - importPeakMB: the browser's resident memory (all its processes, /proc) at its highest during
//   the import, minus what it held just before (and the absolute peak);
// - longestTaskMs: the longest main-thread task (PerformanceObserver 'longtask') from the
//   file being given to the maps being drawn: the page must stay responsive (goal ≤ 100 ms).
// The file is the seeded fixture of scripts/make-weight-fixtures.mjs (same size and layout as
// torchvision's alexnet-owt-7be5be79.pth).
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

const fixture = 'tests/fixtures/weights/alexnet-zip.pth';

/** Resident set size in MB of the browser's processes: the descendants of `rootPid` (this
 * bench) whose name says Chromium (Linux /proc; Playwright's launched Browser gives no pid). */
function treeRssMB(rootPid) {
  const parents = new Map();
  const rss = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(name), Number(fields[1]));
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      if (/chrom/i.test(comm)) rss.set(Number(name), (Number(fields[21]) * 4096) / 2 ** 20);
    } catch {
      // the process ended while being read
    }
  }
  let total = 0;
  for (const [pid, mb] of rss) {
    for (let p = pid; p > 1; p = parents.get(p) ?? 0) {
      if (p === rootPid) {
        total += mb;
        break;
      }
    }
  }
  return total;
}

export async function measureImport(browser, baseUrl, backend) {
  execFileSync('node', ['scripts/make-weight-fixtures.mjs'], { stdio: 'inherit' });
  const pid = process.pid;
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const tasks = [];
    globalThis.__benchLongTasks = tasks;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`${baseUrl}#variant=seed&layer=conv1&image=cat&backend=${backend}`);
  await page.waitForFunction(() => performance.getEntriesByName('maps-drawn:conv1:sample-cat').length > 0, null, {
    timeout: 180_000,
  });
  // The maps may come from the early layers: wait for the random network's whole forward.
  await page.waitForFunction(() => performance.getEntriesByName('engine:activations').length > 0, null, {
    timeout: 180_000,
  });
  await page.waitForTimeout(1000);
  const baseMB = pid ? treeRssMB(pid) : null;
  let peakMB = baseMB ?? 0;
  const sampler = setInterval(() => {
    if (pid) peakMB = Math.max(peakMB, treeRssMB(pid));
  }, 100);
  const t0 = await page.evaluate(() => performance.now());
  const readies = await page.evaluate(() => performance.getEntriesByName('engine:model-ready').length);
  await page.getByTestId('weights-file').setInputFiles(fixture);
  const ready = await page
    .waitForFunction((n) => performance.getEntriesByName('engine:model-ready')[n]?.startTime ?? false, readies, {
      timeout: 600_000,
      polling: 100,
    })
    .then((h) => h.jsonValue());
  const drawn = await page
    .waitForFunction(
      (t) =>
        performance.getEntriesByType('mark').find((e) => e.name.startsWith('maps-drawn:conv1:') && e.startTime >= t)
          ?.startTime ?? false,
      ready,
      { timeout: 300_000, polling: 'raf' },
    )
    .then((h) => h.jsonValue());
  // The first maps drawn from the trained network's activations (early or whole), not a redraw
  // of the random ones.
  const firstTrained = await page.evaluate((t) => {
    const marks = performance.getEntriesByType('mark');
    const came = marks.find((e) => /^engine:(early-)?activations$/.test(e.name) && e.startTime >= t)?.startTime;
    if (came === undefined) return null;
    return marks.find((e) => e.name.startsWith('maps-drawn:conv1:') && e.startTime >= came)?.startTime ?? null;
  }, t0);
  const firstLook = await page.evaluate(
    (t) => performance.getEntriesByName('weights:first-look').find((e) => e.startTime >= t)?.startTime ?? null,
    t0,
  );
  clearInterval(sampler);
  const longest = await page.evaluate(
    (t) => Math.max(0, ...globalThis.__benchLongTasks.filter(([s]) => s >= t).map(([, d]) => d)),
    t0,
  );
  const trained = await page.getByTestId('trained-badge').isVisible();
  await context.close();
  const r = (x) => Math.round(x * 10) / 10;
  return {
    file: fixture,
    trained,
    importMs: r(ready - t0),
    trainedMapsMs: firstTrained === null ? null : r(firstTrained - t0),
    firstLookMs: firstLook === null ? null : r(firstLook - t0),
    firstMapsAfterImportMs: r(drawn - ready),
    importPeakMB: baseMB === null ? null : r(peakMB - baseMB),
    browserPeakMB: baseMB === null ? null : r(peakMB),
    longestTaskMs: r(longest),
  };
}
