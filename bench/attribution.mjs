// "What the network looks at" (issue 20) for `npm run bench`, in the built app, on the seed
// variant with the cat (#view=attribution). Each figure is the page's own measure
// `attribution:<method>`: the request leaving the page → the finished map drawn over the crop
// (worker compute, transfer and drawing). "Warm" runs come after one run of the same method
// (XNNPACK has packed the weights and the gradient code is loaded); a new class or channel
// each time, so that the worker's kept results are never what is timed.
// - gradCamMs: Grad-CAM at conv5, median of 4 classes (ranks 2–5 of the top five);
// - saliencyMs: median of 2 classes; smoothGradMs: n = 25, σ 15 %, one run;
// - occlusionMs: the default 7×7 grid (57-pixel square, step 28), one run;
// - deconvMs: deconvnet projection of conv5, median of 2 channels;
// - longestTaskMs: the longest main-thread task (PerformanceObserver 'longtask') from the first
//   warm request to the last map; goal: none over 50 ms while any method runs. It is wall time:
//   on a loaded machine a task waits for a core (a 226 ms task measured 21 ms of CPU in a trace);
// - forwardMs: the page's own forward of another photo right after, as a yardstick of the load
//   (76–115 ms on this machine when quiet, docs/ENGINE.md).
// Standalone: node bench/attribution.mjs [BENCH_DIST] (serves the build itself, port 4179).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const attributionGoals = { gradCamMs: 300, occlusionMs: 10_000, longestTaskMs: 50 };

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length === 0 ? null : s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (x) => (x == null ? null : Math.round(x * 10) / 10);

export async function measureAttribution(browser, baseUrl, backend) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        performance.mark('bench:longtask', { startTime: e.startTime, detail: { duration: e.duration } });
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`${baseUrl}#variant=seed&image=cat&view=attribution&backend=${backend}`);
  const durations = (name) => page.evaluate((n) => performance.getEntriesByName(n).map((e) => e.duration), name);
  /** Waits until `name` has been measured `n` times; returns the last duration. */
  const measured = async (name, n, timeoutMs = 600_000) => {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const d = await durations(name);
      if (d.length >= n) return d[n - 1];
      if (Date.now() > end) throw new Error(`attribution bench: timed out waiting for ${n} × ${name}`);
      await page.waitForTimeout(100);
    }
  };
  const now = () => page.evaluate(() => performance.now());
  const classRadio = (rank) => page.locator('input[name="attribution-class"]').nth(rank);

  await measured('attribution:gradcam', 1); // cold: the model, the gradient code, the packing
  const from = await now();
  const gradCam = [];
  for (let rank = 1; rank <= 4; rank++) {
    await classRadio(rank).check();
    gradCam.push(await measured('attribution:gradcam', rank + 1));
  }
  await page.getByTestId('attribution-tab-saliency').click();
  await measured('attribution:saliency', 1);
  const saliency = [];
  for (const [i, rank] of [0, 1].entries()) {
    await classRadio(rank).check();
    saliency.push(await measured('attribution:saliency', i + 2));
  }
  await page.getByTestId('attribution-tab-smoothgrad').click();
  await page.getByTestId('attribution-samples').selectOption('25');
  const smoothGrad = await measured('attribution:smoothgrad', 1);
  await page.getByTestId('attribution-tab-occlusion').click();
  const occlusion = await measured('attribution:occlusion', 1);
  await page.getByTestId('attribution-tab-deconvnet').click();
  await measured('attribution:deconvnet', 1);
  await page.getByTestId('attribution-channel-top').uncheck();
  const deconv = [await measured('attribution:deconvnet', 2)];
  await page.getByTestId('attribution-channel').fill('1');
  deconv.push(await measured('attribution:deconvnet', 3));
  const to = await now();
  // A yardstick for the machine's state during the run: the page's own forward of a new photo
  // (the engine's `engine:forward` measure, request → every layer's activations on the page).
  const forwards = (await durations('engine:forward')).length;
  await page.getByTestId('image-change').click();
  await page.getByTestId('sample-coffee').click();
  const forwardMs = await measured('engine:forward', forwards + 1);
  const tasks = await page.evaluate(
    ([a, b]) =>
      performance
        .getEntriesByName('bench:longtask')
        .filter((e) => e.startTime >= a && e.startTime <= b)
        .map((e) => e.detail.duration),
    [from, to],
  );
  await context.close();
  return {
    backend,
    gradCamMs: round(median(gradCam)),
    saliencyMs: round(median(saliency)),
    smoothGradMs: round(smoothGrad),
    occlusionMs: round(occlusion),
    deconvMs: round(median(deconv)),
    longestTaskMs: round(Math.max(0, ...tasks)),
    forwardMs: round(forwardMs),
    runsMs: { gradCam: gradCam.map(round), saliency: saliency.map(round), deconv: deconv.map(round) },
  };
}

export function attributionLines(r) {
  if (!r) return [];
  const g = attributionGoals;
  const mark = (v, goal) => (v == null ? 'n/a' : v <= goal ? 'met' : 'NOT met');
  return [
    `- attribution (${r.backend}, warm, request → map drawn): Grad-CAM conv5 **${r.gradCamMs} ms** (goal ≤ ${g.gradCamMs}: ${mark(r.gradCamMs, g.gradCamMs)}), saliency ${r.saliencyMs} ms, SmoothGrad n = 25 ${r.smoothGradMs} ms, occlusion 7×7 **${r.occlusionMs} ms** (goal ≤ ${g.occlusionMs}: ${mark(r.occlusionMs, g.occlusionMs)}), deconvnet ${r.deconvMs} ms; longest main-thread task meanwhile **${r.longestTaskMs} ms** (goal ≤ ${g.longestTaskMs}: ${mark(r.longestTaskMs, g.longestTaskMs)}); a whole forward in the same page: ${r.forwardMs} ms`,
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { chromium } = await import('@playwright/test');
  const { chromiumArgs, chromiumPath } = await import('../scripts/chromium.mjs');
  const dist = process.argv[2] ?? 'dist';
  const base = 'http://localhost:4179';
  const preview = spawn('npx', ['vite', 'preview', '--outDir', dist, '--port', '4179', '--strictPort'], {
    stdio: 'ignore',
    detached: true,
  });
  for (let i = 0; i < 100; i++) {
    const up = await fetch(base).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const r = await measureAttribution(browser, `${base}/`, 'wasm');
    console.log(JSON.stringify(r, null, 2));
    console.log(attributionLines(r).join('\n'));
  } finally {
    await browser.close();
    process.kill(-preview.pid);
  }
}
