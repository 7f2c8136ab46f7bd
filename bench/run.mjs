// npm run bench: drives the built app in headless Chromium and times the engine on each backend,
// next to PyTorch on the CPU of the same machine in the same run. Writes bench/results.json and
// bench/results.md, and prints the table. Not part of `npm test` (it takes a few minutes).
//
// Env: BENCH_DIST (default dist), BENCH_PORT (default 4178; the next two ports are used too),
// BENCH_RUNS (default 10 for the engine, 5 for page loads: BENCH_PAGE_RUNS), BENCH_ONLY (a comma
// list of parts to run: backends, walk, overview, import, attribution, restore, page, lab, webgpu; default all),
// BENCH_COMPARE_DIST (a second build, e.g. of the previous commit: the page-load figures are
// then measured for both, interleaved, in the same run).
// What each number means is in docs/ENGINE.md.
//
// Threads: `vite preview` sends COOP/COEP, so the page is cross-origin isolated and the wasm
// engine runs its threads; the same build from a plain file server (python's http.server, with
// the service worker blocked so it cannot add the headers) runs one thread. Both are timed,
// next to PyTorch with torch.set_num_threads(1) and (threads), in the same run.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { measurePages, pageTable } from './page.mjs';
import { measureRestore } from './restore.mjs';
import { measureWalkthrough } from './walk.mjs';
import { measureOverview, overviewLines } from './overview.mjs';
import { measureImport } from './weights.mjs';
import { labLines, measureLab } from './lab.mjs';
import { measureWebgpu, webgpuLines } from './webgpu.mjs';
import { attributionLines, measureAttribution } from './attribution.mjs';
import { chromium } from '@playwright/test';
import { createServer } from 'vite';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';

const dist = process.env.BENCH_DIST ?? 'dist';
const compareDist = process.env.BENCH_COMPARE_DIST;
const port = Number(process.env.BENCH_PORT ?? 4178);
const runs = Number(process.env.BENCH_RUNS ?? 10);
const pageRuns = Number(process.env.BENCH_PAGE_RUNS ?? 5);
const only = new Set((process.env.BENCH_ONLY ?? '').split(',').filter(Boolean));
const want = (part) => only.size === 0 || only.has(part);
const base = `http://localhost:${port}`;
const plainBase = `http://127.0.0.1:${port + 1}`;
const compareBase = `http://localhost:${port + 2}`;
const variant = 'seed';
const goals = { ratio: 1.2, modelReadyMs: 1500, longestTaskMs: 100, stepDrawMs: 100, weightsRestoreMs: 3000 };

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

/** PyTorch's CPU forward for the same spec on `threads` threads (Debian's python3-torch); null when absent. */
function pytorch(spec, threads) {
  if (!existsSync('/usr/bin/python3')) return null;
  const r = spawnSync('/usr/bin/python3', ['bench/pytorch_forward.py', String(runs), String(threads)], {
    input: JSON.stringify(spec),
    encoding: 'utf8',
  });
  if (r.status !== 0) {
    console.warn(`PyTorch not usable here: ${(r.stderr || '').trim().split('\n').at(-1)}`);
    return null;
  }
  return JSON.parse(r.stdout.trim().split('\n').at(-1));
}

/** Starts a server and resolves once `url` answers: `vite preview` (COOP/COEP) or a plain one. */
async function startServer(kind, folder, p, url) {
  const args =
    kind === 'preview'
      ? ['npx', ['vite', 'preview', '--outDir', folder, '--port', String(p), '--strictPort']]
      : ['/usr/bin/python3', ['-m', 'http.server', String(p), '--bind', '127.0.0.1', '--directory', folder]];
  const child = spawn(args[0], args[1], { stdio: 'ignore', detached: true });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return child;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${kind} server did not start on ${url}`);
}

/**
 * Loads the app with #backend=…, waits for the first activations, then clicks "Measure speed".
 * `at`: the server (default: vite preview, isolated); `plain`: a server without COOP/COEP, with
 * the service worker blocked (so nothing adds them): one engine thread.
 */
async function measure(browser, choice, at = base, plain = false) {
  const context = await browser.newContext({
    viewport: { width: 1400, height: 900 },
    ...(plain ? { serviceWorkers: 'block' } : {}),
  });
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
  await page.goto(`${at}/${hash}`);
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
  await page.getByTestId('status-details').click(); // the shell's status line opens the engine details
  const threads = Number(await page.getByTestId('diag-threads').textContent()) || null;
  const isolated = await page.evaluate(() => self.crossOriginIsolated === true);
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
    threads,
    isolated,
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

const mark = (ok) => (ok == null ? 'n/a' : ok ? 'met' : 'NOT met');
const fmtStats = (x) => (x ? `**${x.median ?? '–'}** (${x.min ?? '–'}–${x.max ?? '–'})` : '–');

function table(results) {
  const lines = [`AlexNet "${variant}" variant, batch 1, ${results.machine}; ${runs} runs per engine median.`, ''];
  if (results.backends) {
    const cols = ['threads', 'modelReadyMs', 'firstForwardMs', 'warmForwardMs', 'allActivationsMs', 'longestTaskMs'];
    lines.push(`| backend | ${cols.join(' | ')} |`, `|---|${cols.map(() => '---:').join('|')}|`);
    for (const [name, r] of Object.entries(results.backends))
      lines.push(`| ${name} | ${cols.map((c) => r[c] ?? '–').join(' | ')} |`);
    if (results.auto)
      lines.push(`| auto (→ ${results.autoBackend}) | ${cols.map((c) => results.auto[c] ?? '–').join(' | ')} |`);
    lines.push('', `- auto backend on this machine: **${results.autoBackend}**`);
    for (const r of results.ratios ?? [])
      lines.push(
        `- all activations, wasm on ${r.threads} thread(s): ${r.wasmMs} ms vs PyTorch ${results.pytorch?.[0]?.torch ?? ''} on ${r.threads} thread(s): ${r.pytorchMs ?? '–'} ms: ratio **${r.ratio ?? 'n/a'}** (goal ≤ ${goals.ratio}: ${mark(r.ratio == null ? null : r.ratio <= goals.ratio)})`,
      );
    if (results.auto) {
      lines.push(
        `- modelReadyMs (auto): ${results.auto.modelReadyMs}, read by the page at ${results.auto.modelReadyOnPageMs} (goal ≤ ${goals.modelReadyMs}: ${mark(results.goals.modelReadyMs)})`,
        `- longestTaskMs (auto): ${results.auto.longestTaskMs}, whole page incl. load: ${results.auto.longestTaskWholePageMs} (goal ≤ ${goals.longestTaskMs}: ${mark(results.goals.longestTaskMs)})`,
      );
    }
  }
  const w = results.weights;
  if (w)
    lines.push(
      `- trained weights (244 MB .pth, picker → every layer usable): importMs **${w.importMs}**, importPeakMB ${w.importPeakMB}, first look (conv1 from the arriving file) at ${w.firstLookMs} ms, trained conv1 maps drawn at ${w.trainedMapsMs} ms, firstMapsAfterImportMs ${w.firstMapsAfterImportMs}, longest main-thread task ${w.longestTaskMs} ms`,
    );
  for (const [label, r] of Object.entries(results.restore ?? {}))
    lines.push(
      `- kept weights after a reload${label === 'this' ? '' : ` (${label})`}: weightsRestoreMs (navigation → trained conv1 maps drawn) ${fmtStats(r.weightsRestoreMs)} (goal ≤ ${goals.weightsRestoreMs}: ${mark(r.weightsRestoreMs.median == null ? null : r.weightsRestoreMs.median <= goals.weightsRestoreMs)}); trained model ready ${fmtStats(r.restoreModelReadyMs)}`,
    );
  const wt = results.walkthrough;
  if (wt)
    lines.push(
      `- walkthrough, next layer's maps drawn (activations ready): median **${wt.stepDrawMs} ms**, slowest ${wt.stepDrawMaxMs} ms (goal ≤ ${goals.stepDrawMs}: ${mark(results.goals.stepDrawMs)})`,
      `- walkthrough, sample chosen → every layer ready and drawn: **${wt.imageToReadyMs} ms**`,
    );
  if (results.overview) lines.push(...overviewLines(results.overview));
  if (results.attribution) lines.push(...attributionLines(results.attribution));
  for (const [label, p] of Object.entries(results.page ?? {}))
    lines.push('', ...(label === 'this' ? [] : [`**${label}** (${p.dist}):`, '']), ...pageTable(p));
  if (results.webgpu) lines.push(...webgpuLines(results.webgpu));
  if (results.lab) lines.push(...labLines(results.lab));
  return lines.join('\n');
}

const spec = await loadSpec();
const servers = [await startServer('preview', dist, port, base)];
if (want('backends')) servers.push(await startServer('plain', dist, port + 1, plainBase));
if (compareDist) servers.push(await startServer('preview', compareDist, port + 2, compareBase));
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  const results = {
    date: new Date().toISOString(),
    machine: `${(await import('node:os')).cpus().length} CPU cores, ${chromiumPath}`,
    variant,
    dist,
    ...(compareDist ? { compareDist } : {}),
    goals: {},
  };
  if (want('backends')) {
    const backends = {};
    for (const choice of ['webgl', 'wasm']) {
      console.log(`measuring ${choice}…`);
      backends[choice] = await measure(browser, choice);
    }
    console.log('measuring wasm on one thread (no cross-origin isolation)…');
    backends['wasm, not isolated'] = await measure(browser, 'wasm', plainBase, true);
    // PyTorch right before the auto run, so that both sides of the ratio share the machine's mood.
    const threadCounts = [...new Set([1, backends.wasm.threads ?? 1])];
    console.log(`measuring PyTorch on ${threadCounts.join(' and ')} thread(s)…`);
    const pt = threadCounts.map((n) => pytorch(spec, n));
    console.log('measuring auto…');
    const auto = await measure(browser, 'auto');
    const wasmOn = (n) => (n === 1 ? backends['wasm, not isolated'] : backends.wasm);
    const ratios = threadCounts.map((n, i) => {
      const wasmMs = wasmOn(n).allActivationsMs;
      const pytorchMs = pt[i] ? round(pt[i].medianMs) : null;
      return { threads: n, wasmMs, pytorchMs, ratio: pytorchMs ? Math.round((wasmMs / pytorchMs) * 100) / 100 : null };
    });
    Object.assign(results, { backends, autoBackend: auto.backend, auto, pytorch: pt, ratios });
    results.goals.ratio = ratios.every((r) => r.ratio != null) ? ratios.every((r) => r.ratio <= goals.ratio) : null;
    results.goals.modelReadyMs = auto.modelReadyMs <= goals.modelReadyMs;
    results.goals.longestTaskMs = auto.longestTaskMs <= goals.longestTaskMs;
  }
  const backend = results.autoBackend ?? 'wasm';
  if (want('walk')) {
    console.log('measuring the walkthrough…');
    results.walkthrough = await measureWalkthrough(browser, `${base}/`, backend);
    results.goals.stepDrawMs = results.walkthrough.stepDrawMs <= goals.stepDrawMs;
  }
  if (want('overview')) results.overview = await measureOverview(browser, `${base}/`, backend); // issue 9
  if (want('import')) {
    console.log('measuring a weights import…');
    results.weights = await measureImport(browser, `${base}/`, backend);
  }
  if (want('attribution')) {
    console.log('measuring the attribution methods…');
    results.attribution = await measureAttribution(browser, `${base}/`, backend); // issue 20
  }
  const builds = { this: `${base}/`, ...(compareDist ? { compare: `${compareBase}/` } : {}) };
  if (want('restore')) {
    console.log('measuring kept weights after a reload…');
    results.restore = {};
    for (const [label, url] of Object.entries(builds))
      results.restore[label] = await measureRestore(browser, url, pageRuns);
  }
  if (want('page')) {
    console.log('measuring the first load and a repeat visit…');
    results.page = await measurePages(browser, builds, pageRuns);
    results.page.this.dist = dist;
    if (compareDist) results.page.compare.dist = compareDist;
    // The same loads with the page rasterised on the CPU. By default this headless Chromium
    // rasterises in the GPU process on SwiftShader (software GL), and a traced cold load showed
    // the page's longest tasks (0.4–1.2 s) as the main thread waiting for that busy process when
    // it made its first canvas; a laptop's GPU rasterises in milliseconds. Chromium's own path
    // for a GPU it does not trust (CPU raster) is the nearer stand-in for that wait.
    const cpuRaster = await chromium.launch({
      executablePath: chromiumPath,
      args: [...chromiumArgs, '--disable-gpu-rasterization'],
    });
    try {
      const p = await measurePages(cpuRaster, { cpu: `${base}/` }, pageRuns);
      results.page['CPU raster'] = { ...p.cpu, dist: `${dist}, --disable-gpu-rasterization` };
    } finally {
      await cpuRaster.close();
    }
  }
  if (want('lab')) {
    console.log('measuring the training lab…');
    results.lab = await measureLab(browser, `${base}/`); // issue 21
  }
  if (want('webgpu')) results.webgpu = await measureWebgpu(`${base}/`); // issue 10: its own Chromium, with WebGPU enabled
  const md = table(results);
  writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync('bench/results.md', `${md}\n`);
  console.log(`\n${md}\n`);
} finally {
  await browser.close();
  for (const server of servers) process.kill(-server.pid);
}
