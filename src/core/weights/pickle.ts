/**
 * A pickle reader that only rebuilds data. It knows the opcodes torch.save emits (protocol 2,
 * and the few protocol 4 ones a `pickle_protocol=4` save adds) and hands every GLOBAL, REDUCE,
 * BUILD and persistent id to the caller's hooks, which decide what is allowed (torchPickle.ts
 * allows a short list of torch and collections names). Nothing in the file is ever executed:
 * a "callable" is only a token the hooks gave back. Any other opcode is refused with its name
 * and byte offset; a read past the end is refused as truncated with the offset.
 */
import { WeightsError } from './types';

/** What the reader asks the caller to decide. Each hook throws WeightsError to refuse. */
export interface PickleHooks {
  /** `module.name` from GLOBAL or STACK_GLOBAL: return a token, or refuse (forbiddenGlobal). */
  global(module: string, name: string, offset: number): unknown;
  /** REDUCE: what calling `callable(...args)` would have built. */
  reduce(callable: unknown, args: unknown[], offset: number): unknown;
  /** BUILD: `obj` after `__setstate__(state)`. */
  build(obj: unknown, state: unknown, offset: number): unknown;
  /** BINPERSID: the object a persistent id stands for (torch: a tensor storage). */
  persistentLoad(pid: unknown, offset: number): unknown;
}

/** Opcodes refused by name (they run code, or torch never writes them). */
const refusedNames: Readonly<Record<number, string>> = {
  0x69: 'INST',
  0x6f: 'OBJ',
  0x81: 'NEWOBJ',
  0x92: 'NEWOBJ_EX',
  0x50: 'PERSID',
  0x49: 'INT',
  0x4c: 'LONG',
  0x46: 'FLOAT',
  0x53: 'STRING',
  0x56: 'UNICODE',
  0x70: 'PUT',
  0x67: 'GET',
  0x82: 'EXT1',
  0x83: 'EXT2',
  0x84: 'EXT4',
  0x8e: 'BINBYTES8',
  0x8f: 'EMPTY_SET',
  0x90: 'ADDITEMS',
  0x91: 'FROZENSET',
  0x96: 'BYTEARRAY8',
  0x97: 'NEXT_BUFFER',
  0x98: 'READONLY_BUFFER',
};

/** Reads one pickle starting at `start`; returns its value and the offset just after STOP. */
export function unpickle(bytes: Uint8Array, start: number, hooks: PickleHooks): { value: unknown; end: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = new TextDecoder();
  const latin1 = new TextDecoder('latin1');
  const stack: unknown[] = [];
  const marks: number[] = [];
  const memo = new Map<number, unknown>();
  let p = start;

  const need = (n: number) => {
    if (p + n > bytes.length) throw new WeightsError('truncated', { offset: bytes.length, what: 'pickle' });
  };
  const u8 = () => (need(1), bytes[p++] ?? 0);
  const u16 = () => (need(2), (p += 2), view.getUint16(p - 2, true));
  const u32 = () => (need(4), (p += 4), view.getUint32(p - 4, true));
  const take = (n: number) => (need(n), (p += n), bytes.subarray(p - n, p));
  const line = () => {
    const end = bytes.indexOf(0x0a, p);
    if (end < 0) throw new WeightsError('truncated', { offset: bytes.length, what: 'pickle' });
    const s = latin1.decode(bytes.subarray(p, end));
    p = end + 1;
    return s;
  };
  const pop = () => {
    if (stack.length === 0) corrupt(p, 'empty stack');
    return stack.pop();
  };
  const popMark = (): unknown[] => {
    const m = marks.pop();
    if (m === undefined) corrupt(p, 'no MARK');
    return stack.splice(m);
  };
  const top = () => (stack.length === 0 ? corrupt(p, 'empty stack') : stack[stack.length - 1]);
  const setItems = (target: unknown, items: unknown[], at: number) => {
    if (!(target instanceof Map) || items.length % 2 !== 0) corrupt(at, 'SETITEMS on a non-dict');
    for (let i = 0; i < items.length; i += 2) target.set(items[i], items[i + 1]);
  };
  const appendItems = (target: unknown, items: unknown[], at: number) => {
    if (!Array.isArray(target)) corrupt(at, 'APPENDS on a non-list');
    target.push(...items);
  };
  const get = (key: number, at: number) => (memo.has(key) ? memo.get(key) : corrupt(at, `memo ${key}`));

  for (;;) {
    const at = p;
    const op = u8();
    switch (op) {
      case 0x80: // PROTO
        u8();
        break;
      case 0x95: // FRAME: a length hint only
        take(8);
        break;
      case 0x2e: // STOP
        return { value: pop(), end: p };
      case 0x28: // MARK
        marks.push(stack.length);
        break;
      case 0x29: // EMPTY_TUPLE
      case 0x5d: // EMPTY_LIST
        stack.push([]);
        break;
      case 0x7d: // EMPTY_DICT
        stack.push(new Map());
        break;
      case 0x4e: // NONE
        stack.push(null);
        break;
      case 0x88: // NEWTRUE
      case 0x89: // NEWFALSE
        stack.push(op === 0x88);
        break;
      case 0x4b: // BININT1
        stack.push(u8());
        break;
      case 0x4d: // BININT2
        stack.push(u16());
        break;
      case 0x4a: // BININT
        stack.push(u32() | 0);
        break;
      case 0x8a: // LONG1
        stack.push(long(take(u8())));
        break;
      case 0x8b: // LONG4
        stack.push(long(take(u32())));
        break;
      case 0x47: // BINFLOAT (big-endian)
        need(8);
        stack.push(view.getFloat64(p, false));
        p += 8;
        break;
      case 0x58: // BINUNICODE
        stack.push(text.decode(take(u32())));
        break;
      case 0x8c: // SHORT_BINUNICODE
        stack.push(text.decode(take(u8())));
        break;
      case 0x8d: // BINUNICODE8
        need(8);
        stack.push(text.decode(take(Number(view.getBigUint64((p += 8) - 8, true)))));
        break;
      case 0x54: // BINSTRING (Python 2 str)
        stack.push(latin1.decode(take(u32())));
        break;
      case 0x55: // SHORT_BINSTRING
        stack.push(latin1.decode(take(u8())));
        break;
      case 0x42: // BINBYTES
        stack.push(take(u32()));
        break;
      case 0x43: // SHORT_BINBYTES
        stack.push(take(u8()));
        break;
      case 0x74: // TUPLE
      case 0x6c: // LIST
        stack.push(popMark());
        break;
      case 0x85: // TUPLE1
      case 0x86: // TUPLE2
      case 0x87: // TUPLE3
        stack.push(stack.splice(-(op - 0x84)));
        break;
      case 0x64: {
        // DICT
        const d = new Map();
        setItems(d, popMark(), at);
        stack.push(d);
        break;
      }
      case 0x61: // APPEND
        appendItems(top(), [pop()], at);
        break;
      case 0x65: {
        // APPENDS
        const items = popMark();
        appendItems(top(), items, at);
        break;
      }
      case 0x73: {
        // SETITEM
        const v = pop();
        const k = pop();
        setItems(top(), [k, v], at);
        break;
      }
      case 0x75: {
        // SETITEMS
        const items = popMark();
        setItems(top(), items, at);
        break;
      }
      case 0x63: {
        // GLOBAL: "module\nname\n"
        const module = line();
        stack.push(hooks.global(module, line(), at));
        break;
      }
      case 0x93: {
        // STACK_GLOBAL
        const name = pop();
        const module = pop();
        if (typeof module !== 'string' || typeof name !== 'string') corrupt(at, 'STACK_GLOBAL');
        stack.push(hooks.global(module, name, at));
        break;
      }
      case 0x52: {
        // REDUCE
        const args = pop();
        const callable = pop();
        if (!Array.isArray(args)) corrupt(at, 'REDUCE arguments');
        stack.push(hooks.reduce(callable, args, at));
        break;
      }
      case 0x62: {
        // BUILD
        const state = pop();
        stack.push(hooks.build(pop(), state, at));
        break;
      }
      case 0x51: // BINPERSID
        stack.push(hooks.persistentLoad(pop(), at));
        break;
      case 0x71: // BINPUT
        memo.set(u8(), top());
        break;
      case 0x72: // LONG_BINPUT
        memo.set(u32(), top());
        break;
      case 0x94: // MEMOIZE
        memo.set(memo.size, top());
        break;
      case 0x68: // BINGET
        stack.push(get(u8(), at));
        break;
      case 0x6a: // LONG_BINGET
        stack.push(get(u32(), at));
        break;
      case 0x30: // POP
        pop();
        break;
      case 0x31: // POP_MARK
        popMark();
        break;
      case 0x32: // DUP
        stack.push(top());
        break;
      default:
        throw new WeightsError('badOpcode', {
          opcode: refusedNames[op] ?? `0x${op.toString(16).padStart(2, '0')}`,
          offset: at,
        });
    }
  }
}

/** A little-endian two's-complement integer (LONG1/LONG4): a number when it is safe, else a bigint. */
function long(b: Uint8Array): number | bigint {
  let v = 0n;
  for (let i = b.length - 1; i >= 0; i--) v = (v << 8n) | BigInt(b[i] ?? 0);
  if (b.length > 0 && ((b[b.length - 1] ?? 0) & 0x80) !== 0) v -= 1n << BigInt(8 * b.length);
  return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
}

function corrupt(offset: number, what: string): never {
  throw new WeightsError('corrupt', { offset, what: `pickle: ${what}` });
}
