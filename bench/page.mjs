// Page-level timings for `npm run bench` (issue 10's goals), measured in the built app on
// `#variant=seed&layer=conv1&image=cat`, `runs` times each:
// - firstContentfulPaintMs: the browser's `first-contentful-paint` entry;
// - firstMapsMs.cold: navigation → conv1's feature maps drawn (`maps-drawn:conv1:sample-cat`)
//   in a fresh browser context (no HTTP cache, no service worker);
// - firstMapsMs.warm: the same in a context that has loaded the page once before (repeat visit:
//   HTTP cache and the service worker's offline copy in place);
// - modelReadyMs: the first `engine:model-ready` mark (cold); conv1's maps may be drawn before
//   it, from the early layers (docs/ENGINE.md);
// - allLayersMs: navigation → every layer's activations on the page (`engine:activations`);
// - longestTaskMs: the longest main-thread task over the whole cold load, from navigation until
//   every layer is in and one second after (the page's own start-up included);
// - heapMB: the renderer processes' memory (page and workers: JS heaps, typed arrays, wasm
//   memory, code; Pss) one second after every layer is in;
// - crossOriginIsolated and engineThreads: whether the page was isolated, and the threads the
//   engine computed on (the diagnostics panel's figure), per load.
// Each figure is given as { median, min, max, runs }. measurePages interleaves several builds
// (A/B in one run: each round loads each build cold, then warm, so they share the machine's mood).

import { readFileSync } from 'node:fs';

const MAPS = 'maps-drawn:conv1:sample-cat';
const HASH = '#variant=seed&layer=conv1&image=cat';

const stats = (xs) => {
  const s = xs.filter((x) => x != null).sort((a, b) => a - b);
  if (!s.length) return { median: null, min: null, max: null, runs: [] };
  const m = Math.floor(s.length / 2);
  const median = s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
  const r = (x) => Math.round(x * 10) / 10;
  return { median: r(median), min: r(s[0]), max: r(s.at(-1)), runs: xs.map((x) => (x == null ? null : r(x))) };
};

/** Puts long tasks on the page's own timeline (as marks), so nothing is added to window. */
function observeLongTasks() {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      performance.mark('bench:longtask', { startTime: e.startTime, detail: { duration: e.duration } });
  }).observe({ type: 'longtask', buffered: true });
}

/**
 * Memory of the renderer processes (the page and its workers live in them), as the kernel
 * counts it (Pss from /proc/<pid>/smaps_rollup): JS heaps, typed arrays and wasm memories,
 * plus code. An upper bound for "JS heap + wasm memory": DevTools' heap figures leave the
 * wasm memory out, and a heap walk in the engine worker crashed it.
 */
async function memoryBytes(browser) {
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { processInfo } = await cdp.send('SystemInfo.getProcessInfo');
    let total = 0;
    for (const p of processInfo.filter((x) => x.type === 'renderer')) {
      try {
        const rollup = readFileSync(`/proc/${p.id}/smaps_rollup`, 'utf8');
        total += Number(/^Pss:\s+(\d+) kB/m.exec(rollup)?.[1] ?? 0) * 1024;
      } catch {
        // the process ended meanwhile
      }
    }
    return total;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** One load of the page in `context`; returns its figures (ms from navigation start). */
async function load(context, url, withMemory) {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, MAPS, {
    timeout: 120_000,
    polling: 100,
  });
  // conv1's maps may come from the early layers, before the model is ready: wait for the whole
  // forward too, so that the model-ready time, the longest task and the memory cover all of it.
  await page.waitForFunction(() => performance.getEntriesByName('engine:activations').length > 0, null, {
    timeout: 120_000,
    polling: 100,
  });
  await page.waitForTimeout(1000);
  const t = await page.evaluate((n) => {
    const first = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
    return {
      fcp: first('first-contentful-paint'),
      maps: first(n),
      modelReady: first('engine:model-ready'),
      allLayers: first('engine:activations'),
      longest: Math.max(0, ...performance.getEntriesByName('bench:longtask').map((e) => e.detail.duration)),
      isolated: self.crossOriginIsolated === true,
      threads: Number(document.querySelector('[data-testid="diag-threads"]')?.textContent) || null,
      // Where the longest task fell: its start and the app's marks on either side of it.
      longestAt: (() => {
        const tasks = performance.getEntriesByName('bench:longtask');
        const top = tasks.reduce((a, e) => (a && a.detail.duration >= e.detail.duration ? a : e), null);
        if (!top) return null;
        const marks = performance.getEntriesByType('mark').filter((m) => !m.name.startsWith('bench:'));
        const end = top.startTime + top.detail.duration;
        return {
          at: Math.round(top.startTime),
          after: marks.filter((m) => m.startTime <= top.startTime).at(-1)?.name ?? 'navigation',
          before: marks.find((m) => m.startTime >= end)?.name ?? null,
        };
      })(),
    };
  }, MAPS);
  const bytes = withMemory ? await memoryBytes(context.browser()) : null;
  await page.close();
  return { ...t, heapMB: bytes == null ? null : bytes / 2 ** 20 };
}

/** Cold and repeat-visit loads, `runs` of each; figures as { median, min, max, runs }. */
export async function measurePage(browser, baseUrl, runs = 5) {
  return (await measurePages(browser, { only: baseUrl }, runs)).only;
}

/** measurePage for each of `urls` ({ label: baseUrl }), interleaved round by round. */
export async function measurePages(browser, urls, runs = 5) {
  const loads = Object.fromEntries(Object.keys(urls).map((k) => [k, { cold: [], warm: [] }]));
  for (let i = 0; i < runs; i++) {
    for (const [label, baseUrl] of Object.entries(urls)) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      await context.addInitScript(observeLongTasks);
      loads[label].cold.push(await load(context, `${baseUrl}${HASH}`, true));
      loads[label].warm.push(await load(context, `${baseUrl}${HASH}`, false));
      await context.close();
    }
  }
  return Object.fromEntries(Object.entries(loads).map(([k, { cold, warm }]) => [k, figures(cold, warm)]));
}

function figures(cold, warm) {
  return {
    url: HASH,
    firstContentfulPaintMs: stats(cold.map((r) => r.fcp)),
    firstMapsMs: { cold: stats(cold.map((r) => r.maps)), warm: stats(warm.map((r) => r.maps)) },
    firstContentfulPaintWarmMs: stats(warm.map((r) => r.fcp)),
    modelReadyMs: stats(cold.map((r) => r.modelReady)),
    allLayersMs: stats(cold.map((r) => r.allLayers)),
    longestTaskMs: stats(cold.map((r) => r.longest)),
    longestTaskWarmMs: stats(warm.map((r) => r.longest)),
    longestTaskWhere: cold.map((r) => r.longestAt),
    heapMB: stats(cold.map((r) => r.heapMB)),
    crossOriginIsolated: [...cold, ...warm].map((r) => r.isolated),
    engineThreads: stats([...cold, ...warm].map((r) => r.threads)),
  };
}

/** Issue 22's page-level goals (issue 10's first paint). */
export const pageGoals = {
  firstContentfulPaintMs: 800,
  firstMapsColdMs: 2000,
  firstMapsWarmMs: 1200,
  longestTaskMs: 100,
  longestTaskMaxMs: 200,
  modelReadyMs: 1500,
  heapMB: 600,
};

/** Markdown table: goal, median, range and verdict of each page-level figure. */
export function pageTable(p) {
  const row = (name, s, goal) =>
    `| ${name} | ≤ ${goal} | ${s.median ?? '–'} | ${s.min ?? '–'}–${s.max ?? '–'} | ${s.median == null ? 'n/a' : s.median <= goal ? 'met' : 'NOT met'} |`;
  const g = pageGoals;
  return [
    `Loading \`${p.url}\`, ${p.firstMapsMs.cold.runs.length} cold loads (fresh context) and as many repeat visits:`,
    '',
    '| figure | goal | median | range | |',
    '|---|---:|---:|---:|---|',
    row('firstContentfulPaintMs', p.firstContentfulPaintMs, g.firstContentfulPaintMs),
    row('firstMapsMs (cold)', p.firstMapsMs.cold, g.firstMapsColdMs),
    row('firstMapsMs (repeat visit)', p.firstMapsMs.warm, g.firstMapsWarmMs),
    row('modelReadyMs (cold)', p.modelReadyMs, g.modelReadyMs),
    `| allLayersMs (cold, every layer on the page) | – | ${p.allLayersMs.median ?? '–'} | ${p.allLayersMs.min ?? '–'}–${p.allLayersMs.max ?? '–'} | |`,
    row('longestTaskMs (whole cold load)', p.longestTaskMs, g.longestTaskMs),
    `| longestTaskMs max over the cold loads | ≤ ${g.longestTaskMaxMs} | ${p.longestTaskMs.max ?? '–'} | | ${p.longestTaskMs.max == null ? 'n/a' : p.longestTaskMs.max <= g.longestTaskMaxMs ? 'met' : 'NOT met'} |`,
    row('heapMB (renderer Pss)', p.heapMB, g.heapMB),
    `| crossOriginIsolated, engineThreads | – | ${p.crossOriginIsolated.every(Boolean) ? 'yes' : p.crossOriginIsolated.some(Boolean) ? 'some loads' : 'no'}, ${p.engineThreads.median ?? '–'} | ${p.engineThreads.min ?? '–'}–${p.engineThreads.max ?? '–'} | |`,
    '',
    "Where each cold load's longest task fell (start, and the marks either side):",
    ...p.longestTaskWhere.map(
      (w, i) =>
        `- run ${i + 1}: ${p.longestTaskMs.runs[i]} ms at ${w?.at ?? '–'} ms, after \`${w?.after ?? '–'}\`, before \`${w?.before ?? '–'}\``,
    ),
  ];
}
