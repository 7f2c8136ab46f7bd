/**
 * Two backends, one network: runs a spec (seed 42) on the cat photo in two fresh engine
 * workers, one per backend, from a same-origin page without the app (so that only these
 * workers hold a model), and checks that conv1 and fc8 agree within 1e-3 of the layer's
 * largest magnitude. Used by engine.spec (WebGL against wasm) and webgpu-software.spec.
 */
import type { Page } from '@playwright/test';
import type { NetworkSpec } from '../../src/core/spec';
import { expect } from './fixtures';

type Backend = 'webgl' | 'wasm' | 'webgpu';

/** Loads `engineUrl` (the app's engine worker script) twice and compares the two runs. */
export async function compareBackends(page: Page, engineUrl: string, spec: NetworkSpec, backends: [Backend, Backend]) {
  await page.goto('/samples/CREDITS.md');
  return page.evaluate(
    async ({ url, spec, backends }) => {
      const bitmap = await createImageBitmap(await (await fetch('./cat.jpg')).blob());
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2d context');
      ctx.drawImage(bitmap, 0, 0);
      const { data, width, height } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
      const image = { data, width, height };
      type Reply = {
        type: string;
        id?: number;
        message?: string;
        backend?: { name: string };
        activations?: [string, { data: Float32Array }][];
      };
      const run = async (backend: string) => {
        const w = new Worker(url, { type: 'module', name: 'alexnet-engine' });
        const ask = (msg: { id: number }) =>
          new Promise<Reply>((resolve, reject) => {
            w.addEventListener('message', function on(e: MessageEvent<Reply>) {
              if (e.data.id !== msg.id) return;
              w.removeEventListener('message', on);
              if (e.data.type === 'error') reject(new Error(e.data.message));
              else resolve(e.data);
            });
            w.postMessage(msg);
          });
        const built = await ask({ type: 'build', id: 1, spec, seed: 42, backend } as { id: number });
        const fwd = await ask({ type: 'forward', id: 2, channel: 'view', imageKey: 'cat', image, readback: 'all' } as {
          id: number;
        });
        w.terminate();
        const layers = new Map(fwd.activations ?? []);
        return { backend: built.backend?.name, conv1: layers.get('conv1')?.data, fc8: layers.get('fc8')?.data };
      };
      const a = await run(backends[0]);
      const b = await run(backends[1]);
      // Relative to the layer's largest magnitude: elementwise ratios blow up near zero.
      const compare = (x?: Float32Array, y?: Float32Array) => {
        if (!x || !y || x.length !== y.length) return { length: [x?.length, y?.length], rel: Infinity, scale: 0 };
        let diff = 0;
        let scale = 0;
        for (let i = 0; i < x.length; i++) {
          diff = Math.max(diff, Math.abs((x[i] ?? NaN) - (y[i] ?? NaN)));
          scale = Math.max(scale, Math.abs(y[i] ?? 0));
        }
        return { length: [x.length], rel: diff / scale, scale };
      };
      return { backends: [a.backend, b.backend], conv1: compare(a.conv1, b.conv1), fc8: compare(a.fc8, b.fc8) };
    },
    { url: engineUrl, spec, backends },
  );
}

/** Both backends ran, both layers are real signal, and they agree within 1e-3. */
export function expectAgreement(result: Awaited<ReturnType<typeof compareBackends>>, backends: [Backend, Backend]) {
  expect(result.backends).toEqual(backends);
  expect(result.conv1.length).toEqual([55 * 55 * 96]);
  expect(result.fc8.length).toEqual([1000]);
  expect(result.conv1.scale).toBeGreaterThan(0.1); // real signal, not zeros on both sides
  expect(result.fc8.scale).toBeGreaterThan(0.01);
  expect(result.conv1.rel).toBeLessThanOrEqual(1e-3);
  expect(result.fc8.rel).toBeLessThanOrEqual(1e-3);
}
