/**
 * RunStore against a fake worker: what the worker sent before it read a reset belongs to the
 * ended run and must not bring it back (CI caught a 'done' arriving just after Reset).
 */
import { describe, expect, it } from 'vitest';
import { LabClient } from '../../../src/tf/lab/client';
import type { LabRequest, LabResponse } from '../../../src/tf/lab/protocol';
import { RunStore } from '../../../src/state/lab/runStore';

/** A worker that records what the page posts; the test delivers its answers. */
class FakeWorker {
  readonly posted: LabRequest[] = [];
  onmessage: ((e: MessageEvent<LabResponse>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  postMessage(m: LabRequest): void {
    this.posted.push(m);
  }
  terminate(): void {}
  answer(m: LabResponse): void {
    this.onmessage?.({ data: m } as MessageEvent<LabResponse>);
  }
}

function store(): { store: RunStore; worker: () => FakeWorker } {
  let w: FakeWorker | undefined;
  const s = new RunStore(
    'a',
    () => {},
    (listener) =>
      new LabClient('a', listener, () => {
        w = new FakeWorker();
        return w as unknown as Worker;
      }),
  );
  return {
    store: s,
    worker: () => {
      if (!w) throw new Error('no worker started yet');
      return w;
    },
  };
}

const config = {} as never;

describe('RunStore reset', () => {
  it('ignores what the old run sent until the worker answers the reset', () => {
    const { store: s, worker } = store();
    s.start(config);
    worker().answer({ type: 'status', status: 'running' });
    expect(s.snapshot().status).toBe('running');
    s.reset();
    expect(s.snapshot().status).toBe('idle');
    // Sent by the worker before it read the reset:
    worker().answer({ type: 'progress', steps: [{ iteration: 40, seconds: 1, loss: 1, error: 0.2 }] } as never);
    worker().answer({ type: 'status', status: 'done', reason: 'target' });
    expect(s.snapshot().status).toBe('idle');
    expect(s.snapshot().series.steps).toEqual([]);
    // Its answer to the reset, then a new run: heard again.
    worker().answer({ type: 'status', status: 'idle' });
    s.start(config);
    worker().answer({ type: 'status', status: 'running' });
    expect(s.snapshot().status).toBe('running');
    expect(worker().posted.map((m) => m.type)).toEqual(['start', 'reset', 'start']);
  });

  it('a reset with no worker waits for nothing', () => {
    const { store: s, worker } = store();
    s.reset();
    s.start(config);
    worker().answer({ type: 'status', status: 'running' });
    expect(s.snapshot().status).toBe('running');
  });
});
