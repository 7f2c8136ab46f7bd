// Issue 9's timings for `npm run bench`, measured in the built app:
// - overviewMs: activations in hand (the engine's `engine:activations` mark) → the whole-network
//   overview drawn for them (`overview-drawn`), after switching samples (median of `runs`);
//   overviewDrawMs is the canvas paint alone. Goal ≤ 150 ms.
// - animFrameP95Ms: one frame of the sliding-window animation (conv1, 227×227 input, played at
//   600 windows/s for 5 s, then 200 steps from the scrubber), 95th percentile of the `anim:frame` measures. Goal ≤ 16 ms.
// Standalone: `node bench/overview.mjs` (BENCH_DIST, BENCH_PORT as in run.mjs; wasm backend).
import { fileURLToPath } from 'node:url';

export const overviewGoals = { overviewMs: 150, animFrameP95Ms: 16 };

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : null;
};
const p95 = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)] : null;
};
const round = (x) => (x == null ? null : Math.round(x * 10) / 10);

/** The first entry named `name` that starts at or after `since`, as {startTime, detail}. */
const entryAfter = (page, name, since, timeout = 120_000) =>
  page
    .waitForFunction(
      ([n, t]) => {
        const e = performance.getEntriesByName(n).find((x) => x.startTime >= t);
        return e ? { startTime: e.startTime, detail: e.detail ?? null } : false;
      },
      [name, since],
      { timeout, polling: 'raf' },
    )
    .then((h) => h.jsonValue());

export async function measureOverview(browser, baseUrl, backend, runs = 5) {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await page.goto(`${baseUrl}#variant=seed&view=overview&image=cat&backend=${backend}`);
  await entryAfter(page, 'overview-drawn', 0, 300_000);
  const after = [];
  const draw = [];
  const samples = ['coffee', 'astronaut', 'rocket', 'cat'];
  for (let i = 0; i < runs; i++) {
    const id = samples[i % samples.length];
    const t0 = await page.evaluate(() => performance.now());
    // The picker is folded once an image is in use (issue 13): open it first.
    await page.getByTestId('image-change').click();
    await page.getByTestId(`sample-${id}`).click();
    const ready = await entryAfter(page, 'engine:activations', t0);
    const drawn = await entryAfter(page, 'overview-drawn', ready.startTime);
    after.push(drawn.startTime - ready.startTime);
    draw.push(drawn.detail?.ms ?? NaN);
  }
  await page.goto(`${baseUrl}#variant=seed&layer=conv1&image=cat&backend=${backend}`);
  await page.getByTestId('anim-play').waitFor({ timeout: 300_000 });
  // Let the step finish its own work (kernels, the channel build) before timing frames.
  await page.getByTestId('build-check').waitFor({ timeout: 300_000 });
  await page.getByTestId('window-animation').getByRole('combobox').selectOption('600');
  await page.evaluate(() => performance.clearMeasures('anim:frame'));
  await page.getByTestId('anim-play').click();
  await page.waitForTimeout(5000);
  await page.getByTestId('anim-play').click(); // pause
  // Then 200 single steps from the scrubber: one frame each, whatever rAF gets on a busy machine.
  await page.getByTestId('anim-scrub').focus();
  for (let i = 0; i < 200; i++) await page.keyboard.press('ArrowRight');
  const frames = await page.evaluate(() => performance.getEntriesByName('anim:frame').map((e) => e.duration));
  await page.close();
  return {
    overviewMs: round(median(after)),
    overviewMaxMs: round(Math.max(...after)),
    overviewDrawMs: round(median(draw)),
    animFrameP95Ms: round(p95(frames)),
    animFrameMedianMs: round(median(frames)),
    animFrames: frames.length,
  };
}

/** The bench report's lines for these figures. */
export function overviewLines(r) {
  if (!r) return [];
  const mark = (v, goal) => (v == null ? 'n/a' : v <= goal ? 'met' : 'NOT met');
  return [
    `- overview, activations ready → whole network drawn (1920×1080): median **${r.overviewMs} ms**, slowest ${r.overviewMaxMs} ms, paint alone ${r.overviewDrawMs} ms (goal ≤ ${overviewGoals.overviewMs}: ${mark(r.overviewMs, overviewGoals.overviewMs)})`,
    `- sliding-window animation (conv1), one frame: p95 **${r.animFrameP95Ms} ms**, median ${r.animFrameMedianMs} ms over ${r.animFrames} frames (goal ≤ ${overviewGoals.animFrameP95Ms}: ${mark(r.animFrameP95Ms, overviewGoals.animFrameP95Ms)})`,
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { spawn } = await import('node:child_process');
  const { chromium } = await import('@playwright/test');
  const { chromiumArgs, chromiumPath } = await import('../scripts/chromium.mjs');
  const port = Number(process.env.BENCH_PORT ?? 4178);
  const base = `http://localhost:${port}`;
  const dist = process.env.BENCH_DIST ?? 'dist';
  const preview = spawn('npx', ['vite', 'preview', '--outDir', dist, '--port', String(port), '--strictPort'], {
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
    const r = await measureOverview(browser, `${base}/`, 'wasm');
    console.log(JSON.stringify(r, null, 2));
    console.log(overviewLines(r).join('\n'));
  } finally {
    await browser.close();
    process.kill(-preview.pid);
  }
}
