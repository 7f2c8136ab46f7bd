/**
 * Cross-origin isolation where the host sends no headers (issue 22): a copy of the build served
 * by a plain file server (Python's http.server) is not isolated on its first load; the service
 * worker takes control, the page reloads itself once, and from then on it is isolated and the
 * wasm engine computes on several threads, as the diagnostics say.
 *
 * Not the shared `fixtures` test: the file server is another origin than the preview server
 * the other specs use, so this spec collects its own errors.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Page, expect, test } from '@playwright/test';

test.describe.configure({ timeout: 240_000 });

/** A free TCP port on this machine. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Serves `dir` with `python3 -m http.server` (no COOP/COEP, no special headers at all). */
async function plainServer(dir: string): Promise<{ url: string; stop: () => void }> {
  const port = await freePort();
  const child: ChildProcess = spawn('/usr/bin/python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1'], {
    cwd: dir,
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}/`;
  await expect
    .poll(
      () =>
        fetch(url).then(
          (r) => r.ok,
          () => false,
        ),
      { timeout: 30_000 },
    )
    .toBe(true);
  const response = await fetch(url);
  expect(response.headers.get('cross-origin-embedder-policy')).toBeNull(); // really a plain host
  return { url, stop: () => child.kill() };
}

const isolatedNow = (page: Page) => page.evaluate(() => self.crossOriginIsolated).catch(() => false);

test('a static copy on a plain file server runs isolated, on several engine threads, after its first load', async ({
  page,
}) => {
  const copy = mkdtempSync(join(tmpdir(), 'alexnet-static-'));
  cpSync(process.env.E2E_DIST ?? 'dist', copy, { recursive: true });
  const server = await plainServer(copy);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  let loads = 0;
  page.on('load', () => (loads += 1));
  try {
    await page.goto(`${server.url}#variant=seed&layer=conv1&image=cat&backend=wasm`);
    // Either still the first load, or the reload already happened: never isolated before a worker.
    await expect.poll(() => isolatedNow(page), { timeout: 180_000 }).toBe(true);
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await expect(page.getByTestId('feature-map-grid').first()).toBeVisible({ timeout: 120_000 });
    await expect(page.getByTestId('engine-status')).toHaveAttribute('data-status', 'ready', { timeout: 120_000 });
    expect(loads).toBe(2); // the first load and the one reload: no loop
    await page.getByTestId('status-details').click();
    await expect(page.getByTestId('diag-isolated')).toHaveText(/^yes/);
    // As many threads as the machine has cores, up to the engine's cap of 4: 2 on a 2-core machine.
    const cores = await page.evaluate(() => navigator.hardwareConcurrency);
    await expect(page.getByTestId('diag-threads')).toHaveText(String(Math.min(4, Math.max(1, cores))));

    // A later visit in the same tab is isolated from its first byte, with no reload.
    await page.reload();
    expect(await isolatedNow(page)).toBe(true);
    await expect(page.getByTestId('feature-map-grid').first()).toBeVisible({ timeout: 120_000 });
    expect(loads).toBe(3);
    expect(errors).toEqual([]);
  } finally {
    server.stop();
    rmSync(copy, { recursive: true, force: true });
  }
});
