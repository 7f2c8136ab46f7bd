/**
 * The worker's side of attribution (no tfjs here: the methods load with their first request).
 * Two request slots, a method's map and a sanity check: a newer request supersedes the waiting
 * one of its kind and stops a running one at its next checkpoint (a new map also stops a running
 * sanity check: the reader moved on); maps run first. Between a long job's steps the worker serves what came in meanwhile (view
 * forwards, kernels, imports), so a 10-second occlusion never holds the walkthrough's maps back;
 * a new build, a lost context, a cancel or a newer request stops it. Finished results are kept
 * per (network, weights, image, preprocessing, method and settings) and sent again at once.
 */
import { jobKey } from '../../core/attribution/defaults';
import type { AttributionResult, SanityResult } from '../../core/attribution/types';
import type { TensorData } from '../../core/tensorData';
import type { PreprocessPreset } from '../../core/weights/types';
import type { Network } from '../model';
import type { Response } from '../protocol';
import { type JobContext, JobStopped } from './context';
import type { AttributeCancel, AttributeRequest } from './messages';

/** What the scheduler needs from the worker. */
export interface AttributionHost {
  /** The built network, if one is ready and its backend alive. */
  network(): Network | undefined;
  /** Identity of the built network and its weights (the last build's spec, seed and file hash). */
  networkKey(): string;
  /** The normalised input for an image key and preset; undefined when the pixels are not here. */
  input(imageKey: string, preset: PreprocessPreset | undefined): TensorData | undefined;
  post(message: Response): void;
  /** Lets messages in and runs the other work that arrived; true when this job must stop (a build, a lost context). */
  interlude(): Promise<boolean>;
}

/** Results kept: a few per image and method is what a reader flips between. */
const keep = 24;

export class AttributionSlot {
  /** Waiting requests: a method's map, and a sanity check (run after any map that waits). */
  private readonly pending: { map?: AttributeRequest; sanity?: AttributeRequest } = {};
  private running: { readonly id: number; readonly sanity: boolean; stopped: boolean } | undefined;
  private readonly cache = new Map<string, AttributionResult | SanityResult>();

  /** True when a request waits to run. */
  get waiting(): boolean {
    return this.pending.map !== undefined || this.pending.sanity !== undefined;
  }

  /**
   * A newer map request supersedes the waiting one, and stops a running map or sanity check
   * (the reader moved on); a newer sanity check supersedes only the waiting or running check.
   */
  receive(m: AttributeRequest | AttributeCancel, post: (r: Response) => void): void {
    if (m.type === 'attribute-cancel') {
      for (const kind of ['map', 'sanity'] as const)
        if (this.pending[kind]?.id === m.id) {
          post({ type: 'superseded', id: m.id });
          this.pending[kind] = undefined;
        }
      if (this.running?.id === m.id) this.running.stopped = true;
      return;
    }
    const kind = m.sanity ? 'sanity' : 'map';
    const old = this.pending[kind];
    if (old) post({ type: 'superseded', id: old.id });
    this.pending[kind] = m;
    if (this.running && (!m.sanity || this.running.sanity)) this.running.stopped = true;
  }

  /** Runs the waiting request to its answer (result, superseded, or failure). */
  async runNext(host: AttributionHost): Promise<void> {
    const req = this.pending.map ?? this.pending.sanity;
    if (!req) return;
    if (req === this.pending.map) this.pending.map = undefined;
    else this.pending.sanity = undefined;
    const net = host.network();
    const input = host.input(req.imageKey, req.preset);
    if (!net) return host.post({ type: 'attribution-failed', id: req.id, message: 'no network built' });
    if (!input)
      return host.post({ type: 'error', id: req.id, code: 'noImage', message: `no pixels for ${req.imageKey}` });
    const what = [host.networkKey(), req.imageKey, req.preset ?? '', jobKey(req.job)].join('|');
    const key = `${req.sanity ? 'sanity' : 'job'}|${what}`;
    const hit = this.cache.get(key);
    if (hit) return this.answer(req, hit, host);
    const running = { id: req.id, sanity: req.sanity, stopped: false };
    this.running = running;
    const ctx: JobContext = {
      checkpoint: async () => {
        if ((await host.interlude()) || running.stopped) throw new JobStopped();
      },
      progress: (progress) => host.post({ type: 'attribution-progress', id: req.id, progress }),
    };
    try {
      const { runJob, runSanity } = await import('./run');
      // The sanity check starts from the method's own result when it is kept.
      const original = this.cache.get(`job|${what}`) as AttributionResult | undefined;
      const result = req.sanity
        ? await runSanity(net, input, req.job, ctx, original)
        : await runJob(net, input, req.job, ctx);
      this.remember(key, result);
      if ('original' in result) this.remember(`job|${what}`, result.original);
      this.answer(req, result, host);
    } catch (err) {
      if (err instanceof JobStopped) host.post({ type: 'superseded', id: req.id });
      else
        host.post({
          type: 'attribution-failed',
          id: req.id,
          message: err instanceof Error ? err.message : String(err),
        });
    } finally {
      if (this.running === running) this.running = undefined;
    }
  }

  private answer(req: AttributeRequest, result: AttributionResult | SanityResult, host: AttributionHost): void {
    // Posted as copies (no transfer list): the kept result must keep its buffers.
    if (req.sanity) host.post({ type: 'sanity-checked', id: req.id, result: result as SanityResult });
    else host.post({ type: 'attributed', id: req.id, result: result as AttributionResult });
  }

  private remember(key: string, result: AttributionResult | SanityResult): void {
    this.cache.delete(key);
    this.cache.set(key, result);
    for (const k of [...this.cache.keys()].slice(0, -keep)) this.cache.delete(k);
  }
}
