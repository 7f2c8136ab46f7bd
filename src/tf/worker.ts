/**
 * The engine worker: model build and inference off the main thread, so the page never freezes.
 * Messages are queued and handled one at a time; a newer build or view forward supersedes an
 * older one that has not started (it is answered `superseded`), and a build in progress stops
 * at the next layer when a newer build arrives. Benchmark forwards and kernel requests queue.
 *
 * Start-up is overlapped: this module is small (no tfjs); tfjs and its backend load through a
 * dynamic import (host.ts) while the weights are generated here.
 *
 * On a machine with both a real WebGL GPU and a hardware WebGPU adapter, `auto` races the two
 * once (probe.ts, gpu/gpuTiming.ts) inside the build job, so no forward runs meanwhile.
 *
 * If the WebGL context is lost, the worker drops webgl for the session, rebuilds the same spec
 * and seed on wasm (same weights: they come from the seed, not the device), re-runs the
 * interrupted request, and tells the page (`notice`, `rebuilt`).
 */
import { normalize, resizeCrop } from '../core/preprocess';
import { AttributionSlot } from './attribution/scheduler';
import type { RgbaImage, TensorData } from '../core/tensorData';
import type { ImportedLayer } from '../core/weights/types';
import type { Host } from './host';
import { backendNow, backendWhenProbed, decidedBackend, markWebglLost, probed, startProbes } from './probe';
import { type ErrorCode, type Request, type Response, requestInName, transferables } from './protocol';
import { NativeDense, denseFits } from './dense/denseKernel';
import { type Alloc, WeightPool } from './weightPool';
import { generateWeights, weightSpecs } from './weights';
import { KeepRefused, forget, keep, restore, setPreset } from './weights/imported';
import { readKeptFile, runImport } from './weights/importer';
import type { ImportRequest, KeptRequest } from './weights/messages';
import { sendFirstLook } from './weights/preview';
import { preprocessFor } from './weights/reader';
import { trainedLayers, uploadProgress } from './weights/trained';

type BuildReq = Extract<Request, { type: 'build' }>;
type ForwardReq = Extract<Request, { type: 'forward' }>;
type KernelReq = Extract<Request, { type: 'kernel' }>;

const scope = self as unknown as DedicatedWorkerGlobalScope;
/** Id of the internal rebuild after a lost context (answered with `rebuilt`, not `built`). */
const recoveryId = -1;
/** Helper threads for the weights: one per spare core (the page's own thread is mostly idle). */
const pool = new WeightPool(Math.min(3, Math.max(1, (navigator.hardwareConcurrency || 2) - 1)));

let host: Host | undefined;
const hostReady: Promise<Host> = import('./host').then((m) => (host = new m.Host(onContextLost)));
hostReady.catch(() => undefined); // reported by the first job that needs it

let lost = false;
let onLostNow: (() => void) | undefined;
let lastBuild: BuildReq | undefined;
let pendingBuild: BuildReq | undefined;
let pendingView: ForwardReq | undefined;
/** The image the page shows while a build runs: its early layers go out before the dense ones. */
let viewImage: { readonly key: string; readonly preset?: ForwardReq['preset'] } | undefined;
/** The image last shown on the page (a view forward or `view-image`): an import's first look uses it. */
let shownKey: string | undefined;
const queue: (ForwardReq | KernelReq | ImportRequest)[] = [];
/** Attribution requests: one slot, run when nothing else waits, paused for other work (scheduler.ts). */
const attributions = new AttributionSlot();
const pixels = new Map<string, RgbaImage>();
const inputs = new Map<string, TensorData>();
let running = false;
/** Releases the running build's dense-layer generation (a no-op once released). */
let stopDense: () => void = () => undefined;

class ContextLost extends Error {}
/** The weights' generation stopped for a newer build: this one ends as `superseded`. */
class BuildStopped extends Error {}

function post(message: Response, transfer: Transferable[] = []): void {
  scope.postMessage(message, transfer);
}

function fail(id: number | null, code: ErrorCode, err: unknown): void {
  post({ type: 'error', id, code, message: err instanceof Error ? err.message : String(err) });
}

/** A request read from the worker's name at start-up; its posted copy is ignored. */
const early = requestInName(scope.name);

scope.onmessage = (event: MessageEvent<Request>) => {
  const m = event.data;
  if (early && m.type === early.type && 'id' in m && 'id' in early && m.id === early.id) return;
  receive(m);
};

function receive(m: Request): void {
  if (m.type === 'lose-context') {
    host?.loseContext();
    return;
  }
  if (m.type === 'kept') {
    void runKept(m); // storage only: never waits behind a build or a forward
    return;
  }
  if (m.type === 'view-image') {
    if (m.image) remember(m.imageKey, m.image);
    viewImage = { key: m.imageKey, ...(m.preset ? { preset: m.preset } : {}) };
    shownKey = m.imageKey;
    return;
  }
  if (m.type === 'attribute' || m.type === 'attribute-cancel') {
    if (m.type === 'attribute' && m.image) remember(m.imageKey, m.image);
    attributions.receive(m, post);
  } else if (m.type === 'build') {
    if (pendingBuild && pendingBuild.id !== recoveryId) post({ type: 'superseded', id: pendingBuild.id });
    pendingBuild = m;
  } else if (m.type === 'forward') {
    if (m.image) remember(m.imageKey, m.image);
    if (m.channel === 'view') {
      shownKey = m.imageKey;
      if (pendingView) post({ type: 'superseded', id: pendingView.id });
      pendingView = m;
    } else queue.push(m);
  } else queue.push(m);
  void pump();
}

/** Keeps the pixels of the last few images, so a rebuild can re-run them without a resend. */
function remember(key: string, image: RgbaImage): void {
  pixels.delete(key);
  pixels.set(key, image);
  for (const k of [...pixels.keys()].slice(0, -3)) pixels.delete(k);
  for (const k of [...inputs.keys()]) if (k.startsWith(`${key}|`)) inputs.delete(k);
}

async function pump(): Promise<void> {
  if (running) return;
  running = true;
  try {
    for (;;) {
      if (lost) recover();
      const build = pendingBuild;
      if (build) {
        pendingBuild = undefined;
        await runBuild(build);
        continue;
      }
      if (await runOther()) continue;
      if (!attributions.waiting) break;
      await attributions.runNext(attributionHost);
    }
  } finally {
    running = false;
  }
}

/** Runs the next view forward or queued job, if any; false when none waits. */
async function runOther(): Promise<boolean> {
  const job = pendingView ?? queue.shift();
  if (!job) return false;
  if (job === pendingView) pendingView = undefined;
  if (job.type === 'forward') await runForward(job);
  else if (job.type === 'import') await runImport(job, post, (l, at, total) => firstLook(job.id, l, at, total));
  else await runKernel(job);
  return true;
}

/** What a running attribution job sees of the worker; its checkpoints serve other work first. */
const attributionHost = {
  network: () => (host?.engine.ready && !lost ? host.engine.network : undefined),
  networkKey: () => JSON.stringify([lastBuild?.spec, lastBuild?.seed, lastBuild?.weights?.sha256 ?? null]),
  input: (key: string, preset: ForwardReq['preset']) => {
    const first = lastBuild?.spec.layers[0];
    return first?.kind === 'input' ? inputFor(key, first.size, preset) : undefined;
  },
  post: (m: Response) => post(m),
  interlude: async () => {
    await yieldToEvents();
    while (!lost && !pendingBuild && (await runOther()));
    return lost || pendingBuild !== undefined;
  },
};

/** Lets newer messages in (a MessageChannel task: no 4 ms timer clamp). */
function yieldToEvents(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/** Rejects as soon as the WebGL context is lost, instead of waiting on a dead GPU. */
function unlessLost<T>(work: Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    onLostNow = () => reject(new ContextLost('WebGL context lost'));
    work.then(resolve, reject).finally(() => (onLostNow = undefined));
  });
}

function onContextLost(): void {
  lost = true;
  onLostNow?.();
  void pump(); // recover now, even when idle
}

async function runBuild(req: BuildReq): Promise<void> {
  const t0 = performance.now();
  try {
    weightSpecs(req.spec);
  } catch (err) {
    fail(req.id, 'invalidSpec', err);
    return;
  }
  if (req.id !== recoveryId) lastBuild = req;
  try {
    // Start the backend now if it is known (or provisional), so that it loads while the weights
    // are made; tfjs's wasm compiles on another thread.
    const early = backendNow(req.backend);
    if (early) hostReady.then((h) => h.ensure(early)).catch(() => undefined);
    // Only the layers the running model lacks, if it stays on its backend; otherwise all.
    const stays =
      early !== undefined && host?.engine.ready === true && !host.switching && host.current?.name === early.name;
    const needed = stays && host ? host.engine.needs(req.spec, req.seed) : weightSpecs(req.spec);
    // Random weights are made in spec order (jobs of 2^20 values, ~10 ms, on this thread and the
    // helpers), and each layer goes on the device as soon as it is made: the conv layers (4 % of
    // the values) are in long before the dense ones, and their maps go to the page meanwhile.
    // The dense layers wait until the build reaches them (after the early maps): see WeightPool.generate.
    let releaseDense: () => void = () => undefined;
    const denseGate = new Promise<void>((resolve) => (releaseDense = resolve));
    stopDense = releaseDense;
    const made = req.weights
      ? trainedLayers(req.weights, needed, inPlace)
      : pool.layerByLayer(needed, req.seed, stopBuild, inPlace, denseGate);
    const uploaded = req.weights ? uploadProgress(req.id, needed, post) : undefined;
    const want = backendNow(req.backend) ?? (await backendWhenProbed(req.backend, timeGpus));
    const h = await hostReady;
    const backend = await h.ensure(want);
    const backendMs = performance.now() - t0;
    const upload = h.upload;
    let earlySent = false;
    const stats = await h.engine.build(req.spec, req.seed, {
      source: async (w, seed) => {
        const values = await made.layer(w.layerId);
        if (!values && 'stopped' in made && made.stopped()) throw new BuildStopped();
        uploaded?.(w.layerId);
        return values ?? generateWeights(w, seed);
      },
      checkpoint: async () => (await stopBuild()) || ('stopped' in made && made.stopped()),
      onUpload: upload ? (ts) => ts.forEach(upload) : undefined,
      // Before each dense layer still to be made: the first time the image is there, it goes.
      beforeDense: async () => {
        earlySent ||= await sendEarly(req);
        if (earlySent) startProbes(); // the first maps are out: the GPU probe may have a core now
        releaseDense();
      },
    });
    if (lost) throw new ContextLost('WebGL context lost during the build');
    if (!stats) return superseded(req);
    const memory = h.engine.memory();
    const now = performance.now();
    const timings = {
      backendMs,
      // The build's waits for weights still being made (made meanwhile, while the backend started).
      weightsMs: stats.weightsMs,
      uploadMs: stats.uploadMs,
      totalMs: now - t0,
      workerAgeMs: t0,
      readyAt: performance.timeOrigin + now,
    };
    if (req.id === recoveryId) post({ type: 'rebuilt', backend, memory });
    else post({ type: 'built', id: req.id, backend, timings, memory, reused: stats.reused });
    if (backend.reason === 'reason.probing') void probed.then(settleProvisional);
  } catch (err) {
    if (lost || err instanceof ContextLost) {
      pendingBuild ??= req; // build again on the next backend, same request
      return;
    }
    if (err instanceof BuildStopped) return superseded(req);
    fail(req.id, 'buildFailed', err);
  } finally {
    stopDense(); // a build that ended (or stopped) before its dense layers lets their generation end
    startProbes(); // at the latest after the first build (with or without its early maps)
  }
}

/** The timed probe between two real GPUs (WebGL, WebGPU), run by the host inside a build job. */
function timeGpus(): ReturnType<Host['timeGpus']> {
  return hostReady.then((h) => h.timeGpus());
}

/** The probe answered after an `auto` build went ahead on wasm: move to a GPU, or just say why. */
function settleProvisional(): void {
  const running = host?.current;
  if (running?.reason !== 'reason.probing' || lastBuild?.backend !== 'auto') return;
  const want = decidedBackend('auto'); // undefined: two real GPUs to race, done in the rebuild
  if (want?.name === running.name && host) {
    host.current = host.describe(want);
    post({ type: 'backend', backend: host.current });
  } else if (!pendingBuild) {
    pendingBuild = { ...lastBuild, id: recoveryId }; // rebuilt on the GPU, same weights
    void pump();
  }
}

/**
 * Random dense weights are made straight into a native dense layer's memory (dense/denseKernel.ts),
 * which the wasm engine then adopts as it is: no 235 MB array to copy and collect. On another
 * backend the engine copies them into a tensor, as it would any array.
 */
const inPlace: Alloc = (w) => {
  const [nIn, units] = w.shape as [number, number];
  return w.kind === 'dense' && denseFits(units) ? new NativeDense(nIn, units).weights : new Float32Array(w.count);
};

/** Checkpoint between layers: lets messages in; true when a newer build or a lost context stops this one. */
async function stopBuild(): Promise<boolean> {
  await yieldToEvents();
  return lost || (pendingBuild !== undefined && pendingBuild.id !== recoveryId);
}

/** A build that stopped early: superseded by a newer one, or (context lost) to be run again. */
function superseded(req: BuildReq): void {
  if (lost)
    pendingBuild ??= req; // recover() keeps it; it is answered `built` on the next backend
  else if (req.id !== recoveryId) post({ type: 'superseded', id: req.id });
}

/** Keeping, restoring, re-presetting or forgetting the imported network (weights/imported.ts). */
async function runKept(req: KeptRequest): Promise<void> {
  try {
    if (req.action === 'keep') await keep(req.sha256, req.preset);
    else if (req.action === 'preset') await setPreset(req.preset);
    else if (req.action === 'forget') await forget();
    else {
      const restored = await restore(readKeptFile(req.id, post));
      post(restored ? { type: 'kept', id: req.id, restored } : { type: 'kept', id: req.id });
      return;
    }
    post({ type: 'kept', id: req.id });
  } catch (err) {
    const reason =
      err instanceof KeepRefused ? err.message : err instanceof Error ? err.name || err.message : String(err);
    post({ type: 'kept-refused', id: req.id, reason });
  }
}

/** Runs the early layers on the page's image and sends them as `early`; true once sent. */
async function sendEarly(req: BuildReq): Promise<boolean> {
  const first = req.spec.layers[0];
  const shown = viewImage;
  if (!host || !shown || first?.kind !== 'input' || req.id === recoveryId) return false;
  const input = inputFor(shown.key, first.size, shown.preset);
  if (!input) return false;
  try {
    const weights = req.weights ? { weights: req.weights.sha256 } : {};
    // conv1's block first (a tenth of the work: its maps are what the first screen shows), then
    // every layer before the dense ones.
    for (const firstBlock of [true, false]) {
      const result = await unlessLost(host.engine.forwardEarly(input, firstBlock));
      if (!result) return false;
      post({ type: 'early', imageKey: shown.key, activations: result, ...weights }, transferables(result));
    }
    return true;
  } catch (err) {
    if (lost || err instanceof ContextLost) throw err; // the build recovers
    return true; // a courtesy only: the whole forward after the build reports real problems
  }
}

/** An import's first conv layer, while the rest of the file arrives: kernels, and maps if it can. */
function firstLook(id: number, layer: ImportedLayer, at: number, total: number): Promise<void> {
  return sendFirstLook(id, layer, at, total, {
    engine: () => (host?.engine.ready && !lost ? host.engine : undefined), // a backend is up
    input: (size) => {
      const data = shownKey === undefined ? undefined : inputFor(shownKey, size, 'torchvision');
      return data && shownKey !== undefined ? { key: shownKey, data } : undefined;
    },
    post,
  });
}

/** The normalised model input for an image at the spec's input size (cached per key). */
function inputFor(key: string, size: number, preset?: ForwardReq['preset']): TensorData | undefined {
  const cacheKey = `${key}|${size}|${preset ?? ''}`;
  const hit = inputs.get(cacheKey);
  if (hit) return hit;
  const image = pixels.get(key);
  if (!image) return undefined;
  const made = preset ? preprocessFor(preset, image, size) : normalize(resizeCrop(image, size));
  inputs.clear();
  inputs.set(cacheKey, made);
  return made;
}

async function runForward(req: ForwardReq): Promise<void> {
  const first = lastBuild?.spec.layers[0];
  if (!host?.engine.ready || first?.kind !== 'input') {
    fail(req.id, 'forwardFailed', new Error('no network built'));
    return;
  }
  const t0 = performance.now();
  const input = inputFor(req.imageKey, first.size, req.preset);
  if (!input) {
    fail(req.id, 'noImage', new Error(`no pixels for image ${req.imageKey}`));
    return;
  }
  const t1 = performance.now();
  try {
    const result = await unlessLost(host.engine.forward(input, req.readback));
    const { activations } = result;
    const workerMs = { preprocess: t1 - t0, compute: result.computeMs, read: result.readMs };
    post(
      { type: 'forwarded', id: req.id, imageKey: req.imageKey, activations, workerMs, memory: host.engine.memory() },
      transferables(activations),
    );
  } catch (err) {
    if (lost || err instanceof ContextLost) {
      if (req.channel === 'view') pendingView ??= req;
      else queue.unshift(req);
      return;
    }
    fail(req.id, 'forwardFailed', err);
  }
}

async function runKernel(req: KernelReq): Promise<void> {
  try {
    if (!host) throw new Error('no network built');
    const kernel = await unlessLost(host.engine.kernel(req.layerId));
    post({ type: 'kernel', id: req.id, kernel }, [kernel.data.buffer as ArrayBuffer]);
  } catch (err) {
    if (lost || err instanceof ContextLost) {
      queue.unshift(req);
      return;
    }
    fail(req.id, 'kernelFailed', err);
  }
}

/** After a lost context: forget webgl for this session and rebuild the last spec on wasm. */
function recover(): void {
  lost = false;
  markWebglLost();
  host?.abandonWebgl();
  post({ type: 'notice', key: 'notice.contextLost' });
  if (!pendingBuild && lastBuild) pendingBuild = { ...lastBuild, id: recoveryId };
}

// Last, so that everything above is initialised: start on the request from the name.
if (early) receive(early);
