/**
 * The worker's half of importing weights: gets the bytes (already transferred from the page,
 * or fetched here from a same-origin path with streamed progress), reads and checks them with
 * core/weights off the main thread, and makes the last good network the one builds use
 * (imported.ts). A refused file leaves that network alone, so the model and maps on screen stay
 * as they were.
 */
import { TorchZipStream } from '../../core/weights/torchStream';
import { WeightsError, type ImportStage, type ImportedLayer } from '../../core/weights/types';
import { looksLikeZip } from '../../core/weights/zip';
import { type ReadFile, setImported, summarise } from './imported';
import type { ImportRequest, ImportResponse, ImportSource } from './messages';
import { readWeightsFile } from './reader';

/** Files larger than this are refused before a byte is read (AlexNet's .pth is 244 MB). */
export const maxImportBytes = 1024 ** 3;

type Post = (message: ImportResponse) => void;
type Progress = (stage: ImportStage, done: number, total: number) => void;
/** Bytes [0, done) of `bytes` (the whole file's buffer, `total` long) are in. */
type OnBytes = (bytes: Uint8Array, done: number, total: number) => void;
/**
 * Gets the file's first conv layer while the rest is still arriving (bytes in, file size);
 * what it returns is awaited before the whole file is checked, so the first look goes out first.
 */
export type FirstLook = (layer: ImportedLayer, at: number, total: number) => Promise<void>;

/** Progress reports of request `id`, at most ~20 a second (each one re-renders the bar on the page). */
function progressOf(id: number, post: Post): Progress {
  let last = 0;
  return (stage, done, total) => {
    const now = performance.now();
    if (done < total && now - last < 50) return;
    last = now;
    post({ type: 'import-progress', id, stage, done, total });
  };
}

/** Reads and checks one file; answers `imported` or `import-refused` (never throws). */
export async function runImport(req: ImportRequest, post: Post, firstLook?: FirstLook): Promise<void> {
  const progress = progressOf(req.id, post);
  const ahead = firstLook ? lookAhead(firstLook) : undefined;
  try {
    const bytes = await getBytes(req.source, progress, ahead?.onBytes);
    await ahead?.looked()?.catch(() => undefined); // a courtesy only: the whole file is what counts
    const net = await readWeightsFile(new Uint8Array(bytes), {
      fileName: req.source.fileName,
      onProgress: progress,
    });
    setImported(net, req.source.kind === 'blob' ? req.source.blob : undefined);
    post({ type: 'imported', id: req.id, summary: summarise(net) });
  } catch (err) {
    if (err instanceof WeightsError) {
      post({ type: 'import-refused', id: req.id, code: err.code, params: err.params });
    } else {
      const message = err instanceof Error ? err.message : String(err);
      post({ type: 'import-refused', id: req.id, code: 'notWeights', params: { detail: message } });
    }
  }
}

/** A file kept the older way, read and checked again with progress under request `id`. */
export function readKeptFile(id: number, post: Post): ReadFile {
  const progress = progressOf(id, post);
  return async (blob, fileName) => {
    const bytes = await readStream(blob.stream(), blob.size, progress);
    return readWeightsFile(new Uint8Array(bytes), { fileName, onProgress: progress });
  };
}

/**
 * Follows a torch zip checkpoint as it arrives (TorchZipStream) and hands on its first conv
 * layer, once. Only where the buffer is the file's final one (its size was known in advance).
 * `looked` is that first look's promise, once it has started.
 */
function lookAhead(onFirst: FirstLook): { onBytes: OnBytes; looked: () => Promise<void> | undefined } {
  let stream: TorchZipStream | undefined;
  let off = false;
  let arrived = 0;
  let looked: Promise<void> | undefined;
  const onBytes: OnBytes = (bytes, done, total) => {
    arrived = done;
    if (off || done < 4) return;
    if (!stream) {
      off = bytes.length !== total || !looksLikeZip(bytes.subarray(0, 4));
      if (off) return;
      // The stream offers every conv layer as it completes; a first look needs conv1 only.
      stream = new TorchZipStream(bytes, (layer) => {
        if (off) return;
        off = true;
        looked = onFirst(layer, arrived, total);
      });
    }
    stream.feed(done);
  };
  return { onBytes, looked: () => looked };
}

async function getBytes(source: ImportSource, progress: Progress, onBytes?: OnBytes): Promise<ArrayBuffer> {
  if (source.kind === 'bytes') {
    if (source.buffer.byteLength > maxImportBytes) throw tooLarge(source.buffer.byteLength);
    return source.buffer;
  }
  if (source.kind === 'blob') {
    if (source.blob.size > maxImportBytes) throw tooLarge(source.blob.size);
    return readStream(source.blob.stream(), source.blob.size, progress, onBytes);
  }
  // Checked on the page too; here as well, because this is where the request is made.
  const url = new URL(source.url, self.location.href);
  if (url.origin !== self.location.origin) throw new WeightsError('notWeights', { detail: 'not same-origin' });
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok || !response.body) throw new WeightsError('empty', { detail: `HTTP ${response.status}` });
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > maxImportBytes) {
    void response.body.cancel();
    throw tooLarge(declared);
  }
  return readStream(response.body, Number.isFinite(declared) ? declared : 0, progress, onBytes);
}

/** Reads a body into one buffer (preallocated when its length is known), reporting bytes read. */
async function readStream(
  body: ReadableStream<Uint8Array>,
  declared: number,
  progress: Progress,
  onBytes?: OnBytes,
): Promise<ArrayBuffer> {
  const reader = body.getReader();
  let buffer = new Uint8Array(declared || 1 << 20);
  let done = 0;
  for (;;) {
    const chunk = await reader.read();
    if (chunk.done) break;
    const part = chunk.value;
    if (done + part.length > maxImportBytes) {
      void reader.cancel();
      throw tooLarge(done + part.length);
    }
    if (done + part.length > buffer.length) {
      const grown = new Uint8Array(Math.max(buffer.length * 2, done + part.length));
      grown.set(buffer.subarray(0, done));
      buffer = grown;
    }
    buffer.set(part, done);
    done += part.length;
    progress('reading', done, declared || done);
    onBytes?.(buffer, done, declared);
  }
  return done === buffer.length ? buffer.buffer : buffer.slice(0, done).buffer;
}

const tooLarge = (bytes: number) => new WeightsError('tooLarge', { bytes, limit: maxImportBytes });
