/**
 * The one entry point: bytes of a file in, an ImportedNetwork out, or a WeightsError that names
 * what was wrong. What the file is comes from its bytes (sniff.ts), never from its name.
 */
import { readOnnx } from './onnx';
import { sniffLength, sniffWeightsFormat } from './sniff';

import { isLabDict, labLayers } from './labDict';
import { torchvisionLayers } from './stateDict';
import { dictMetadata } from './torchPickle';
import { readTorchLegacy, readTorchZip } from './torchFile';
import { torchvision } from '../variants';
import { type ImportedNetwork, type ReadOptions, WeightsError } from './types';

/** Files over 1 GiB are refused before reading (AlexNet's weights are 233 MiB). */
export const maxWeightsBytes = 1024 ** 3;

/** The hash prefixes in torchvision's official AlexNet file names, and those names. */
export const officialFiles: Readonly<Record<string, string>> = {
  '7be5be79': 'alexnet-owt-7be5be79.pth',
  '4df8aa71': 'alexnet-owt-4df8aa71.pth',
};

/** Refuses an empty file or one over the limit; call it with File.size before reading. */
export function checkWeightsSize(bytes: number): void {
  if (bytes === 0) throw new WeightsError('empty');
  if (bytes > maxWeightsBytes) throw new WeightsError('tooLarge', { bytes, limit: maxWeightsBytes });
}

/** Lower-case hex SHA-256 (crypto.subtle: in browsers, workers and Node alike). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The official prefix a hash starts with, if any. */
export function officialPrefix(sha256: string): string | undefined {
  return Object.keys(officialFiles).find((p) => sha256.startsWith(p));
}

/**
 * Reads a PyTorch checkpoint (zip or legacy) of a torchvision-shaped AlexNet or of the training
 * lab's network (core/weights/labDict.ts), or an ONNX
 * AlexNet-family graph. Throws WeightsError: empty, tooLarge, notWeights, truncated, corrupt,
 * zipNotCheckpoint, forbiddenGlobal, badOpcode, wrongNetwork, badShape, badDtype, nonFinite,
 * unknownOperator, badGraph.
 */
export async function readWeightsFile(bytes: Uint8Array, options: ReadOptions = {}): Promise<ImportedNetwork> {
  checkWeightsSize(bytes.length);
  const format = sniffWeightsFormat(bytes.subarray(0, sniffLength));
  if (!format) throw new WeightsError('notWeights', { name: options.fileName ?? '' });
  const hashing = sha256Hex(bytes);
  const progress = options.onProgress;
  progress?.('reading', 0, bytes.length);
  const checked = (done: number, total: number) => progress?.('checking', done, total);
  let net: Pick<ImportedNetwork, 'spec' | 'layers' | 'preset'>;
  if (format === 'onnx') {
    net = readOnnx(bytes, options.onLayer, checked, () => progress?.('reading', bytes.length, bytes.length));
  } else {
    const dict =
      format === 'pth-zip'
        ? readTorchZip(bytes)
        : readTorchLegacy(bytes, (done) => progress?.('reading', done, bytes.length));
    progress?.('reading', bytes.length, bytes.length);
    // The training lab's network (names conv1…fc5, its spec in _metadata), or torchvision's AlexNet.
    net = isLabDict(dict)
      ? { ...labLayers(dict, dictMetadata(dict)?.get(''), options.onLayer, checked), preset: 'fashion' }
      : { spec: torchvision, layers: torchvisionLayers(dict, options.onLayer, checked), preset: 'torchvision' };
  }
  const sha256 = await hashing;
  const official = format === 'onnx' ? undefined : officialPrefix(sha256);
  return {
    ...net,
    format,
    sha256,
    ...(official ? { official } : {}),
    fileName: options.fileName ?? '',
    bytes: bytes.length,
  };
}
