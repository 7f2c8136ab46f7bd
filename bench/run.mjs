// npm run bench: drives the built app in headless Chromium and times the engine on each backend,
// next to PyTorch on the CPU of the same machine in the same run. Writes bench/results.json and
// bench/results.md, and prints the table. Not part of `npm test` (it takes a few minutes).
//
// Env: BENCH_DIST (default dist), BENCH_PORT (default 4178), BENCH_RUNS (default 10),
// BENCH_ONLY=lab (only the training lab, into bench/results-lab.json).
// What each number means is in docs/ENGINE.md.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { measurePage, pageTable } from './page.mjs';
import { measureWalkthrough } from './walk.mjs';
import { measureOverview, overviewLines } from './overview.mjs';
import { measureImport } from './weights.mjs';
import { labLines, measureLab } from './lab.mjs';
import { measureWebgpu, webgpuLines } from './webgpu.mjs';
import { chromium } from '@playwright/test';
import { createServer } from 'vite';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';

const dist = process.env.BENCH_DIST ?? 'dist';
const port = Number(process.env.BENCH_PORT ?? 4178);
const runs = Number(process.env.BENCH_RUNS ?? 10);
const base = `http://localhost:${port}`;
const variant = 'seed';
const goals = { ratio: 1.2, modelReadyMs: 1500, longestTaskMs: 100, stepDrawMs: 100 };

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (x) => (x == null ? null : Math.round(x * 10) / 10);

/** The variant's spec, loaded from src/core through Vite (the bench is plain Node, core is TS). */
async function loadSpec() {
  const server = await createServer({
    logLevel: 'silent',
    server: { middlewareMode: true, hmr: false },
    appType: 'custom',
  });
  try {
    const mod = await server.ssrLoadModule('/src/core/variants.ts');
    return mod.variants[variant];
  } finally {
    await server.close();
  }
}

/** PyTorch's CPU forward for the same spec, with Debian's python3-torch; null when absent. */
function pytorch(spec) {
  if (!existsSync('/usr/bin/python3')) return null;
  const r = spawnSync('/usr/bin/python3', ['bench/pytorch_forward.py', String(runs)], {
    input: JSON.stringify(spec),
    encoding: 'utf8',
  });
  if (r.status !== 0) {
    console.warn(`PyTorch not usable here: ${(r.stderr || '').trim().split('\n').at(-1)}`);
    return null;
  }
  return JSON.parse(r.stdout.trim().split('\n').at(-1));
}

async function startPreview() {
  const child = spawn('npx', ['vite', 'preview', '--outDir', dist, '--port', String(port), '--strictPort'], {
    stdio: 'ignore',
    detached: true,
  });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(base)).ok) return child;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not start on ${base}`);
}

/** Loads the app with #backend=…, waits for the first activations, then clicks "Measure speed". */
async function measure(browser, choice) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // Long tasks go onto the page's own timeline as marks, so nothing is added to window.
  await page.addInitScript(() => {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        performance.mark('bench:longtask', { startTime: e.startTime, detail: { duration: e.duration } });
    }).observe({ type: 'longtask', buffered: true });
  });
  const hash = choice === 'auto' ? `#variant=${variant}` : `#variant=${variant}&backend=${choice}`;
  await page.goto(`${base}/${hash}`);
  const count = (name) => page.evaluate((n) => performance.getEntriesByName(n).length, name);
  const until = async (name, n, timeoutMs) => {
    const end = Date.now() + timeoutMs;
    while ((await count(name)) < n) {
      if (Date.now() > end)
        throw new Error(`${choice}: timed out waiting for ${n} × ${name} (errors: ${errors.join('; ') || 'none'})`);
      await page.waitForTimeout(100);
    }
  };
  await until('engine:activations', 1, 300_000);
  const backend = await page.getByTestId('engine-status').getAttribute('data-backend');
  await page.getByTestId('diagnostics').locator('summary').click();
  await page.getByTestId('diag-measure').click();
  await until('engine:bench-all', runs, 600_000);
  const t = await page.evaluate(() => {
    const entries = (n) => performance.getEntriesByName(n);
    return {
      buildStart: entries('engine:build-start')[0]?.startTime,
      modelReady: entries('engine:model-ready')[0]?.startTime,
      modelReadyOnPage: entries('engine:model-ready')[0]?.detail?.receivedAt,
      build: entries('engine:build')[0]?.detail,
      firstForward: entries('engine:forward')[0]?.duration,
      warm: entries('engine:bench-warm').map((e) => e.duration),
      all: entries('engine:bench-all').map((e) => e.duration),
      longTasks: entries('bench:longtask').map((e) => ({ start: e.startTime, duration: e.detail.duration })),
    };
  });
  await context.close();
  const during = t.longTasks.filter((l) => l.start >= t.buildStart);
  return {
    backend,
    modelReadyMs: round(t.modelReady),
    modelReadyOnPageMs: round(t.modelReadyOnPage),
    firstForwardMs: round(t.firstForward),
    warmForwardMs: round(median(t.warm)),
    allActivationsMs: round(median(t.all)),
    longestTaskMs: round(Math.max(0, ...during.map((l) => l.duration))),
    longestTaskWholePageMs: round(Math.max(0, ...t.longTasks.map((l) => l.duration))),
    buildRequestedAtMs: round(t.buildStart),
    workerBuild:
      t.build && Object.fromEntries(Object.entries(t.build).map(([k, v]) => [k, typeof v === 'number' ? round(v) : v])),
    runsMs: { warm: t.warm.map(round), all: t.all.map(round) },
  };
}

function table(results) {
  const cols = ['modelReadyMs', 'firstForwardMs', 'warmForwardMs', 'allActivationsMs', 'longestTaskMs'];
  const rows = [`| backend | ${cols.join(' | ')} |`, `|---|${cols.map(() => '---:').join('|')}|`];
  for (const [name, r] of Object.entries(results.backends))
    rows.push(`| ${name} | ${cols.map((c) => r[c] ?? '–').join(' | ')} |`);
  rows.push(`| auto (→ ${results.autoBackend}) | ${cols.map((c) => results.auto[c] ?? '–').join(' | ')} |`);
  const pt = results.pytorch;
  const g = results.goals;
  const mark = (ok) => (ok == null ? 'n/a' : ok ? 'met' : 'NOT met');
  return [
    `AlexNet "${variant}" variant, batch 1, ${results.machine}; ${runs} runs per median.`,
    '',
    ...rows,
    '',
    `- auto backend on this machine: **${results.autoBackend}**`,
    `- PyTorch ${pt ? `${pt.torch} on the CPU, ${pt.threads} thread(s): **${round(pt.medianMs)} ms** per forward` : 'not installed: pytorchCpuMs = null'}`,
    `- ratio allActivationsMs (auto) / pytorchCpuMs: **${results.ratio ?? 'n/a'}** (goal ≤ ${goals.ratio}: ${mark(g.ratio)})`,
    `- modelReadyMs (auto): ${results.auto.modelReadyMs}, read by the page at ${results.auto.modelReadyOnPageMs} (goal ≤ ${goals.modelReadyMs}: ${mark(g.modelReadyMs)})`,
    `- longestTaskMs (auto): ${results.auto.longestTaskMs}, whole page incl. load: ${results.auto.longestTaskWholePageMs} (goal ≤ ${goals.longestTaskMs}: ${mark(g.longestTaskMs)})`,
    `- trained weights (244 MB .pth, picker → every layer usable): importMs **${results.weights.importMs}**, importPeakMB ${results.weights.importPeakMB}, first look (conv1 from the arriving file) at ${results.weights.firstLookMs} ms, trained conv1 maps drawn at ${results.weights.trainedMapsMs} ms, firstMapsAfterImportMs ${results.weights.firstMapsAfterImportMs}, longest main-thread task ${results.weights.longestTaskMs} ms`,
    `- walkthrough, next layer's maps drawn (activations ready): median **${results.walkthrough.stepDrawMs} ms**, slowest ${results.walkthrough.stepDrawMaxMs} ms (goal ≤ ${goals.stepDrawMs}: ${mark(g.stepDrawMs)})`,
    `- walkthrough, sample chosen → every layer ready and drawn: **${results.walkthrough.imageToReadyMs} ms** = ${Math.round((results.walkthrough.imageToReadyMs / results.auto.warmForwardMs) * 10) / 10}× the warm forward (goal ≤ 2×: ${mark(g.imageToReady)})`,
    ...overviewLines(results.overview),
    '',
    ...pageTable(results.page),
    ...webgpuLines(results.webgpu),
    ...labLines(results.lab),
  ].join('\n');
}

const spec = await loadSpec();
const preview = await startPreview();
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
if (process.env.BENCH_ONLY === 'lab') {
  try {
    console.log('measuring the training lab…');
    const lab = await measureLab(browser, `${base}/`);
    writeFileSync('bench/results-lab.json', `${JSON.stringify({ date: new Date().toISOString(), lab }, null, 2)}\n`);
    console.log(labLines(lab).join('\n'));
  } finally {
    await browser.close();
    process.kill(-preview.pid);
  }
  process.exit(0);
}
try {
  const backends = {};
  for (const choice of ['webgl', 'wasm']) {
    console.log(`measuring ${choice}…`);
    backends[choice] = await measure(browser, choice);
  }
  // PyTorch right before the auto run, so that both sides of the ratio share the machine's mood.
  console.log('measuring PyTorch…');
  const pt = pytorch(spec);
  console.log('measuring auto…');
  const auto = await measure(browser, 'auto');
  console.log('measuring the walkthrough…');
  const walkthrough = await measureWalkthrough(browser, `${base}/`, auto.backend);
  const overview = await measureOverview(browser, `${base}/`, auto.backend); // issue 9
  console.log('measuring a weights import…');
  const weights = await measureImport(browser, `${base}/`, auto.backend);
  console.log('measuring the first load and a repeat visit…');
  const page = await measurePage(browser, `${base}/`, runs);
  const webgpu = await measureWebgpu(`${base}/`); // issue 10: its own Chromium, with WebGPU enabled
  console.log('measuring the training lab…');
  const lab = await measureLab(browser, `${base}/`); // issue 21
  const rawRatio = pt ? auto.allActivationsMs / pt.medianMs : null;
  const ratio = rawRatio == null ? null : Math.round(rawRatio * 100) / 100;
  const results = {
    date: new Date().toISOString(),
    machine: `${(await import('node:os')).cpus().length} CPU cores, ${chromiumPath}`,
    variant,
    backends,
    autoBackend: auto.backend,
    auto,
    pytorchCpuMs: pt ? round(pt.medianMs) : null,
    pytorch: pt,
    ratio,
    walkthrough,
    overview,
    weights,
    page,
    webgpu,
    lab,
    goals: {
      stepDrawMs: walkthrough.stepDrawMs <= goals.stepDrawMs,
      imageToReady: walkthrough.imageToReadyMs <= 2 * auto.warmForwardMs,
      ratio: rawRatio == null ? null : rawRatio <= goals.ratio,
      modelReadyMs: auto.modelReadyMs <= goals.modelReadyMs,
      longestTaskMs: auto.longestTaskMs <= goals.longestTaskMs,
    },
  };
  const md = table(results);
  writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync('bench/results.md', `${md}\n`);
  console.log(`\n${md}\n`);
} finally {
  await browser.close();
  process.kill(-preview.pid);
}
