/**
 * The engine worker: model build and inference off the main thread, so the page never freezes.
 * Messages are queued and handled one at a time; a newer build or view forward supersedes an
 * older one that has not started (it is answered `superseded`), and a build in progress stops
 * at the next layer when a newer build arrives. Benchmark forwards and kernel requests queue.
 *
 * Backend: chosen once per build from the user's choice and a WebGL probe (backendChoice.ts).
 * If the WebGL context is lost, the worker drops webgl for the session, rebuilds the same spec
 * and seed on wasm (same weights: they come from the seed, not the device), re-runs the
 * interrupted request, and tells the page (`notice`, `rebuilt`).
 */
import { normalize, resizeCrop } from '../core/preprocess';
import type { RgbaImage, TensorData } from '../core/tensorData';
import type { BackendChoice } from '../state/viewState';
import { type BackendInfo, type BackendName, type WebglProbe, chooseBackend, fallbackFrom, probeWebgl } from './backendChoice';
import { type WebglHandle, dropBackend, startBackend } from './backends';
import { Engine } from './engine';
import { type ErrorCode, type Request, type Response, transferables } from './protocol';
import { generateWeights, weightSpecs } from './weights';

type BuildReq = Extract<Request, { type: 'build' }>;
type ForwardReq = Extract<Request, { type: 'forward' }>;
type KernelReq = Extract<Request, { type: 'kernel' }>;

const scope = self as unknown as DedicatedWorkerGlobalScope;
const engine = new Engine();
/** Id of the internal rebuild after a lost context (answered with `rebuilt`, not `built`). */
const recoveryId = -1;

let probe: WebglProbe | undefined;
let current: BackendInfo | undefined;
let webgl: WebglHandle | undefined;
let webglLost = false;
let lost = false;
let onLostNow: (() => void) | undefined;
let lastBuild: BuildReq | undefined;
let pendingBuild: BuildReq | undefined;
let pendingView: ForwardReq | undefined;
const queue: (ForwardReq | KernelReq)[] = [];
const pixels = new Map<string, RgbaImage>();
const inputs = new Map<string, TensorData>();
let running = false;

class ContextLost extends Error {}

function post(message: Response, transfer: Transferable[] = []): void {
  scope.postMessage(message, transfer);
}

function fail(id: number | null, code: ErrorCode, err: unknown): void {
  post({ type: 'error', id, code, message: err instanceof Error ? err.message : String(err) });
}

scope.onmessage = (event: MessageEvent<Request>) => {
  const m = event.data;
  if (m.type === 'lose-context') {
    webgl?.gl.getExtension('WEBGL_lose_context')?.loseContext();
    return;
  }
  if (m.type === 'build') {
    if (pendingBuild && pendingBuild.id !== recoveryId) post({ type: 'superseded', id: pendingBuild.id });
    pendingBuild = m;
  } else if (m.type === 'forward') {
    if (m.image) remember(m.imageKey, m.image);
    if (m.channel === 'view') {
      if (pendingView) post({ type: 'superseded', id: pendingView.id });
      pendingView = m;
    } else queue.push(m);
  } else queue.push(m);
  void pump();
};

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
      const job = pendingView ?? queue.shift();
      if (!job) break;
      if (job === pendingView) pendingView = undefined;
      if (job.type === 'forward') await runForward(job);
      else await runKernel(job);
    }
  } finally {
    running = false;
  }
}

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

function wantedBackend(choice: BackendChoice): BackendInfo {
  probe ??= probeWebgl();
  const want = chooseBackend(choice, probe);
  if (want.name === 'webgl' && webglLost) return fallbackFrom(want, 'lost') ?? want;
  return want;
}

/** Starts `want`, falling back webgl → wasm → cpu if a backend will not start. */
async function switchTo(want: BackendInfo): Promise<BackendInfo> {
  engine.dispose();
  webgl = undefined;
  let next: BackendInfo | undefined = want;
  while (next) {
    try {
      webgl = await startBackend(next.name);
      (webgl?.gl.canvas as OffscreenCanvas | undefined)?.addEventListener('webglcontextlost', onContextLost);
      return next;
    } catch (err) {
      console.warn(`engine: ${next.name} backend failed to start`, err);
      next = fallbackFrom(next, 'failed');
    }
  }
  throw new Error('no tfjs backend could start');
}

/** The backend being started, shared by overlapping builds. */
let starting: { name: BackendName; promise: Promise<BackendInfo> } | undefined;

/** Resolves when `want` runs (or its fallback); starts it unless it runs or is starting. */
function ensureBackend(want: BackendInfo): Promise<BackendInfo> {
  if (!starting && current?.name === want.name) return Promise.resolve(want);
  if (starting?.name !== want.name) {
    const promise: Promise<BackendInfo> = switchTo(want)
      .then((info) => (current = info))
      .finally(() => {
        if (starting?.promise === promise) starting = undefined;
      });
    starting = { name: want.name, promise };
  }
  return starting.promise.then((info) => (info.name === want.name ? want : info));
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
    const want = wantedBackend(req.backend);
    let backendMs = 0;
    const ready = ensureBackend(want).then((info) => {
      backendMs = performance.now() - t0;
      return info;
    });
    ready.catch(() => undefined); // awaited below; no unhandled rejection meanwhile
    // Make the weights while the backend starts (its wasm compiles on another thread). A backend
    // switch disposes every tensor, so then every layer is needed.
    const switching = current?.name !== want.name || starting !== undefined;
    const needed = switching ? weightSpecs(req.spec) : engine.needs(req.spec, req.seed);
    const made = new Map<string, Float32Array>();
    const tw = performance.now();
    for (const w of needed) {
      if (await stopBuild()) return superseded(req);
      made.set(w.layerId, generateWeights(w, req.seed));
    }
    const weightsMs = performance.now() - tw;
    current = await ready;
    post({ type: 'backend', backend: current });
    const upload = webgl?.upload;
    const stats = await engine.build(req.spec, req.seed, {
      source: (w, seed) => {
        const values = made.get(w.layerId) ?? generateWeights(w, seed);
        made.delete(w.layerId); // let it be collected once on the device
        return values;
      },
      checkpoint: stopBuild,
      onUpload: upload ? (ts) => ts.forEach(upload) : undefined,
    });
    if (lost) throw new ContextLost('WebGL context lost during the build');
    if (!stats) return superseded(req);
    const memory = engine.memory();
    const timings = { backendMs, weightsMs: weightsMs + stats.weightsMs, uploadMs: stats.uploadMs, totalMs: performance.now() - t0 };
    if (req.id === recoveryId) post({ type: 'rebuilt', backend: current, memory });
    else post({ type: 'built', id: req.id, backend: current, timings, memory, reused: stats.reused });
  } catch (err) {
    if (lost || err instanceof ContextLost) {
      pendingBuild ??= req; // build again on the next backend, same request
      return;
    }
    fail(req.id, 'buildFailed', err);
  }
}

/** Checkpoint between layers: lets messages in; true when a newer build or a lost context stops this one. */
async function stopBuild(): Promise<boolean> {
  await yieldToEvents();
  return lost || (pendingBuild !== undefined && pendingBuild.id !== recoveryId);
}

function superseded(req: BuildReq): void {
  if (!lost && req.id !== recoveryId) post({ type: 'superseded', id: req.id });
}

/** The normalised model input for an image at the spec's input size (cached per key). */
function inputFor(key: string, size: number): TensorData | undefined {
  const cacheKey = `${key}|${size}`;
  const hit = inputs.get(cacheKey);
  if (hit) return hit;
  const image = pixels.get(key);
  if (!image) return undefined;
  const made = normalize(resizeCrop(image, size));
  inputs.clear();
  inputs.set(cacheKey, made);
  return made;
}

async function runForward(req: ForwardReq): Promise<void> {
  const first = lastBuild?.spec.layers[0];
  if (!engine.ready || first?.kind !== 'input') {
    fail(req.id, 'forwardFailed', new Error('no network built'));
    return;
  }
  const t0 = performance.now();
  const input = inputFor(req.imageKey, first.size);
  if (!input) {
    fail(req.id, 'noImage', new Error(`no pixels for image ${req.imageKey}`));
    return;
  }
  const t1 = performance.now();
  try {
    const result = await unlessLost(engine.forward(input, req.readback));
    const { activations } = result;
    post(
      {
        type: 'forwarded',
        id: req.id,
        imageKey: req.imageKey,
        activations,
        workerMs: { preprocess: t1 - t0, compute: result.computeMs, read: result.readMs },
        memory: engine.memory(),
      },
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
    const kernel = await unlessLost(engine.kernel(req.layerId));
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
  webglLost = true;
  try {
    engine.dispose();
  } catch {
    // Textures of a lost context are already gone.
  }
  webgl = undefined;
  dropBackend('webgl');
  current = undefined;
  post({ type: 'notice', key: 'notice.contextLost' });
  if (!pendingBuild && lastBuild) pendingBuild = { ...lastBuild, id: recoveryId };
}
