/** The data-only unpickler: values it rebuilds, and what it refuses (by name and offset). */
import { describe, expect, test } from 'vitest';
import { unpickle } from '../../../src/core/weights/pickle';
import { torchHooks } from '../../../src/core/weights/torchPickle';
import { WeightsError } from '../../../src/core/weights/types';

const noStorage = torchHooks(() => {
  throw new Error('no storage expected');
});

/** Bytes from a mix of strings (latin1) and byte values. */
function bytes(...parts: (string | readonly number[])[]): Uint8Array {
  const out: number[] = [];
  for (const p of parts) out.push(...(typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p));
  return new Uint8Array(out);
}

function refused(b: Uint8Array): WeightsError {
  try {
    unpickle(b, 0, noStorage);
  } catch (e) {
    if (e instanceof WeightsError) return e;
    throw e;
  }
  throw new Error('not refused');
}

describe('unpickle', () => {
  test('rebuilds plain data: dict, list, tuple, ints, negative LONG1, float, strings, booleans', () => {
    // {'a': [1, 300, -2], 'b': (True, None), 'c': 2.5, 'd': -129 (LONG1)} in protocol 2
    const b = bytes(
      [0x80, 2, 0x7d, 0x71, 0, 0x28],
      'X',
      [1, 0, 0, 0],
      'a',
      ']',
      [0x71, 1],
      '(',
      'K',
      [1],
      'M',
      [44, 1],
      'J',
      [0xfe, 0xff, 0xff, 0xff],
      'e',
      'X',
      [1, 0, 0, 0],
      'b',
      [0x88],
      'N',
      [0x86],
      'X',
      [1, 0, 0, 0],
      'c',
      'G',
      [0x40, 0x04, 0, 0, 0, 0, 0, 0],
      'X',
      [1, 0, 0, 0],
      'd',
      [0x8a, 2, 0x7f, 0xff],
      'u.',
    );
    const { value, end } = unpickle(b, 0, noStorage);
    expect(end).toBe(b.length);
    expect(value).toEqual(
      new Map<string, unknown>([
        ['a', [1, 300, -2]],
        ['b', [true, null]],
        ['c', 2.5],
        ['d', -129],
      ]),
    );
  });

  test('GLOBAL outside the allow-list is refused by its name and offset, before any REDUCE', () => {
    const e = refused(bytes([0x80, 2], 'cposix\nsystem\n', 'X', [2, 0, 0, 0], 'ls', [0x85], 'R.'));
    expect(e.code).toBe('forbiddenGlobal');
    expect(e.params).toEqual({ name: 'posix.system', offset: 2 });
  });

  test('STACK_GLOBAL (protocol 4) goes through the same allow-list', () => {
    const e = refused(bytes([0x80, 4, 0x8c, 8], 'builtins', [0x94, 0x8c, 4], 'eval', [0x94, 0x93], '.'));
    expect(e.params).toEqual({ name: 'builtins.eval', offset: 20 });
  });

  test('the allowed names are exact: torch.load or a lookalike module is refused', () => {
    expect(refused(bytes([0x80, 2], 'ctorch\nload\n.')).params.name).toBe('torch.load');
    expect(refused(bytes([0x80, 2], 'ccollections.evil\nOrderedDict\n.')).params.name).toBe(
      'collections.evil.OrderedDict',
    );
  });

  test('opcodes that build objects by calling them are refused by name and offset', () => {
    expect(refused(bytes([0x80, 2], '(iposix\nsystem\n.')).params).toEqual({ opcode: 'INST', offset: 3 });
    expect(refused(bytes([0x80, 2, 0x81]))).toMatchObject({
      code: 'badOpcode',
      params: { opcode: 'NEWOBJ', offset: 2 },
    });
    expect(refused(bytes([0x80, 2, 0xff])).params).toEqual({ opcode: '0xff', offset: 2 });
  });

  test('a string running past the end is truncated, naming where the bytes end', () => {
    const e = refused(bytes([0x80, 2], 'X', [16, 0, 0, 0], 'ab'));
    expect(e.code).toBe('truncated');
    expect(e.params.offset).toBe(9);
  });

  test('a memo reference that was never stored is corrupt', () => {
    expect(refused(bytes([0x80, 2, 0x68, 7], '.')).code).toBe('corrupt');
  });
});

describe('torch tensors in a pickle', () => {
  const storage = { key: '0', dtype: 'float32' as const, elementSize: 4, numel: 6 };
  const hooks = torchHooks(() => storage);
  const pid = [
    '(',
    'X',
    [7, 0, 0, 0],
    'storage',
    'ctorch\nFloatStorage\n',
    'X',
    [1, 0, 0, 0],
    '0',
    'X',
    [3, 0, 0, 0],
    'cpu',
    'K',
    [6],
    't',
    'Q',
  ] as const;

  test('_rebuild_tensor_v2(storage, offset, size, stride, …) gives a strided view description', () => {
    const b = bytes(
      [0x80, 2],
      'ctorch._utils\n_rebuild_tensor_v2\n(',
      ...pid,
      'K',
      [0],
      'K',
      [2],
      'K',
      [3],
      [0x86],
      'K',
      [3],
      'K',
      [1],
      [0x86],
      [0x89],
      't',
      'R.',
    );
    expect(unpickle(b, 0, hooks).value).toEqual({ storage, offset: 0, shape: [2, 3], stride: [3, 1] });
  });

  test('torch < 0.3: torch.FloatTensor() then BUILD with (storage, offset, size, stride)', () => {
    const b = bytes(
      [0x80, 2],
      'ctorch\nFloatTensor\n)R(',
      ...pid,
      'K',
      [1],
      'K',
      [5],
      [0x85],
      'K',
      [1],
      [0x85],
      't',
      'b.',
    );
    expect(unpickle(b, 0, hooks).value).toEqual({ storage, offset: 1, shape: [5], stride: [1] });
  });
});
