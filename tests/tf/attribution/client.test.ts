/**
 * The client's attribution methods against a fake worker: the request carries the job and the
 * pixels once per image, progress reaches its listener, a newer request's answer and a cancel
 * reject the old promise with Superseded, and a failure rejects with AttributionError.
 */
import { describe, expect, it } from 'vitest';
import type { AttributionResult } from '../../../src/core/attribution/types';
import { AttributionError, EngineClient, Superseded } from '../../../src/tf/client';
import type { Request, Response } from '../../../src/tf/protocol';

class FakeWorker {
  readonly sent: Request[] = [];
  onmessage: ((e: MessageEvent<Response>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  postMessage(m: Request): void {
    this.sent.push(m);
  }
  terminate(): void {}
  reply(r: Response): void {
    this.onmessage?.({ data: r } as MessageEvent<Response>);
  }
}

const image = { width: 1, height: 1, data: new Uint8ClampedArray(4) };
const job = { method: 'saliency', classIndex: 'top' } as const;
const result: AttributionResult = {
  job,
  inputSize: 1,
  map: { shape: [1, 1], data: Float32Array.from([0.5]) },
  placement: { x0: 0, y0: 0, x1: 1, y1: 1 },
  topClass: 0,
  ms: 1,
};

function setup() {
  const w = new FakeWorker();
  const client = new EngineClient(() => w as unknown as Worker);
  const lastId = () => {
    const m = w.sent.at(-1);
    return m && 'id' in m ? m.id : -1;
  };
  return { w, client, lastId };
}

describe('EngineClient attribution', () => {
  it('asks with the job and the pixels once, reports progress, resolves with the result', async () => {
    const { w, client, lastId } = setup();
    const seen: number[] = [];
    const p = client.attribute('cat', image, job, 'torchvision', (pr) => seen.push(pr.done));
    expect(w.sent[0]).toMatchObject({
      type: 'attribute',
      imageKey: 'cat',
      job,
      sanity: false,
      preset: 'torchvision',
      image,
    });
    w.reply({ type: 'attribution-progress', id: lastId(), progress: { done: 3, total: 9 } });
    w.reply({ type: 'attributed', id: lastId(), result });
    await expect(p).resolves.toBe(result);
    expect(seen).toEqual([3]);
    const q = client.sanityCheck('cat', image, job);
    expect(w.sent[1]).toMatchObject({ type: 'attribute', sanity: true });
    expect(w.sent[1] && 'image' in w.sent[1]).toBe(false);
    w.reply({ type: 'sanity-checked', id: lastId(), result: { job, original: result, steps: [], ms: 2 } });
    await expect(q).resolves.toMatchObject({ original: result });
  });

  it('rejects a superseded or cancelled request with Superseded, a failed one with AttributionError', async () => {
    const { w, client, lastId } = setup();
    const a = client.attribute('cat', image, job);
    const aId = lastId();
    const b = client.attribute('cat', image, { method: 'gradcam', classIndex: 2, layerId: 'conv5' });
    const bId = lastId();
    w.reply({ type: 'superseded', id: aId });
    await expect(a).rejects.toBeInstanceOf(Superseded);
    client.cancelAttribution();
    expect(w.sent.at(-1)).toEqual({ type: 'attribute-cancel', id: bId });
    w.reply({ type: 'superseded', id: bId });
    await expect(b).rejects.toBeInstanceOf(Superseded);
    const c = client.attribute('cat', image, job);
    w.reply({
      type: 'attribution-failed',
      id: lastId(),
      message: 'class 1000 is not one of the network’s 1000 classes',
    });
    await expect(c).rejects.toBeInstanceOf(AttributionError);
  });

  it('sends the pixels again when the worker has forgotten them', async () => {
    const { w, client, lastId } = setup();
    void client.attribute('cat', image, job).catch(() => undefined);
    w.reply({ type: 'attributed', id: lastId(), result });
    const p = client.attribute('cat', image, job);
    expect(w.sent[1] && 'image' in w.sent[1]).toBe(false);
    w.reply({ type: 'error', id: lastId(), code: 'noImage', message: 'no pixels' });
    await new Promise((r) => setTimeout(r, 0));
    expect(w.sent[2]).toMatchObject({ type: 'attribute', image });
    w.reply({ type: 'attributed', id: lastId(), result });
    await expect(p).resolves.toBe(result);
  });
});

describe('EngineClient attribution, aborted', () => {
  it('cancels its own request by id when its signal is aborted, and not another’s', async () => {
    const { w, client, lastId } = setup();
    const stop = new AbortController();
    const a = client.attribute('cat', image, job, undefined, undefined, stop.signal);
    const aId = lastId();
    const b = client.sanityCheck('cat', image, job);
    const bId = lastId();
    stop.abort();
    expect(w.sent.at(-1)).toEqual({ type: 'attribute-cancel', id: aId });
    w.reply({ type: 'superseded', id: aId });
    await expect(a).rejects.toBeInstanceOf(Superseded);
    // Aborting again, or after the answer, sends nothing more.
    stop.abort();
    expect(w.sent.filter((m) => m.type === 'attribute-cancel')).toHaveLength(1);
    w.reply({ type: 'sanity-checked', id: bId, result: { job, original: result, steps: [], ms: 1 } });
    await expect(b).resolves.toMatchObject({ ms: 1 });
    const late = new AbortController();
    late.abort();
    await expect(client.attribute('cat', image, job, undefined, undefined, late.signal)).rejects.toBeInstanceOf(
      Superseded,
    );
  });
});
