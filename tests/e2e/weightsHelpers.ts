/**
 * Helpers of the trained-weights browser tests: fixtures (made by scripts/make-weight-fixtures.mjs
 * at test time), a recorder of the engine worker's answers (installed by the test, not the app:
 * the app puts nothing on window), and PyTorch's reference (scripts/torch_reference.py) on the
 * very input the app fed its network.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

export const fixtureDir = 'tests/fixtures/weights';
export const fixture = (name: string) => join(fixtureDir, name);

/** Makes the fixtures if missing (a no-op when they are up to date). */
export function ensureFixtures(): void {
  execFileSync('node', ['scripts/make-weight-fixtures.mjs', fixtureDir], { stdio: 'inherit' });
}

/**
 * Wraps `Worker` before the app loads, so that the engine worker's answers are recorded in order
 * (type only, plus the last `forwarded` answer whole): the test reads the app's real input and
 * layer outputs from there.
 */
export async function recordEngine(page: Page): Promise<void> {
  await page.addInitScript(() => {
    interface Rec {
      types: string[];
      lastForward: unknown;
      forwardAfterBuild: boolean;
    }
    const rec: Rec = { types: [], lastForward: null, forwardAfterBuild: false };
    (globalThis as unknown as { __engineRec: Rec }).__engineRec = rec;
    const Original = window.Worker;
    window.Worker = class extends Original {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        if (!options?.name?.startsWith('alexnet-engine')) return;
        this.addEventListener('message', (e: MessageEvent<{ type: string }>) => {
          rec.types.push(e.data.type);
          // After an import, only a forward that follows the next build counts.
          if (['built', 'rebuilt', 'imported'].includes(e.data.type)) rec.forwardAfterBuild = false;
          if (e.data.type === 'forwarded') {
            rec.lastForward = e.data;
            rec.forwardAfterBuild = true;
          }
        });
      }
    };
  });
}

/** Answers of each type the engine has sent so far. */
export function engineCount(page: Page, type: string): Promise<number> {
  return page.evaluate(
    (t) =>
      (globalThis as unknown as { __engineRec: { types: string[] } }).__engineRec.types.filter((x) => x === t).length,
    type,
  );
}

/** True once a forward has come back after the latest build. */
export function forwardedSinceBuild(page: Page): Promise<boolean> {
  return page.evaluate(
    () => (globalThis as unknown as { __engineRec: { forwardAfterBuild: boolean } }).__engineRec.forwardAfterBuild,
  );
}

/** One layer's output as the app computed it. */
export interface Layer {
  readonly shape: number[];
  readonly data: Float32Array;
}

/** The layers `ids` of the last forward (as base64 over the wire, back to Float32Array here). */
export async function lastActivations(page: Page, ids: readonly string[]): Promise<Map<string, Layer>> {
  const raw = await page.evaluate((wanted) => {
    type Fwd = { activations: [string, { shape: number[]; data: Float32Array }][] };
    const f = (globalThis as unknown as { __engineRec: { lastForward: Fwd | null } }).__engineRec.lastForward;
    const out: [string, number[], string][] = [];
    for (const [id, t] of f?.activations ?? []) {
      if (!wanted.includes(id)) continue;
      const bytes = new Uint8Array(t.data.buffer, t.data.byteOffset, t.data.byteLength);
      let s = '';
      for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      out.push([id, t.shape, btoa(s)]);
    }
    return out;
  }, ids);
  const map = new Map<string, Layer>();
  for (const [id, shape, b64] of raw) {
    const buf = Buffer.from(b64, 'base64');
    map.set(id, { shape, data: new Float32Array(buf.buffer, buf.byteOffset, buf.byteLength / 4) });
  }
  return map;
}

/** PyTorch's conv1, pool5, fc8, softmax and top-5 for a weight file on the app's own input. */
export function torchReference(weights: string, input: Layer): { layers: Map<string, Float32Array>; top5: number[] } {
  const dir = mkdtempSync(join(tmpdir(), 'torchref-'));
  const inputPath = join(dir, 'input.f32');
  writeFileSync(inputPath, Buffer.from(input.data.buffer, input.data.byteOffset, input.data.byteLength));
  execFileSync('/usr/bin/python3', ['scripts/torch_reference.py', weights, inputPath, String(input.shape[0]), dir], {
    stdio: 'pipe',
  });
  const layers = new Map<string, Float32Array>();
  for (const id of ['conv1', 'pool5', 'fc8', 'softmax']) {
    const b = readFileSync(join(dir, `${id}.f32`));
    layers.set(id, new Float32Array(b.buffer, b.byteOffset, b.byteLength / 4));
  }
  const top5 = (JSON.parse(readFileSync(join(dir, 'top5.json'), 'utf8')) as { indices: number[] }).indices;
  return { layers, top5 };
}

/** Largest |app − torch| over the reference's range (max − min); Infinity when lengths differ. */
export function relError(app: Float32Array, ref: Float32Array): number {
  if (app.length !== ref.length || ref.length === 0) return Infinity;
  let lo = Infinity;
  let hi = -Infinity;
  let diff = 0;
  for (let i = 0; i < ref.length; i++) {
    const r = ref[i] ?? NaN;
    lo = Math.min(lo, r);
    hi = Math.max(hi, r);
    diff = Math.max(diff, Math.abs((app[i] ?? NaN) - r));
  }
  return Number.isNaN(diff) ? Infinity : diff / (hi - lo);
}

/** Indices of the k largest values, largest first. */
export function topIndices(values: Float32Array, k: number): number[] {
  return Array.from(values.keys())
    .sort((a, b) => (values[b] ?? 0) - (values[a] ?? 0))
    .slice(0, k);
}
