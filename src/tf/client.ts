/**
 * The main-thread side of the engine: owns the Worker, turns requests into promises, and never
 * imports tfjs (components may use it). One per page (pageEngine()); `dispose()` ends the worker.
 *
 * Usage: const c = new EngineClient(); await c.build(seed, 42, 'auto');
 *        const { activations } = await c.forward('cat', pixels);   // conv1: [55, 55, 96]
 */
import type { NetworkSpec } from '../core/spec';
import type { RgbaImage, TensorData } from '../core/tensorData';
import type { BackendChoice } from './backendChoices';
import type { BackendInfo } from './backendChoice';
import { type PreprocessPreset, WeightsError } from '../core/weights/types';
import type {
  ImportPreview,
  ImportResponse,
  ImportSource,
  ImportedSummary,
  KeptRequest,
  RestoredWeights,
  TrainedWeights,
} from './weights/messages';
import type { AttributionJob, AttributionProgress, AttributionResult, SanityResult } from '../core/attribution/types';
import {
  type BuildTimings,
  type Channel,
  type ErrorCode,
  type MemoryInfo,
  type NoticeKey,
  type ReadbackMode,
  type Request,
  type Response,
  workerName,
} from './protocol';

/** A request that a newer one replaced before it ran: not an error, nothing to show. */
export class Superseded extends Error {
  constructor() {
    super('superseded by a newer request');
  }
}

/** The browser would not keep the weights on this device; `message` is its reason ('QuotaExceededError'). */
export class KeepRefused extends Error {}

/** A failure reported by the worker, with a code the UI translates (`engine.error.<code>`). */
export class EngineError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** An attribution job that cannot run (an unknown layer, a class out of range): the message says why. */
export class AttributionError extends Error {}

export interface BuiltInfo {
  readonly backend: BackendInfo;
  readonly timings: BuildTimings;
  readonly memory: MemoryInfo;
  /** Layers whose weights were kept from the previous build. */
  readonly reused: number;
  /** Request (sent from this thread) to weights on the device (the worker's clock). */
  readonly roundTripMs: number;
}

export interface ForwardInfo {
  readonly imageKey: string;
  readonly activations: ReadonlyMap<string, TensorData>;
  readonly memory: MemoryInfo;
  readonly workerMs: { readonly preprocess: number; readonly compute: number; readonly read: number };
  /** Request to activations in hand on the main thread. */
  readonly roundTripMs: number;
}

/** Medians of `runs` forwards, ms: final output only, and every layer read back. */
export interface SpeedResult {
  readonly runs: number;
  readonly warmForwardMs: number;
  readonly allActivationsMs: number;
}

export interface EngineListener {
  /** The backend chosen for a build, or a new one after a fallback. */
  readonly onBackend?: (backend: BackendInfo) => void;
  /** The worker rebuilt the model by itself (lost WebGL context): forward again. */
  readonly onRebuilt?: (backend: BackendInfo, memory: MemoryInfo) => void;
  readonly onNotice?: (key: NoticeKey) => void;
  /** The layers before the first dense one, for `imageKey`, while a build goes on. */
  readonly onEarly?: (imageKey: string, activations: ReadonlyMap<string, TensorData>, weights?: string) => void;
  /** The worker died (out of memory, an uncaught error): the next request starts a new one, empty. */
  readonly onCrash?: (message: string) => void;
}

interface Waiter {
  readonly resolve: (r: Response) => void;
  readonly reject: (e: Error) => void;
}

/**
 * Starts the engine worker. The first request rides in the worker's name ('alexnet-engine'
 * plus its JSON), which the worker reads as it starts: a message posted to a starting worker
 * waits for the page's main thread to be free, and during the first render that measured
 * 0.4 s. The request is posted as well; the worker ignores the second copy.
 */
export function createEngineWorker(first?: Request): Worker {
  const name = first ? `${workerName} ${JSON.stringify(first)}` : workerName;
  return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name });
}

export class EngineClient {
  private worker: Worker | undefined;
  private readonly waiting = new Map<number, Waiter>();
  private nextId = 1;
  private listener: EngineListener = {};
  /** The last image whose pixels went to the worker (object and key), to avoid resending. */
  private sent: { key: string; image: RgbaImage } | undefined;
  /** The last build asked for: asking again for the same one returns the same promise. */
  private lastBuild: { key: string; promise: Promise<BuiltInfo> } | undefined;
  /** Progress listeners of imports and of builds with imported weights, by request id. */
  private readonly progress = new Map<number, (p: ImportProgress) => void>();
  /** The restore asked for (asking again returns it), and whether it has answered. */
  private restoring: { id: number; settled: boolean; promise: Promise<RestoredWeights | undefined> } | undefined;
  /** First-look listeners of imports, by request id. */
  private readonly previews = new Map<number, (p: ImportPreview) => void>();
  /** Progress listeners of attribution requests, by id; and the latest request's id (for cancel). */
  private readonly attributionProgress = new Map<number, (p: AttributionProgress) => void>();
  private lastAttribution: number | undefined;

  /** The worker starts with the first request, and again after dispose(). */
  constructor(private readonly makeWorker: (first?: Request) => Worker = createEngineWorker) {}

  /** Where backend changes, rebuilds and notices go. */
  setListener(listener: EngineListener): void {
    this.listener = listener;
  }

  /**
   * Builds `spec` with weights from `seed` on the chosen backend. Asking again for the build
   * already asked for (in flight or done) returns its promise, so the page can start the build
   * in its first render and its effects can ask for it again at no cost. Marks
   * `engine:build-start` and `engine:model-ready` on the page's performance timeline.
   */
  build(
    spec: NetworkSpec,
    seed: number,
    backend: BackendChoice,
    weights?: TrainedWeights,
    onProgress?: (p: ImportProgress) => void,
  ): Promise<BuiltInfo> {
    const key = JSON.stringify([spec, seed, backend, weights]);
    if (this.lastBuild?.key === key) return this.lastBuild.promise;
    const t0 = performance.now();
    performance.mark('engine:build-start');
    const id = this.id();
    if (onProgress) this.progress.set(id, onProgress);
    const req = { type: 'build', id, spec, seed, backend, ...(weights ? { weights } : {}) } as const;
    const promise = this.ask(req).then((r) => {
      if (r.type !== 'built') throw new Error(`unexpected ${r.type}`);
      const end = performance.now();
      // The mark sits where the weights were on the device (the worker's clock on this page's
      // timeline); detail.receivedAt is when this thread read the answer, later if it was busy.
      const ready = Math.min(end, Math.max(t0, r.timings.readyAt - performance.timeOrigin));
      performance.mark('engine:model-ready', { startTime: ready, detail: { receivedAt: end } });
      // detail: where the worker spent the time (backend start, weights, upload), for the bench.
      performance.measure('engine:build', {
        start: t0,
        end: ready,
        detail: { ...r.timings, backend: r.backend.name, receivedAt: end },
      });
      return { backend: r.backend, timings: r.timings, memory: r.memory, reused: r.reused, roundTripMs: ready - t0 };
    });
    void promise.catch(() => undefined).finally(() => this.progress.delete(id));
    const memo = { key, promise };
    this.lastBuild = memo;
    // A failed or superseded build is not remembered: asking again retries it.
    promise.catch(() => {
      if (this.lastBuild === memo) this.lastBuild = undefined;
    });
    return promise;
  }

  /** Runs the current model on an image; `key` identifies it (pixels are sent once per key). */
  async forward(
    key: string,
    image: RgbaImage,
    readback: ReadbackMode = 'all',
    channel: Channel = 'view',
    preset?: PreprocessPreset,
  ): Promise<ForwardInfo> {
    const t0 = performance.now();
    const r = await this.withPixels(key, image, (pixels) =>
      this.ask({
        type: 'forward',
        id: this.id(),
        channel,
        imageKey: key,
        readback,
        ...(preset ? { preset } : {}),
        ...(pixels ? { image: pixels } : {}),
      }),
    );
    if (r.type !== 'forwarded') throw new Error(`unexpected ${r.type}`);
    return {
      imageKey: r.imageKey,
      activations: new Map(r.activations),
      memory: r.memory,
      workerMs: r.workerMs,
      roundTripMs: performance.now() - t0,
    };
  }

  /**
   * Tells the worker which image the page shows while a build runs, so that it can send that
   * image's early layers (`onEarly`) before the dense layers are in. Pixels go once per key.
   */
  showWhileBuilding(key: string, image: RgbaImage, preset?: PreprocessPreset): void {
    const fresh = this.sent?.key !== key || this.sent.image !== image;
    if (fresh) this.sent = { key, image };
    const message: Request = {
      type: 'view-image',
      imageKey: key,
      ...(fresh ? { image } : {}),
      ...(preset ? { preset } : {}),
    };
    this.started(message).postMessage(message);
  }

  /** A conv layer's kernel, [k, k, depth, filters]. */
  kernel(layerId: string): Promise<TensorData> {
    return this.ask({ type: 'kernel', id: this.id(), layerId }).then((r) => {
      if (r.type !== 'kernel') throw new Error(`unexpected ${r.type}`);
      return r.kernel;
    });
  }

  /**
   * Times `runs` forwards of one image, each way, one after another (never superseded), after
   * one untimed run:
   * 'last' reads back only the output; 'all' reads every layer. Each run is also recorded as
   * a performance measure, `engine:bench-warm` and `engine:bench-all`.
   */
  async measureSpeed(key: string, image: RgbaImage, runs = 10): Promise<SpeedResult> {
    const times = { last: [] as number[], all: [] as number[] };
    await this.forward(key, image, 'all', 'bench'); // untimed: "warm" means after one run
    for (const mode of ['last', 'all'] as const) {
      for (let i = 0; i < runs; i++) {
        const start = performance.now();
        await this.forward(key, image, mode, 'bench');
        times[mode].push(performance.now() - start);
        performance.measure(mode === 'last' ? 'engine:bench-warm' : 'engine:bench-all', {
          start,
          end: performance.now(),
        });
      }
    }
    return { runs, warmForwardMs: median(times.last), allActivationsMs: median(times.all) };
  }

  /**
   * Reads and checks a weight file in the worker (bytes are transferred: `source.buffer` is
   * empty afterwards). Resolves with what the file is; rejects with a WeightsError (code and
   * params as the reader gave them) when it is refused. The model in use is not touched.
   */
  importWeights(
    source: ImportSource,
    onProgress?: (p: ImportProgress) => void,
    onPreview?: (p: ImportPreview) => void,
  ): Promise<ImportedSummary> {
    const id = this.id();
    if (onProgress) this.progress.set(id, onProgress);
    if (onPreview) this.previews.set(id, onPreview);
    const transfer = source.kind === 'bytes' ? [source.buffer] : [];
    return this.ask({ type: 'import', id, source }, transfer)
      .then((r) => {
        if (r.type !== 'imported') throw new Error(`unexpected ${r.type}`);
        return r.summary;
      })
      .finally(() => {
        this.progress.delete(id);
        this.previews.delete(id);
      });
  }

  /**
   * Keeps the network last imported (by its hash) on this device, in the form the engine
   * uploads (per-layer float32 values in the origin private file system), with the preset
   * chosen. Resolves once it is written; rejects with a KeepRefused naming the browser's reason
   * (QuotaExceededError, …). After this the worker reads the layers back from there when it
   * needs them, instead of holding them in its memory.
   */
  keepImported(sha256: string, preset: PreprocessPreset): Promise<void> {
    this.restoring = undefined; // what a restore would bring back changes
    return this.askKept({ type: 'kept', id: this.id(), action: 'keep', sha256, preset }).then(() => undefined);
  }

  /**
   * What is kept on this device, brought back as the network `build(…, { sha256 })` uses:
   * undefined when nothing is kept. Values kept by keepImported come back at once (a few ms:
   * only their record is read; the build reads each layer as it goes, conv layers first); a
   * file kept by an older version is read and checked again, with `onProgress` (reading,
   * checking), and then kept as values. Asking again gets the same promise (main.tsx asks
   * before React renders, the weights hook after), until something is kept or forgotten.
   *
   *   const kept = await pageEngine().restoreKept();
   *   if (kept) await pageEngine().build(kept.summary.spec, importSeed(kept.summary.sha256), 'auto', kept.summary);
   */
  restoreKept(onProgress?: (p: ImportProgress) => void): Promise<RestoredWeights | undefined> {
    if (!this.restoring) {
      const id = this.id();
      const mine = { id, settled: false, promise: this.askKept({ type: 'kept', id, action: 'restore' }) };
      void mine.promise
        .catch(() => {
          if (this.restoring === mine) this.restoring = undefined; // asking again retries
        })
        .finally(() => {
          mine.settled = true;
          this.progress.delete(id);
        });
      this.restoring = mine;
    }
    if (onProgress && !this.restoring.settled) this.progress.set(this.restoring.id, onProgress);
    return this.restoring.promise;
  }

  /** Records another preset for what is kept (nothing kept: nothing to do). */
  setKeptPreset(preset: PreprocessPreset): Promise<void> {
    return this.askKept({ type: 'kept', id: this.id(), action: 'preset', preset }).then(() => undefined);
  }

  /**
   * Deletes what is kept on this device and resolves once it is gone (so the page may say
   * "nothing imported": a reload cannot bring it back). The worker drops the network too.
   */
  forgetKept(): Promise<void> {
    this.restoring = undefined;
    return this.askKept({ type: 'kept', id: this.id(), action: 'forget' }).then(() => undefined);
  }

  /**
   * One attribution method's map of an image on the current model (core/attribution/types.ts).
   * A newer map request supersedes this one (and stops a sanity check in progress); it then
   * rejects with Superseded, as it does on cancelAttribution() or when `signal` is aborted (a
   * view that goes away stops its job in the worker). Long jobs report progress with the map so far.
   */
  attribute(
    key: string,
    image: RgbaImage,
    job: AttributionJob,
    preset?: PreprocessPreset,
    onProgress?: (p: AttributionProgress) => void,
    signal?: AbortSignal,
  ): Promise<AttributionResult> {
    return this.askAttribution(key, image, job, false, preset, onProgress, signal).then((r) => {
      if (r.type !== 'attributed') throw new Error(`unexpected ${r.type}`);
      return r.result;
    });
  }

  /**
   * The cascading-randomisation sanity check of `job` (Adebayo et al. 2018). It runs after any
   * map request that waits; a newer sanity check or map request supersedes it.
   */
  sanityCheck(
    key: string,
    image: RgbaImage,
    job: AttributionJob,
    preset?: PreprocessPreset,
    onProgress?: (p: AttributionProgress) => void,
    signal?: AbortSignal,
  ): Promise<SanityResult> {
    return this.askAttribution(key, image, job, true, preset, onProgress, signal).then((r) => {
      if (r.type !== 'sanity-checked') throw new Error(`unexpected ${r.type}`);
      return r.result;
    });
  }

  /** Stops the latest attribution request, queued or running; its promise rejects with Superseded. */
  cancelAttribution(): void {
    if (this.lastAttribution !== undefined) this.cancelRequest(this.lastAttribution);
  }

  private cancelRequest(id: number): void {
    if (this.waiting.has(id)) this.worker?.postMessage({ type: 'attribute-cancel', id } satisfies Request);
  }

  private askAttribution(
    key: string,
    image: RgbaImage,
    job: AttributionJob,
    sanity: boolean,
    preset: PreprocessPreset | undefined,
    onProgress: ((p: AttributionProgress) => void) | undefined,
    signal: AbortSignal | undefined,
  ): Promise<Response> {
    if (signal?.aborted) return Promise.reject(new Superseded());
    return this.withPixels(key, image, (pixels) => {
      const id = this.id();
      this.lastAttribution = id;
      if (onProgress) this.attributionProgress.set(id, onProgress);
      signal?.addEventListener('abort', () => this.cancelRequest(id), { once: true });
      const req = { type: 'attribute', id, imageKey: key, job, sanity, ...(preset ? { preset } : {}) } as const;
      return this.ask(pixels ? { ...req, image: pixels } : req).finally(() => this.attributionProgress.delete(id));
    });
  }

  /**
   * Sends a request that needs an image's pixels: with them when the worker has not had this
   * image yet; without, and again with them once if the worker answers that it forgot them.
   */
  private async withPixels(
    key: string,
    image: RgbaImage,
    send: (pixels: RgbaImage | undefined) => Promise<Response>,
  ): Promise<Response> {
    const fresh = this.sent?.key !== key || this.sent.image !== image;
    if (fresh) this.sent = { key, image };
    try {
      return await send(fresh ? image : undefined);
    } catch (err) {
      // The worker keeps the pixels of a few images only.
      if (!(err instanceof EngineError && err.code === 'noImage') || fresh) throw err;
      this.sent = { key, image };
      return send(image);
    }
  }

  /** Diagnostics and tests: makes the worker's WebGL context lose itself. */
  loseContext(): void {
    this.worker?.postMessage({ type: 'lose-context' } satisfies Request);
  }

  /** Ends the worker (and its tensors); pending requests reject with Superseded. */
  dispose(): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.sent = undefined;
    this.lastBuild = undefined;
    for (const w of this.waiting.values()) w.reject(new Superseded());
    this.waiting.clear();
  }

  private started(first: Request): Worker {
    if (!this.worker) {
      // Only a build rides in the worker's name: an import's bytes cannot go through JSON.
      const w = this.makeWorker(first.type === 'build' ? first : undefined);
      w.onmessage = (e: MessageEvent<Response>) => this.receive(e.data);
      w.onerror = (e) => this.crash(e.message || 'the engine worker failed to load');
      this.worker = w;
    }
    return this.worker;
  }

  private id(): number {
    return this.nextId++;
  }

  private askKept(req: KeptRequest): Promise<RestoredWeights | undefined> {
    return this.ask(req).then((r) => {
      if (r.type !== 'kept') throw new Error(`unexpected ${r.type}`);
      return r.restored;
    });
  }

  private ask(
    req: Exclude<Request, { type: 'lose-context' | 'view-image' | 'attribute-cancel' }>,
    transfer: Transferable[] = [],
  ): Promise<Response> {
    return new Promise((resolve, reject) => {
      this.waiting.set(req.id, { resolve, reject });
      this.started(req).postMessage(req, transfer);
    });
  }

  private receive(r: Response): void {
    if (r.type === 'backend') return this.listener.onBackend?.(r.backend);
    if (r.type === 'rebuilt') {
      this.lastBuild = undefined; // the model now lives on another backend
      this.listener.onBackend?.(r.backend);
      return this.listener.onRebuilt?.(r.backend, r.memory);
    }
    if (r.type === 'notice') return this.listener.onNotice?.(r.key);
    if (r.type === 'early') return this.listener.onEarly?.(r.imageKey, new Map(r.activations), r.weights);
    if (r.type === 'import-progress') return this.progress.get(r.id)?.(r);
    if (r.type === 'import-preview') return this.previews.get(r.id)?.(r.preview);
    if (r.type === 'attribution-progress') return this.attributionProgress.get(r.id)?.(r.progress);
    if (r.id === null) return;
    const w = this.waiting.get(r.id);
    if (!w) return;
    this.waiting.delete(r.id);
    if (r.type === 'superseded') w.reject(new Superseded());
    else if (r.type === 'error') w.reject(new EngineError(r.code, r.message));
    else if (r.type === 'import-refused') w.reject(new WeightsError(r.code, r.params));
    else if (r.type === 'kept-refused') w.reject(new KeepRefused(r.reason));
    else if (r.type === 'attribution-failed') w.reject(new AttributionError(r.message));
    else w.resolve(r);
  }

  private crash(message: string): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.sent = undefined;
    this.lastBuild = undefined;
    this.restoring = undefined; // the next worker reads what is kept afresh
    for (const w of this.waiting.values()) w.reject(new EngineError('workerCrashed', message));
    this.waiting.clear();
    this.listener.onCrash?.(message);
  }
}

/** One progress report: stage, bytes done and bytes in all. */
export type ImportProgress = Omit<Extract<ImportResponse, { type: 'import-progress' }>, 'type' | 'id'>;

/** Median of a non-empty list: [3, 1, 2] → 2; [1, 2, 3, 4] → 2.5. */
export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? NaN) + (s[mid] ?? NaN)) / 2;
}

let shared: EngineClient | undefined;

/** The page's one engine client (created on first use). */
export function pageEngine(): EngineClient {
  shared ??= new EngineClient();
  return shared;
}
