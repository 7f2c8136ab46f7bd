/**
 * The worker's attribution slot (scheduler.ts) with a small real network (cpu) and a fake
 * worker around it: one answer per request, newer requests and cancels supersede, a build or a
 * cancel stops a long job at its next checkpoint, results are kept and sent again, the sanity
 * check reuses the method's kept result, and missing pixels or a bad job are reported.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AttributionJob } from '../../../src/core/attribution/types';
import { conv, dense, flatten, maxpool, relu, softmax } from '../../../src/core/layers';
import type { AttributeRequest } from '../../../src/tf/attribution/messages';
import { type AttributionHost, AttributionSlot } from '../../../src/tf/attribution/scheduler';
import { Engine } from '../../../src/tf/engine';
import type { Response } from '../../../src/tf/protocol';
import { specOf, useCpu } from '../helpers';
import { randomArray } from '../reference';

const spec = specOf(19, 3, [
  conv('conv1', 4, 3, 2, 1),
  relu('relu1'),
  maxpool('pool1', 2, 2),
  flatten(),
  dense('fc8', 5),
  softmax(),
]);
const input = { shape: [19, 19, 3], data: randomArray(19 * 19 * 3, 2) };
const engine = new Engine();
beforeAll(async () => {
  await useCpu();
  await engine.build(spec, 1);
});
afterAll(() => engine.dispose());

function fakeHost(opts: { stop?: () => boolean; pixels?: boolean } = {}) {
  const posted: Response[] = [];
  let pauses = 0;
  const host: AttributionHost = {
    network: () => engine.network,
    networkKey: () => 'net-1',
    input: () => (opts.pixels === false ? undefined : input),
    post: (m) => posted.push(m),
    interlude: () => {
      pauses += 1;
      return Promise.resolve(opts.stop?.() ?? false);
    },
  };
  return { host, posted, pauses: () => pauses };
}

let nextId = 1;
const ask = (job: AttributionJob, sanity = false): AttributeRequest => ({
  type: 'attribute',
  id: nextId++,
  imageKey: 'cat',
  job,
  sanity,
});
const occlusion: AttributionJob = { method: 'occlusion', classIndex: 'top', size: 5, stride: 2 };
const finals = (posted: Response[]) => posted.filter((m) => m.type !== 'attribution-progress');

describe('the attribution slot', () => {
  it('runs a request, pausing between steps; the same request again is answered from the kept result', async () => {
    const slot = new AttributionSlot();
    const { host, posted, pauses } = fakeHost();
    const a = ask(occlusion);
    slot.receive(a, host.post);
    await slot.runNext(host);
    expect(pauses()).toBeGreaterThan(0);
    const first = finals(posted)[0];
    expect(first).toMatchObject({ type: 'attributed', id: a.id });
    const b = ask(occlusion);
    slot.receive(b, host.post);
    await slot.runNext(host);
    const second = finals(posted)[1];
    expect(second).toMatchObject({ type: 'attributed', id: b.id });
    if (first?.type === 'attributed' && second?.type === 'attributed') expect(second.result).toBe(first.result);
  });

  it('answers a queued request `superseded` when a newer one or a cancel comes', () => {
    const slot = new AttributionSlot();
    const { host, posted } = fakeHost();
    const a = ask(occlusion);
    const b = ask({ method: 'saliency', classIndex: 1 });
    slot.receive(a, host.post);
    slot.receive(b, host.post);
    slot.receive({ type: 'attribute-cancel', id: b.id }, host.post);
    expect(posted).toEqual([
      { type: 'superseded', id: a.id },
      { type: 'superseded', id: b.id },
    ]);
    expect(slot.waiting).toBe(false);
  });

  it('stops a running job at its next checkpoint for a cancel, a newer request or a new build', async () => {
    for (const how of ['cancel', 'newer', 'build'] as const) {
      const slot = new AttributionSlot();
      let building = false;
      const { host, posted } = fakeHost({ stop: () => building });
      const a = ask({ ...occlusion, stride: 1 });
      slot.receive(a, host.post);
      const run = slot.runNext(host);
      if (how === 'cancel') slot.receive({ type: 'attribute-cancel', id: a.id }, host.post);
      if (how === 'newer') slot.receive(ask(occlusion), host.post);
      if (how === 'build') building = true;
      await run;
      expect(finals(posted), how).toEqual([{ type: 'superseded', id: a.id }]);
      expect(slot.waiting).toBe(how === 'newer');
    }
  });

  it('keeps a map request and a sanity check apart: the check waits for the map, a new map stops the check', async () => {
    const slot = new AttributionSlot();
    const { host, posted } = fakeHost();
    const job: AttributionJob = { method: 'saliency', classIndex: 'top' };
    const map = ask(job);
    const check = ask(job, true);
    slot.receive(map, host.post);
    slot.receive(check, host.post);
    expect(posted).toEqual([]);
    await slot.runNext(host);
    await slot.runNext(host);
    expect(finals(posted).map((m) => [m.type, 'id' in m ? m.id : -1])).toEqual([
      ['attributed', map.id],
      ['sanity-checked', check.id],
    ]);
    // A check in progress gives way to a new map request (the reader changed something).
    const other = ask({ method: 'saliency', classIndex: 2 });
    const slow = fakeHost({ stop: () => false });
    slot.receive(ask({ ...job, classIndex: 1 }, true), slow.host.post);
    const run = slot.runNext(slow.host);
    slot.receive(other, slow.host.post);
    await run;
    expect(finals(slow.posted)[0]?.type).toBe('superseded');
    await slot.runNext(slow.host);
    expect(finals(slow.posted)[1]).toMatchObject({ type: 'attributed', id: other.id });
  });

  it('starts the sanity check from the kept result of the same job', async () => {
    const slot = new AttributionSlot();
    const { host, posted } = fakeHost();
    const job: AttributionJob = { method: 'gradcam', classIndex: 'top', layerId: 'conv1' };
    slot.receive(ask(job), host.post);
    await slot.runNext(host);
    slot.receive(ask(job, true), host.post);
    await slot.runNext(host);
    const [plain, checked] = finals(posted);
    expect(checked?.type).toBe('sanity-checked');
    if (plain?.type === 'attributed' && checked?.type === 'sanity-checked') {
      expect(checked.result.original).toBe(plain.result);
      expect(checked.result.steps.map((s) => s.randomised.at(-1))).toEqual(['fc8', 'conv1']);
    }
  });

  it('says when the pixels are missing (the client resends them) and why a job cannot run', async () => {
    const slot = new AttributionSlot();
    const missing = fakeHost({ pixels: false });
    const a = ask(occlusion);
    slot.receive(a, missing.host.post);
    await slot.runNext(missing.host);
    expect(missing.posted[0]).toMatchObject({ type: 'error', id: a.id, code: 'noImage' });
    const { host, posted } = fakeHost();
    const b = ask({ method: 'saliency', classIndex: 99 });
    slot.receive(b, host.post);
    await slot.runNext(host);
    expect(posted[0]).toMatchObject({ type: 'attribution-failed', id: b.id });
    expect(posted[0]?.type === 'attribution-failed' && posted[0].message).toMatch(/class 99/);
  });
});
