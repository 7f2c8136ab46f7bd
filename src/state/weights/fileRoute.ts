/**
 * Routes the files a reader gives (the photo picker, a drop or a paste anywhere on the page):
 * weight files, told apart by their first bytes and never by their names, go to the weights
 * importer; everything else stays an image for the image intake.
 */
import { sniffWeightsFormat } from '../../core/weights/sniff';

/** Bytes read from the head of a file to tell what it is: zip, pickle or protobuf headers fit. */
const headBytes = 64;

/** Whether a file's first bytes are a weight file's (PyTorch zip or legacy pickle, ONNX). */
export async function isWeightsFile(file: Blob): Promise<boolean> {
  const head = new Uint8Array(await file.slice(0, headBytes).arrayBuffer());
  return sniffWeightsFormat(head) !== undefined;
}

/** Hands weight files to `importWeights` and resolves with the rest (the images). */
export async function routeFiles(files: readonly File[], importWeights: (file: File) => void): Promise<File[]> {
  const images: File[] = [];
  for (const file of files) {
    if (await isWeightsFile(file).catch(() => false)) importWeights(file);
    else images.push(file);
  }
  return images;
}

/**
 * What a drag is likely to be, from what the browser tells before the drop (the MIME type; the
 * bytes can only be read on drop): `photo` for image types, `weights` for none or a binary one.
 */
export function guessDragged(types: readonly string[]): 'photo' | 'weights' | 'unknown' {
  if (types.length === 0) return 'unknown';
  if (types.every((t) => t.startsWith('image/'))) return 'photo';
  if (types.every((t) => t === '' || t === 'application/octet-stream' || t === 'application/zip')) return 'weights';
  return 'unknown';
}
