/**
 * Telling a weight file from an image (or anything else) by its first bytes, so the page-wide
 * drop can route a file without trusting its name. 16 bytes are enough.
 */
import { looksLikeLegacyTorch } from './torchFile';
import type { WeightsFormat } from './types';
import { looksLikeZip } from './zip';

/** How many leading bytes sniffWeightsFormat looks at. */
export const sniffLength = 16;

/** Wire-format tags a ModelProto may carry after ir_version (fields 2–8, 14, 20, 25). */
const modelTags = new Set([0x12, 0x1a, 0x22, 0x28, 0x32, 0x3a, 0x42, 0x72, 0xa2, 0xca]);

/**
 * 'pth-zip' for any zip (torch's or not: reading tells zipNotCheckpoint apart), 'pth-legacy'
 * for torch's legacy magic number, 'onnx' for a protobuf that starts as ONNX writers start a
 * ModelProto (ir_version 1–20, then another model field); undefined for everything else.
 */
export function sniffWeightsFormat(head: Uint8Array): WeightsFormat | undefined {
  if (looksLikeZip(head)) return 'pth-zip';
  if (looksLikeLegacyTorch(head)) return 'pth-legacy';
  if (looksLikeOnnx(head)) return 'onnx';
  return undefined;
}

function looksLikeOnnx(head: Uint8Array): boolean {
  const ir = head[1] ?? 0;
  return head[0] === 0x08 && ir >= 1 && ir <= 20 && modelTags.has(head[2] ?? 0);
}
