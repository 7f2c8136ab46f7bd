/**
 * Routes files dropped or pasted anywhere on the page: weight files (told apart by their first
 * bytes, never by their names) go to the weights importer, everything else to the image
 * intake. The importer registers itself while it is mounted.
 */
import { sniffWeightsFormat } from '../../core/weights/sniff';

/** Bytes read from the head of a file to tell what it is: zip, pickle or protobuf headers fit. */
const headBytes = 64;

let weightsHandler: ((file: File) => void) | undefined;

/** Sets (or, with undefined, clears) where dropped weight files go. */
export function setWeightsDropHandler(handler: ((file: File) => void) | undefined): void {
  weightsHandler = handler;
}

/** Whether a file's first bytes are a weight file's (PyTorch zip or legacy pickle, ONNX). */
export async function isWeightsFile(file: Blob): Promise<boolean> {
  const head = new Uint8Array(await file.slice(0, headBytes).arrayBuffer());
  return sniffWeightsFormat(head) !== undefined;
}

/**
 * Hands weight files to the importer and resolves with the rest (the images). With no importer
 * mounted, every file is the image intake's, as before.
 */
export async function routeFiles(files: readonly File[]): Promise<File[]> {
  const handler = weightsHandler;
  if (!handler) return [...files];
  const images: File[] = [];
  for (const file of files) {
    if (await isWeightsFile(file).catch(() => false)) handler(file);
    else images.push(file);
  }
  return images;
}
