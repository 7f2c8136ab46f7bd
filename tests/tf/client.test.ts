/**
 * The main-thread client against a fake worker: one promise per request, memoised builds,
 * superseded and failed requests, pixels sent once per image, restart after dispose or crash.
 */
import { describe, expect, it } from 'vitest';
import { seed as seedVariant } from '../../src/core/variants';
import type { BackendInfo } from '../../src/tf/backendChoice';
import { EngineClient, EngineError, Superseded } from '../../src/tf/client';
import type { Request, Response } from '../../src/tf/protocol';

class FakeWorker {
  readonly sent: Request[] = [];
  onmessage: ((e: MessageEvent<Response>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  terminated = false;
  constructor(readonly first?: Request) {}
  postMessage(m: Request): void {
    this.sent.push(m);
  }
  terminate(): void {
    this.terminated = true;
  }
  reply(r: Response): void {
    this.onmessage?.({ data: r } as MessageEvent<Response>);
  }
  lastId(): number {
    const m = this.sent.at(-1);
    return m && 'id' in m ? m.id : -1;
  }
}

const wasm: BackendInfo = { name: 'wasm', reason: 'reason.forcedWasm', renderer: null, software: false };
const timings = {
  backendMs: 1,
  weightsMs: 2,
  uploadMs: 3,
  totalMs: 6,
  workerAgeMs: 0,
  readyAt: performance.timeOrigin + performance.now(),
};
const memory = { numTensors: 16, numBytes: 249_513_376 };
const image = { width: 2, height: 1, data: new Uint8ClampedArray(8) };

function setup() {
  const workers: FakeWorker[] = [];
  const events: string[] = [];
  const client = new EngineClient((first) => {
    const w = new FakeWorker(first);
    workers.push(w);
    return w as unknown as Worker;
  });
  client.setListener({
    onBackend: (b) => events.push(`backend ${b.name}`),
    onRebuilt: () => events.push('rebuilt'),
    onNotice: (k) => events.push(k),
  });
  const worker = () => {
    const w = workers.at(-1);
    if (!w) throw new Error('no worker yet');
    return w;
  };
  return { client, workers, worker, events };
}

const built = (id: number): Response => ({ type: 'built', id, backend: wasm, timings, memory, reused: 0 });

describe('EngineClient', () => {
  it('starts the worker with the first request in hand, and memoises identical builds', async () => {
    const { client, workers, worker } = setup();
    const a = client.build(seedVariant, 42, 'wasm');
    const b = client.build(seedVariant, 42, 'wasm');
    expect(b).toBe(a);
    expect(workers).toHaveLength(1);
    expect(worker().first).toMatchObject({ type: 'build', seed: 42, backend: 'wasm' });
    expect(worker().sent).toHaveLength(1);
    worker().reply(built(worker().lastId()));
    await expect(a).resolves.toMatchObject({ backend: wasm, memory });
    client.build(seedVariant, 43, 'wasm').catch(() => undefined);
    expect(worker().sent).toHaveLength(2);
  });

  it('rejects superseded and failed requests, and forgets them so they can be asked again', async () => {
    const { client, worker } = setup();
    const a = client.build(seedVariant, 1, 'auto');
    worker().reply({ type: 'superseded', id: worker().lastId() });
    await expect(a).rejects.toBeInstanceOf(Superseded);
    const b = client.build(seedVariant, 1, 'auto');
    expect(b).not.toBe(a);
    worker().reply({ type: 'error', id: worker().lastId(), code: 'buildFailed', message: 'out of memory' });
    await expect(b).rejects.toMatchObject({ code: 'buildFailed', message: 'out of memory' });
    await expect(b).rejects.toBeInstanceOf(EngineError);
  });

  it('sends the pixels of an image once, and again if the worker lost them', async () => {
    const { client, worker } = setup();
    client.build(seedVariant, 1, 'wasm').catch(() => undefined);
    const forwarded = (id: number): Response => ({
      type: 'forwarded',
      id,
      imageKey: 'cat',
      activations: [['input', { shape: [1], data: new Float32Array(1) }]],
      workerMs: { preprocess: 0, compute: 0, read: 0 },
      memory,
    });
    const first = client.forward('cat', image);
    expect(worker().sent.at(-1)).toMatchObject({ type: 'forward', imageKey: 'cat', image });
    worker().reply(forwarded(worker().lastId()));
    const r = await first;
    expect(r.activations.get('input')?.shape).toEqual([1]);

    const second = client.forward('cat', image);
    expect(worker().sent.at(-1)).not.toHaveProperty('image');
    worker().reply({ type: 'error', id: worker().lastId(), code: 'noImage', message: 'forgotten' });
    await expect.poll(() => worker().sent.length).toBe(4); // build, forward, forward, resend
    expect(worker().sent.at(-1)).toMatchObject({ type: 'forward', image });
    worker().reply(forwarded(worker().lastId()));
    await expect(second).resolves.toMatchObject({ imageKey: 'cat' });
  });

  it('passes on backend changes, rebuilds and notices', () => {
    const { client, worker, events } = setup();
    client.build(seedVariant, 1, 'auto').catch(() => undefined);
    worker().reply({ type: 'backend', backend: wasm });
    worker().reply({ type: 'notice', key: 'notice.contextLost' });
    worker().reply({ type: 'rebuilt', backend: wasm, memory });
    expect(events).toEqual(['backend wasm', 'notice.contextLost', 'backend wasm', 'rebuilt']);
  });

  it('ends the worker on dispose and on a crash, and starts a new one for the next request', async () => {
    const { client, workers, worker } = setup();
    const a = client.build(seedVariant, 1, 'wasm');
    client.dispose();
    await expect(a).rejects.toBeInstanceOf(Superseded);
    expect(workers[0]?.terminated).toBe(true);
    const b = client.build(seedVariant, 1, 'wasm');
    expect(workers).toHaveLength(2);
    worker().onerror?.({ message: 'boom' } as ErrorEvent);
    await expect(b).rejects.toMatchObject({ code: 'workerCrashed' });
    client.kernel('conv1').catch(() => undefined);
    expect(workers).toHaveLength(3);
  });

  it('asks once for what is kept, however often the page asks, until something is kept or forgotten', async () => {
    const { client, worker } = setup();
    client.build(seedVariant, 1, 'wasm').catch(() => undefined);
    const progress: string[] = [];
    const a = client.restoreKept();
    const b = client.restoreKept((p) => progress.push(p.stage));
    expect(b).toBe(a);
    const restores = () => worker().sent.filter((m) => m.type === 'kept' && m.action === 'restore');
    expect(restores()).toHaveLength(1);
    const id = worker().lastId();
    worker().reply({ type: 'import-progress', id, stage: 'reading', done: 1, total: 2 });
    const summary = {
      spec: seedVariant,
      format: 'pth-zip' as const,
      preset: 'torchvision' as const,
      sha256: 'ab'.repeat(32),
      fileName: 'a.pth',
      bytes: 2,
    };
    worker().reply({ type: 'kept', id, restored: { summary, preset: 'caffe' } });
    await expect(a).resolves.toEqual({ summary, preset: 'caffe' });
    expect(progress).toEqual(['reading']); // the late listener heard the restore's own progress
    await expect(client.restoreKept()).resolves.toEqual({ summary, preset: 'caffe' });
    expect(restores()).toHaveLength(1);

    const forgotten = client.forgetKept();
    worker().reply({ type: 'kept', id: worker().lastId() });
    await forgotten;
    void client.restoreKept().catch(() => undefined);
    expect(restores()).toHaveLength(2);
    worker().reply({ type: 'kept-refused', id: worker().lastId(), reason: 'NotFoundError' });
  });
});
