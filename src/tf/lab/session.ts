/**
 * One training run, step by step, on the tfjs backend that is running: the loop the lab
 * worker drives (worker.ts), kept free of the Worker API so that Node tests run it as it is.
 *
 * Each step takes the batch, crops, flips and dropout masks the seed gives for that step
 * (core/lab/batches.ts), so a run repeats exactly, and a kept run continues exactly. Every
 * `evaluationInterval(batch)` steps (about every 2,560 images, and at the end) the network is evaluated on the test, validation and a
 * fixed part of the training images, the schedule updated, conv1 snapshotted and a checkpoint
 * sent. Between steps the loop yields, so pause and reset take effect at the next step; the
 * progress it posts is batched to a few messages a second.
 */
import { batchIndices, dropoutMask, evalBatch, makeBatch, stepsPerEpoch, type Batch } from '../../core/lab/batches';
import type { FashionSplit } from '../../core/lab/fashion';
import { labSpec } from '../../core/lab/network';
import { afterEvaluation, type ScheduleState, startSchedule } from '../../core/lab/schedule';
import { type FilterSnapshot, type StepPoint, confusionCounts, errorRate, reachedTarget } from '../../core/lab/series';
import { momentumOn, weightDecayOn } from '../../core/lab/settings';
import { generateWeights, weightSpecs } from '../weights';
import {
  type DoneReason,
  type LabCheckpoint,
  type LabResponse,
  type LabRunConfig,
  type LabStatus,
  checkpointArrays,
} from './protocol';
import { LabTrainer } from './trainer';

/** The data a run needs, read once: the images it trains on, and the three evaluation sets. */
export interface LabData {
  readonly train: FashionSplit;
  readonly test: Batch;
  readonly val: Batch;
  /** The first 1,000 training images, unaugmented: the training side of the train/test gap. */
  readonly trainEval: Batch;
}

/** Builds LabData from the subset's splits: 7,500 to train on, 500 held out, 2,000 to test. */
export function labData(train: FashionSplit, val: FashionSplit, test: FashionSplit): LabData {
  return {
    train,
    test: evalBatch(test, 0, test.count),
    val: evalBatch(val, 0, val.count),
    trainEval: evalBatch(train, 0, Math.min(1000, train.count)),
  };
}

/**
 * Steps between evaluations: about every 2,560 training images (20 steps of 128). An evaluation
 * reads 3,500 images, so at a fixed number of steps small batches would spend most of their time
 * evaluating.
 */
export function evaluationInterval(batch: number): number {
  return Math.max(5, Math.round(2560 / batch));
}
/** Least time between two progress messages, ms. */
export const progressEveryMs = 250;

type Post = (message: LabResponse, transfer?: Transferable[]) => void;

export class LabSession {
  private trainer: LabTrainer | undefined;
  private config: LabRunConfig | undefined;
  private data: LabData | undefined;
  private iteration = 0;
  private elapsedMs = 0;
  private schedule: ScheduleState = startSchedule(0.01);
  private steps: StepPoint[] = [];
  private pending: StepPoint[] = [];
  private lastFlush = 0;
  private status: LabStatus = 'idle';
  /** Bumped by pause and reset, so a loop that was waiting sees it must stop. */
  private generation = 0;

  /**
   * `yieldNow` lets queued messages (pause, reset) in between steps; `evalEvery` overrides the
   * evaluation interval (tests).
   */
  constructor(
    private readonly post: Post,
    private readonly yieldNow: () => Promise<void>,
    private readonly evalEvery?: number,
  ) {}

  private get interval(): number {
    return this.evalEvery ?? evaluationInterval(this.config?.shared.batch ?? 128);
  }

  /** Starts a run (or continues a kept one from `from`); resolves when it pauses, ends or is reset. */
  async start(config: LabRunConfig, data: LabData, from?: LabCheckpoint): Promise<void> {
    this.reset(false);
    this.status = 'idle';
    this.config = config;
    this.data = data;
    const spec = labSpec(config.switches);
    const init =
      from?.layers ??
      weightSpecs(spec).map((w) => ({
        layerId: w.layerId,
        weights: generateWeights(w, config.shared.seed),
        bias: new Float32Array(w.biases),
      }));
    this.trainer = new LabTrainer(spec, init, from?.velocities);
    this.iteration = from?.iteration ?? 0;
    this.elapsedMs = from?.elapsedMs ?? 0;
    this.schedule = from?.schedule ?? startSchedule(config.shared.learningRate);
    if (!from) this.post({ type: 'progress', steps: [], filters: await this.snapshot() });
    return this.resume();
  }

  /** Stops after the step in progress; the run can resume. */
  pause(): void {
    if (this.status !== 'running') return;
    this.generation += 1;
    this.setStatus('paused');
  }

  /** Continues a paused run; resolves when it pauses again, ends or is reset. */
  async resume(): Promise<void> {
    const trainer = this.trainer;
    if (!trainer || this.status === 'running' || this.status === 'done') return;
    this.setStatus('running');
    const generation = ++this.generation;
    await this.loop(generation);
    // Paused: a checkpoint of where it stopped, so that a reload continues from there.
    if (this.status === 'paused' && this.trainer === trainer) this.flush({ checkpoint: await this.checkpoint() });
  }

  /** Ends the run and frees its tensors. */
  reset(announce = true): void {
    this.generation += 1;
    this.trainer?.dispose();
    this.trainer = undefined;
    this.steps = [];
    this.pending = [];
    if (announce) this.setStatus('idle');
  }

  private get total(): number {
    const c = this.config;
    return c && this.data ? c.shared.epochs * stepsPerEpoch(this.data.train.count, c.shared.batch) : 0;
  }

  private async loop(generation: number): Promise<void> {
    const config = this.config;
    const data = this.data;
    if (!config || !data) return;
    const { switches, shared } = config;
    const dropouts = labSpec(switches).layers.flatMap((l, i, all) =>
      l.kind === 'dropout' ? [{ id: l.id, rate: l.rate, units: unitsBefore(all, i) }] : [],
    );
    while (generation === this.generation) {
      const trainer = this.trainer;
      if (!trainer) return;
      if (this.iteration >= this.total) return this.finish('epochs', generation);
      const t0 = performance.now();
      const step = this.iteration;
      const batch = makeBatch(data.train, batchIndices(data.train.count, shared.batch, shared.seed, step), {
        augment: switches.augment,
        seed: shared.seed,
        step,
      });
      const masks = new Map(
        dropouts.map((d) => [d.id, dropoutMask(shared.batch, d.units, d.rate, shared.seed, d.id, step)]),
      );
      const r = await trainer.step(batch.images, batch.labels, masks, {
        learningRate: this.schedule.learningRate,
        momentum: switches.momentum ? momentumOn : 0,
        weightDecay: switches.weightDecay ? weightDecayOn : 0,
      });
      if (this.trainer !== trainer) return; // reset while the step ran: its tensors are gone
      this.iteration = step + 1;
      this.elapsedMs += performance.now() - t0;
      const point = {
        iteration: this.iteration,
        seconds: this.elapsedMs / 1000,
        loss: r.loss,
        error: r.errors / batch.count,
      };
      this.steps.push(point);
      this.pending.push(point);
      const reached = config.stopAtTarget && reachedTarget(this.steps, shared.target / 100) !== undefined;
      if (reached) return this.finish('target', generation);
      if (this.iteration % this.interval === 0) await this.evaluate();
      else if (isPowerOfTwo(this.iteration)) this.flush({ filters: await this.snapshot() });
      else if (performance.now() - this.lastFlush >= progressEveryMs) this.flush({});
      await this.yieldNow();
    }
  }

  private async finish(reason: DoneReason, generation: number): Promise<void> {
    if (this.iteration % this.interval !== 0 || reason === 'target') await this.evaluate();
    if (generation !== this.generation) return;
    this.generation += 1;
    this.setStatus('done', reason);
  }

  /**
   * Evaluates, updates the schedule, and sends the evaluation with a snapshot and a checkpoint.
   * A pause meanwhile lets it finish (the run resumes after it); a reset drops it.
   */
  private async evaluate(): Promise<void> {
    const trainer = this.trainer;
    const data = this.data;
    if (!trainer || !data || !this.config) return;
    const t0 = performance.now();
    const predict = (b: Batch) => trainer.predict(b.images, b.count);
    const test = await predict(data.test);
    const trainPred = await predict(data.trainEval);
    const valPred = await predict(data.val);
    if (this.trainer !== trainer) return; // reset meanwhile
    const valError = errorRate(valPred, data.val.labels);
    this.schedule = afterEvaluation(this.schedule, valError, this.config.shared.plateau);
    const filters = await this.snapshot();
    this.elapsedMs += performance.now() - t0;
    const point = {
      iteration: this.iteration,
      seconds: this.elapsedMs / 1000,
      testError: errorRate(test, data.test.labels),
      trainError: errorRate(trainPred, data.trainEval.labels),
      valError,
      learningRate: this.schedule.learningRate,
    };
    const checkpoint = await this.checkpoint();
    this.flush({ evaluation: { point, confusion: confusionCounts(test, data.test.labels) }, filters, checkpoint });
  }

  /** Where the run stands: enough to continue it exactly in another session. */
  private async checkpoint(): Promise<LabCheckpoint | undefined> {
    const trainer = this.trainer;
    if (!trainer) return undefined;
    const [layers, velocities] = await Promise.all([trainer.weights(), trainer.velocities()]);
    const packed = new Blob(checkpointArrays(layers, velocities) as BlobPart[]);
    return {
      iteration: this.iteration,
      elapsedMs: this.elapsedMs,
      schedule: this.schedule,
      layers,
      velocities,
      packed,
    };
  }

  private async snapshot(): Promise<FilterSnapshot | undefined> {
    const k = await this.trainer?.firstKernels();
    return k ? { iteration: this.iteration, shape: k.shape, data: k.data } : undefined;
  }

  private flush(extra: Omit<Extract<LabResponse, { type: 'progress' }>, 'type' | 'steps'>): void {
    const transfer: ArrayBuffer[] = [];
    if (extra.filters) transfer.push(extra.filters.data.buffer as ArrayBuffer);
    for (const l of [...(extra.checkpoint?.layers ?? []), ...(extra.checkpoint?.velocities ?? [])]) {
      transfer.push(l.weights.buffer as ArrayBuffer, l.bias.buffer as ArrayBuffer);
    }
    const steps = this.pending;
    this.pending = []; // first: a listener may pause from inside post, which flushes again
    this.lastFlush = performance.now();
    this.post({ type: 'progress', steps, ...extra }, transfer);
  }

  private setStatus(status: LabStatus, reason?: DoneReason): void {
    this.status = status;
    if (this.pending.length > 0) this.flush({});
    this.post({ type: 'status', status, ...(reason ? { reason } : {}) });
  }
}

function isPowerOfTwo(n: number): boolean {
  return n > 0 && (n & (n - 1)) === 0;
}

/** Units of the dense layer a dropout layer follows (through its activation). */
function unitsBefore(layers: ReturnType<typeof labSpec>['layers'], index: number): number {
  for (let i = index - 1; i >= 0; i--) {
    const l = layers[i];
    if (l?.kind === 'dense') return l.units;
  }
  return 0;
}
