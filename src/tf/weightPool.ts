/**
 * Makes the weights of several layers on several threads: the engine worker itself plus helper
 * workers (genWorker.ts), one per spare core, at most 3. The work is cut into jobs of 2^20
 * values (a multiple of the generator's chunk, so the values do not depend on the split) that
 * idle threads take in turn. On the 2-core machine this halves the 0.5 s the seed variant's
 * 62.4 M values take on one thread.
 */
import type { GenJob, GenResult } from './genProtocol';
import { type WeightSpec, chunkSize, fillWeights } from './weights';

const jobSize = 16 * chunkSize;

/** Where a layer's values are made: by default a new array; the worker passes native dense layers' memory. */
export type Alloc = (w: WeightSpec) => Float32Array;
const plainArray: Alloc = (w) => new Float32Array(w.count);

/** One range of one layer, [from, to). */
interface Job {
  readonly w: WeightSpec;
  readonly from: number;
  readonly to: number;
}

/** Weights made in the background, each layer to be had as soon as it is complete. */
export interface LayerByLayer {
  /** The layer's values when made (once per layer); undefined if the work stopped first. */
  layer(layerId: string): Promise<Float32Array | undefined>;
  /** True once `pause` stopped the work. */
  stopped(): boolean;
}

export class WeightPool {
  private readonly helpers: Worker[] = [];
  private nextId = 1;

  /** Starts `count` helper workers now, so that they are up when the first build needs them. */
  constructor(count: number) {
    if (typeof Worker === 'undefined') return;
    for (let i = 0; i < count; i++) {
      try {
        this.helpers.push(
          new Worker(new URL('./genWorker.ts', import.meta.url), { type: 'module', name: `alexnet-weights-${i + 1}` }),
        );
      } catch {
        break; // nested workers unsupported: this thread does it all
      }
    }
  }

  /**
   * Starts making the weights of `layers` (in order) and returns at once: each layer can be
   * awaited on its own, so the first layers can be used while the last are still being made.
   */
  layerByLayer(
    layers: readonly WeightSpec[],
    seed: number,
    pause: () => Promise<boolean>,
    alloc: Alloc = plainArray,
    denseGate?: Promise<void>,
  ): LayerByLayer {
    const waiting = new Map<string, (values: Float32Array | undefined) => void>();
    const made = new Map<string, Promise<Float32Array | undefined>>();
    for (const w of layers) made.set(w.layerId, new Promise((resolve) => waiting.set(w.layerId, resolve)));
    let stopped = false;
    void this.generate(layers, seed, pause, (id, values) => waiting.get(id)?.(values), alloc, denseGate).then((all) => {
      stopped = !all;
      for (const resolve of waiting.values()) resolve(undefined); // no-op for those made
    });
    return {
      layer: (id) => {
        // Taken once: a promise keeps its value, and 235 MB of dense weights would stay alive in
        // this thread next to their copy on the device.
        const p = made.get(id) ?? Promise.resolve(undefined);
        made.delete(id);
        return p;
      },
      stopped: () => stopped,
    };
  }

  /**
   * All weights of `layers`, keyed by layer id; undefined if `pause` (called between jobs on
   * this thread, to let messages in) answers true, which abandons the rest.
   *
   * With `denseGate`, the dense layers (96 % of AlexNet's values) are made only once it resolves:
   * until then every core is left to what the first maps need (the page's first render, the
   * backend's start, the conv layers' upload and forward), which the dense layers do not.
   * The caller resolves it when the build reaches them, or ends.
   */
  async generate(
    layers: readonly WeightSpec[],
    seed: number,
    pause: () => Promise<boolean>,
    onLayer?: (layerId: string, values: Float32Array) => void,
    alloc: Alloc = plainArray,
    denseGate?: Promise<void>,
  ): Promise<Map<string, Float32Array> | undefined> {
    const out = new Map<string, Float32Array>();
    const left = new Map<string, number>();
    const phases = denseGate
      ? [layers.filter((w) => w.kind !== 'dense'), layers.filter((w) => w.kind === 'dense')]
      : [layers];
    let stopped = false;
    for (const [k, phase] of phases.entries()) {
      if (k > 0) {
        await denseGate;
        stopped = await pause();
      }
      if (stopped) break;
      stopped = !(await this.run(phase, seed, pause, out, left, onLayer, alloc));
    }
    return stopped ? undefined : out;
  }

  /** Makes `layers` on this thread and the helpers; false when `pause` stopped it. */
  private async run(
    layers: readonly WeightSpec[],
    seed: number,
    pause: () => Promise<boolean>,
    out: Map<string, Float32Array>,
    left: Map<string, number>,
    onLayer: ((layerId: string, values: Float32Array) => void) | undefined,
    alloc: Alloc,
  ): Promise<boolean> {
    const jobs: Job[] = [];
    for (const w of layers) {
      out.set(w.layerId, alloc(w));
      for (let from = 0; from < w.count; from += jobSize) jobs.push({ w, from, to: Math.min(w.count, from + jobSize) });
      left.set(w.layerId, Math.ceil(w.count / jobSize));
    }
    const done = (job: Job) => {
      const n = (left.get(job.w.layerId) ?? 1) - 1;
      left.set(job.w.layerId, n);
      const values = out.get(job.w.layerId);
      if (n === 0 && values && onLayer) {
        onLayer(job.w.layerId, values);
        // Handed over: the receiver holds the only reference, and frees it once on the device.
        out.delete(job.w.layerId);
      }
    };
    let stopped = false;
    const helperDone = this.helpers.map((helper) => this.feed(helper, jobs, seed, out, () => stopped, done));
    for (let job = jobs.shift(); job; job = jobs.shift()) {
      const target = out.get(job.w.layerId);
      if (target) fillWeights(job.w, seed, target, job.from, job.to, job.from);
      done(job);
      if (await pause()) {
        stopped = true;
        break;
      }
    }
    await Promise.all(helperDone);
    return !stopped;
  }

  /** Gives one helper jobs until none are left; resolves when its last answer is in. */
  private async feed(
    helper: Worker,
    jobs: Job[],
    seed: number,
    out: Map<string, Float32Array>,
    stopped: () => boolean,
    done: (job: Job) => void,
  ): Promise<void> {
    for (let job = jobs.shift(); job && !stopped(); job = jobs.shift()) {
      const id = this.nextId++;
      const values = await new Promise<Float32Array | undefined>((resolve) => {
        const onMessage = (e: MessageEvent<GenResult>) => {
          if (e.data.id !== id) return;
          helper.removeEventListener('message', onMessage);
          resolve(e.data.values);
        };
        helper.addEventListener('message', onMessage);
        helper.addEventListener('error', () => resolve(undefined), { once: true });
        helper.postMessage({ id, w: job.w, seed, from: job.from, to: job.to } satisfies GenJob);
      });
      if (!values) {
        jobs.unshift(job); // this helper failed: leave its job to the others
        return;
      }
      out.get(job.w.layerId)?.set(values, job.from);
      done(job);
    }
  }
}
