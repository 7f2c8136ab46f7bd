/**
 * A lab worker: trains one run off the main thread (the page runs one per run, A and B), on
 * the backend the engine would choose (probe.ts: WebGL on a real GPU, wasm where WebGL is
 * software or missing; `#backend=` forces one). Messages: protocol.ts.
 *
 * `auto` with two real GPUs (WebGL and WebGPU) would race them in the engine; the lab does not
 * (its ops, custom gradients included, are tested on cpu and wasm, and run on WebGL), so there
 * it takes WebGL.
 */
import { holdOut, readCheckedSplit, unpackSubset } from '../../core/lab/fashion';
import { fallbackFrom, type BackendInfo } from '../backendChoice';
import { startBackend } from '../backends';
import { backendWhenProbed, decidedBackend } from '../probe';
import type { LabRequest, LabResponse, LabRunConfig } from './protocol';
import { type LabData, LabSession, labData } from './session';

const scope = self as unknown as DedicatedWorkerGlobalScope;

function post(message: LabResponse, transfer: Transferable[] = []): void {
  scope.postMessage(message, transfer);
}

/** Lets queued messages in (a MessageChannel task: no 4 ms timer clamp). */
function yieldNow(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

const session = new LabSession(post, yieldNow);
let backend: Promise<BackendInfo> | undefined;
let data: Promise<LabData> | undefined;

scope.onmessage = (event: MessageEvent<LabRequest>) => {
  const m = event.data;
  if (m.type === 'pause') session.pause();
  else if (m.type === 'reset') session.reset();
  else if (m.type === 'resume') void session.resume().catch(failed);
  else void start(m.config, m.from).catch(failed);
};

async function start(config: LabRunConfig, from: Extract<LabRequest, { type: 'start' }>['from']): Promise<void> {
  post({ type: 'status', status: 'loading' });
  backend ??= chooseBackend(config);
  data ??= loadData(config.data);
  const [info, d] = await Promise.all([backend, data]);
  post({ type: 'status', status: 'loading', backend: info });
  await session.start(config, d, from);
}

/** The engine's choice for `config.backend`, started, falling back webgl → wasm → cpu. */
async function chooseBackend(config: LabRunConfig): Promise<BackendInfo> {
  // `auto` waits for the probe (unlike the engine, which starts on wasm provisionally): a run
  // stays on the backend it starts on.
  let next: BackendInfo | undefined =
    decidedBackend(config.backend) ?? (await backendWhenProbed(config.backend, () => Promise.resolve(undefined)));
  while (next) {
    try {
      // One thread per run: the two runs are two workers already, one per core of a laptop, and
      // a pthread pool in each would only make them fight over the same cores.
      await startBackend(next.name, 1);
      return next;
    } catch (err) {
      console.warn(`lab: the ${next.name} backend failed to start`, err);
      next = fallbackFrom(next, 'failed');
    }
  }
  throw new Error('no tfjs backend could start');
}

/** Fetches, unpacks and checks the subset, then splits off the validation images. */
async function loadData(urls: LabRunConfig['data']): Promise<LabData> {
  const get = async (url: string) => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return unpackSubset(new Uint8Array(await response.arrayBuffer()));
  };
  const [trainBytes, testBytes] = await Promise.all([get(urls.train), get(urls.test)]);
  const [all, test] = await Promise.all([readCheckedSplit('train', trainBytes), readCheckedSplit('test', testBytes)]);
  const { train, val } = holdOut(all);
  return labData(train, val, test);
}

function failed(err: unknown): void {
  post({ type: 'status', status: 'error', message: err instanceof Error ? err.message : String(err) });
}
