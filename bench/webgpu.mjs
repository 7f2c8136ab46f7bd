// Issue 10's WebGPU figures for `npm run bench`. Its own Chromium, with `--enable-unsafe-webgpu`
// (headless Chromium on Linux offers no adapter without it), asks for a WebGPU adapter, then:
// - no adapter, or only a software fallback (SwiftShader on a machine without a GPU): records
//   that, and measures nothing (set BENCH_WEBGPU_SOFTWARE=1 to time the fallback anyway);
// - an adapter: loads `#backend=webgpu` and times it like run.mjs times the other backends
//   (model ready, first forward, then "Measure speed": medians of the output-only and
//   all-activations forwards), and on a hardware adapter also loads `auto` and records what it
//   chose and why, with the race between WebGL and WebGPU (docs/ENGINE.md).
// Standalone: `node bench/webgpu.mjs` (BENCH_DIST, BENCH_PORT as in run.mjs).
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : null;
};
const round = (x) => (x == null ? null : Math.round(x * 10) / 10);

/** What `navigator.gpu.requestAdapter()` gives on this origin (a secure context: localhost). */
async function probeAdapter(browser, baseUrl) {
  const page = await browser.newPage();
  await page.goto(`${baseUrl}samples/CREDITS.md`); // same origin, without starting the app
  const adapter = await page.evaluate(async () => {
    if (!navigator.gpu) return { available: false, why: 'no navigator.gpu' };
    const a = await navigator.gpu.requestAdapter().catch(() => null);
    if (!a) return { available: false, why: 'requestAdapter() gave null' };
    const info = a.info ?? {};
    const fallback = info.isFallbackAdapter ?? a.isFallbackAdapter ?? false;
    return {
      available: true,
      fallback,
      vendor: info.vendor,
      architecture: info.architecture,
      description: info.description,
    };
  });
  await page.close();
  return adapter;
}

/** Loads the seed variant with `hash`, waits for the first maps, and reads what the engine says. */
async function engineRun(browser, baseUrl, hash, time) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${baseUrl}#variant=seed${hash}`);
  await page.waitForFunction(() => performance.getEntriesByName('engine:activations').length > 0, null, {
    timeout: 300_000,
  });
  const status = page.getByTestId('engine-status');
  await page.getByTestId('status-details').click(); // the shell's status line opens the engine details
  const out = {
    backend: await status.getAttribute('data-backend'),
    why: await page.getByTestId('diag-why').textContent(),
    adapter: await page.getByTestId('diag-webgpu').textContent(),
    race: (await page.getByTestId('diag-gpu-race').count())
      ? await page.getByTestId('diag-gpu-race').textContent()
      : null,
  };
  if (time && out.backend === 'webgpu') {
    await page.getByTestId('diag-measure').click();
    await page.waitForFunction(() => performance.getEntriesByName('engine:bench-all').length >= 10, null, {
      timeout: 600_000,
    });
    const t = await page.evaluate(() => {
      const all = (n) => performance.getEntriesByName(n);
      return {
        modelReady: all('engine:model-ready')[0]?.startTime,
        firstForward: all('engine:forward')[0]?.duration,
        warm: all('engine:bench-warm').map((e) => e.duration),
        every: all('engine:bench-all').map((e) => e.duration),
      };
    });
    Object.assign(out, {
      modelReadyMs: round(t.modelReady),
      firstForwardMs: round(t.firstForward),
      warmForwardMs: round(median(t.warm)),
      allActivationsMs: round(median(t.every)),
    });
  }
  await context.close();
  return out;
}

/** The WebGPU figures (see the top of this file); `baseUrl` ends with a slash. */
export async function measureWebgpu(baseUrl, software = process.env.BENCH_WEBGPU_SOFTWARE === '1') {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [...chromiumArgs, '--enable-unsafe-webgpu'],
  });
  try {
    const adapter = await probeAdapter(browser, baseUrl);
    if (!adapter.available) return { adapter, measured: false, note: 'no WebGPU adapter in this browser' };
    if (adapter.fallback && !software)
      return { adapter, measured: false, note: 'only a software fallback adapter (no hardware WebGPU)' };
    const forced = await engineRun(browser, baseUrl, '&backend=webgpu', true);
    const auto = adapter.fallback ? null : await engineRun(browser, baseUrl, '', false);
    return { adapter, measured: forced.backend === 'webgpu', forced, auto };
  } finally {
    await browser.close();
  }
}

/** The bench report's lines for these figures. */
export function webgpuLines(r) {
  if (!r) return [];
  const a = r.adapter;
  const name = a.available ? [a.vendor, a.architecture, a.description].filter(Boolean).join(' ') || 'unnamed' : '';
  if (!r.measured) return [`- WebGPU: not measured: ${r.note ?? r.forced?.why}${name ? ` (adapter: ${name})` : ''}`];
  const f = r.forced;
  const lines = [
    `- WebGPU (#backend=webgpu, adapter ${name}${a.fallback ? ', software fallback' : ''}): modelReadyMs ${f.modelReadyMs}, firstForwardMs ${f.firstForwardMs}, warmForwardMs **${f.warmForwardMs}**, allActivationsMs **${f.allActivationsMs}**`,
  ];
  if (r.auto)
    lines.push(
      `- WebGPU vs WebGL under auto: ran on **${r.auto.backend}**: ${r.auto.why}${r.auto.race ? ` (${r.auto.race})` : ''}`,
    );
  return lines;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { spawn } = await import('node:child_process');
  const port = Number(process.env.BENCH_PORT ?? 4178);
  const base = `http://localhost:${port}`;
  const preview = spawn(
    'npx',
    ['vite', 'preview', '--outDir', process.env.BENCH_DIST ?? 'dist', '--port', String(port), '--strictPort'],
    {
      stdio: 'ignore',
      detached: true,
    },
  );
  for (let i = 0; i < 100; i++) {
    const up = await fetch(base).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  try {
    const r = await measureWebgpu(`${base}/`);
    console.log(JSON.stringify(r, null, 2));
    console.log(webgpuLines(r).join('\n'));
  } finally {
    process.kill(-preview.pid);
  }
}
