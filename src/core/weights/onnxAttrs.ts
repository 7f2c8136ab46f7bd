/**
 * Reading ONNX node attributes and tensors as plain numbers. Tensor values are checked against
 * their dims (byte lengths against the protobuf structure) and converted to float32 once
 * (a view when the raw bytes happen to be 4-byte aligned).
 */
import { type FloatDtype, floatsOf } from './floats';
import type { OnnxNode, OnnxTensor } from './onnxSchema';
import { WeightsError } from './types';

/** ONNX TensorProto.DataType numbers of the floating types, and names for refusals. */
const floatTypes: Readonly<Record<number, readonly [FloatDtype, number]>> = {
  1: ['float32', 4],
  10: ['float16', 2],
  11: ['float64', 8],
  16: ['bfloat16', 2],
};
const typeNames: Readonly<Record<number, string>> = {
  2: 'uint8',
  3: 'int8',
  5: 'int16',
  6: 'int32',
  7: 'int64',
  9: 'bool',
};

const attr = (node: OnnxNode, name: string) => node.attribute.find((a) => a.name === name);

/** An INTS attribute as numbers, or `fallback` when absent. */
export function attrInts(node: OnnxNode, name: string, fallback: readonly number[]): number[] {
  const a = attr(node, name);
  return a ? a.ints.map(Number) : [...fallback];
}

/** An INT attribute, or `fallback`. */
export function attrInt(node: OnnxNode, name: string, fallback: number): number {
  const a = attr(node, name);
  return a ? Number(a.i) : fallback;
}

/**
 * A FLOAT attribute, or `fallback`, as the shortest decimal with the same float32 value:
 * LRN's alpha shows as 0.0001, not as float32's 0.000099999997.
 */
export function attrFloat(node: OnnxNode, name: string, fallback: number): number {
  const a = attr(node, name);
  if (!a) return fallback;
  for (let digits = 1; digits < 9; digits++) {
    const short = Number(a.f.toPrecision(digits));
    if (Math.fround(short) === Math.fround(a.f)) return short;
  }
  return a.f;
}

/** A STRING attribute ('' when absent). */
export function attrString(node: OnnxNode, name: string): string {
  const a = attr(node, name);
  return a ? new TextDecoder().decode(a.s) : '';
}

/** Number of values the tensor's dims call for. */
export function tensorCount(t: OnnxTensor): number {
  return t.dims.reduce((n, d) => n * Number(d), 1);
}

/** An int64 (or int32) constant such as Reshape's shape, as numbers. */
export function constantInts(t: OnnxTensor): number[] {
  if (t.int64Data.length > 0) return t.int64Data.map(Number);
  if (t.int32Data.length > 0) return [...t.int32Data];
  if (t.dataType === 7 && t.rawData.length % 8 === 0) {
    const view = new DataView(t.rawData.buffer, t.rawData.byteOffset, t.rawData.byteLength);
    return Array.from({ length: t.rawData.length / 8 }, (_, i) => Number(view.getBigInt64(i * 8, true)));
  }
  throw new WeightsError('badGraph', { node: t.name, reason: 'shape constant that is not int64' });
}

/**
 * A floating tensor's values as float32. `fileStart` (the byte offset of the file in its
 * buffer) turns a view's position into a file offset for refusals.
 */
export function tensorFloats(t: OnnxTensor, fileStart = 0): Float32Array {
  if (t.dataLocation === 1) throw new WeightsError('badGraph', { node: t.name, reason: 'weights in an external file' });
  const type = floatTypes[t.dataType];
  if (!type)
    throw new WeightsError('badDtype', { tensor: t.name, dtype: typeNames[t.dataType] ?? `ONNX type ${t.dataType}` });
  const [dtype, size] = type;
  const count = tensorCount(t);
  if (t.rawData.length > 0) {
    if (t.rawData.length !== count * size) {
      throw new WeightsError('corrupt', {
        offset: t.rawData.byteOffset - fileStart,
        what: `${t.name}: ${t.rawData.length} bytes, expected ${count * size}`,
      });
    }
    return floatsOf(t.rawData, dtype, count);
  }
  const list = dtype === 'float32' ? t.floatData : dtype === 'float64' ? t.doubleData : undefined;
  if (!list) throw new WeightsError('badDtype', { tensor: t.name, dtype: `${dtype} in int32_data` });
  if (list.length !== count)
    throw new WeightsError('corrupt', { offset: 0, what: `${t.name}: ${list.length} values, expected ${count}` });
  return Float32Array.from(list);
}
