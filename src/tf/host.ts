/**
 * The tfjs half of the engine worker: the Engine (every tensor) and the backend it runs on.
 * worker.ts loads this module with a dynamic import as soon as it starts, and makes weights
 * (plain TypeScript) while tfjs and its backend load, instead of after.
 */
import { type BackendInfo, fallbackFrom } from './backendChoice';
import { type WebglHandle, dropBackend, startBackend } from './backends';
import { Engine } from './engine';
import type { GpuTiming } from './gpu/webgpuChoice';

export class Host {
  readonly engine = new Engine();
  /** The backend running now (undefined while none has started). */
  current: BackendInfo | undefined;
  private webgl: WebglHandle | undefined;
  /** Threads of the backend that runs now (set when it starts). */
  private threads = 1;
  private starting: { readonly name: BackendInfo['name']; readonly promise: Promise<BackendInfo> } | undefined;

  /** `onContextLost` runs when the WebGL context goes away (GPU reset, driver, or loseContext()). */
  constructor(private readonly onContextLost: () => void) {}

  /** True while a backend is starting (a switch disposes every tensor). */
  get switching(): boolean {
    return this.starting !== undefined;
  }

  /** webgl: moves a tensor into a texture now, so "ready" means the weights are on the GPU. */
  get upload(): WebglHandle['upload'] | undefined {
    return this.webgl?.upload;
  }

  /** Resolves when `want` (or its fallback) runs; overlapping calls share one start. */
  ensure(want: BackendInfo): Promise<BackendInfo> {
    if (!this.starting && this.current?.name === want.name) {
      this.current = this.describe(want); // same backend, perhaps a new reason (auto → forced)
      return Promise.resolve(this.current);
    }
    if (this.starting?.name !== want.name) {
      const promise: Promise<BackendInfo> = this.switchTo(want)
        .then((info) => (this.current = info))
        .finally(() => {
          if (this.starting?.promise === promise) this.starting = undefined;
        });
      this.starting = { name: want.name, promise };
    }
    return this.starting.promise.then((info) =>
      info.name === want.name ? (this.current = this.describe(want)) : info,
    );
  }

  /** `info` with the running backend's thread count, when `info` names the running backend. */
  describe(info: BackendInfo): BackendInfo {
    return this.current?.name === info.name || this.starting?.name === info.name
      ? { ...info, threads: this.threads }
      : info;
  }

  /**
   * The timed probe between WebGL and WebGPU (both on real GPUs): after any backend start in
   * flight, times the same convolution on each, then reselects the backend that was running.
   * Undefined when WebGPU (or WebGL) would not run it.
   */
  async timeGpus(): Promise<GpuTiming | undefined> {
    await this.starting?.promise.catch(() => undefined);
    const { raceGpus } = await import('./gpu/gpuTiming');
    return raceGpus(this.current?.name);
  }

  /** Diagnostics and tests: asks the WebGL context to lose itself. */
  loseContext(): void {
    this.webgl?.gl.getExtension('WEBGL_lose_context')?.loseContext();
  }

  /** After a lost context: frees every tensor and removes webgl for the rest of the session. */
  abandonWebgl(): void {
    try {
      this.engine.dispose();
    } catch {
      // Textures of a lost context are already gone.
    }
    this.webgl = undefined;
    this.current = undefined;
    dropBackend('webgl');
  }

  /** Starts `want`, falling back webgl → wasm → cpu if a backend will not start. */
  private async switchTo(want: BackendInfo): Promise<BackendInfo> {
    this.engine.dispose(); // tensors belong to a backend: nothing survives a switch
    this.webgl = undefined;
    let next: BackendInfo | undefined = want;
    while (next) {
      try {
        const started = await startBackend(next.name);
        this.webgl = started.webgl;
        this.threads = started.threads;
        (this.webgl?.gl.canvas as OffscreenCanvas | undefined)?.addEventListener(
          'webglcontextlost',
          this.onContextLost,
        );
        return { ...next, threads: started.threads };
      } catch (err) {
        console.warn(`engine: the ${next.name} backend failed to start`, err);
        next = fallbackFrom(next, 'failed');
      }
    }
    throw new Error('no tfjs backend could start');
  }
}
