/**
 * Graph → spec on small ONNX models written here with the same schema (protobuf-es toBinary):
 * Caffe's ceil-emulating pool pads, MatMul+Add, GlobalAveragePool, Reshape, Gemm's alpha,
 * float16 weights, and the refusals that name the node.
 */
import { create, toBinary } from '@bufbuild/protobuf';
import { describe, expect, test } from 'vitest';
import { modelProto } from '../../../src/core/weights/onnxSchema';
import { readWeightsFile } from '../../../src/core/weights/read';
import { refusal } from './helpers';

type Attr = { ints: number[] } | { i: number } | { f: number } | { s: string };

function node(opType: string, input: string[], output: string, name: string, attrs: Record<string, Attr> = {}) {
  const attribute = Object.entries(attrs).map(([key, a]) => {
    if ('ints' in a) return { name: key, type: 7, ints: a.ints.map(BigInt) };
    if ('i' in a) return { name: key, type: 2, i: BigInt(a.i) };
    if ('f' in a) return { name: key, type: 1, f: a.f };
    return { name: key, type: 3, s: new TextEncoder().encode(a.s) };
  });
  return { opType, input, output: [output], name, attribute };
}

function tensor(name: string, dims: number[], values: number[], dataType = 1, dataLocation = 0) {
  const raw =
    dataType === 10
      ? new Uint8Array(new Uint16Array(values).buffer) // values are float16 bit patterns here
      : new Uint8Array(Float32Array.from(values).buffer);
  return { name, dims: dims.map(BigInt), dataType, rawData: raw, dataLocation };
}

const ramp = (n: number, scale = 0.01) => Array.from({ length: n }, (_, i) => ((i % 7) - 3) * scale);

function model(nodes: ReturnType<typeof node>[], inits: ReturnType<typeof tensor>[], [c, h, w]: number[]) {
  const dim = [1, c, h, w].map((v) => ({ dimValue: BigInt(v ?? 0) }));
  const m = create(modelProto, {
    irVersion: 8n,
    graph: {
      name: 'test',
      node: nodes,
      initializer: inits,
      input: [{ name: 'x', type: { tensorType: { elemType: 1, shape: { dim } } } }],
    },
  });
  return toBinary(modelProto, m);
}

describe('ONNX graph → spec', () => {
  test("Caffe's pool pads [0,0,1,1] become ceil rounding; a graph ending in logits gets a softmax", async () => {
    const bytes = model(
      [
        node('Conv', ['x', 'w1', 'b1'], 'c1', 'conv_a', { kernel_shape: { ints: [3, 3] }, strides: { ints: [2, 2] } }),
        node('Relu', ['c1'], 'r1', 'relu_a'),
        node('MaxPool', ['r1'], 'p1', 'pool_a', {
          kernel_shape: { ints: [3, 3] },
          strides: { ints: [2, 2] },
          pads: { ints: [0, 0, 1, 1] },
        }),
        node('Flatten', ['p1'], 'f', 'flat'),
        node('Gemm', ['f', 'w2', 'b2'], 'y', 'fc', { transB: { i: 1 } }),
      ],
      [
        tensor('w1', [4, 3, 3, 3], ramp(108)),
        tensor('b1', [4], [0, 0, 0, 0]),
        tensor('w2', [5, 100], ramp(500)),
        tensor('b2', [5], [1, 2, 3, 4, 5]),
      ],
      [3, 21, 21],
    );
    const net = await readWeightsFile(bytes);
    expect(net.format).toBe('onnx');
    expect(net.preset).toBe('torchvision');
    expect(net.spec.layers.map((l) => l.id)).toEqual(['input', 'conv1', 'relu1', 'pool1', 'flatten', 'fc2', 'softmax']);
    // conv1: (21 − 3)/2 + 1 = 10; pool1: ⌈(10 − 3)/2⌉ + 1 = 5 (floor would give 4).
    expect(net.spec.layers[3]).toEqual({ kind: 'maxpool', id: 'pool1', size: 3, stride: 2, rounding: 'ceil' });
    expect([...(net.layers[1]?.bias ?? [])]).toEqual([1, 2, 3, 4, 5]);
  });

  test('GlobalAveragePool, Reshape to [1, -1], MatMul + Add: one dense layer with its bias', async () => {
    const bytes = model(
      [
        node('GlobalAveragePool', ['x'], 'g', 'gap'),
        node('Reshape', ['g', 'shape'], 'f', 'reshape'),
        node('MatMul', ['f', 'w'], 'm', 'matmul'),
        node('Add', ['m', 'b'], 'y', 'add'),
        node('Softmax', ['y'], 'p', 'prob', { axis: { i: 1 } }),
      ],
      [
        {
          name: 'shape',
          dims: [2n],
          dataType: 7,
          rawData: new Uint8Array(new BigInt64Array([1n, -1n]).buffer),
          dataLocation: 0,
        },
        tensor('w', [2, 3], [1, 2, 3, 4, 5, 6]),
        tensor('b', [3], [0.5, 0, -0.5]),
      ],
      [2, 4, 4],
    );
    const net = await readWeightsFile(bytes);
    expect(net.spec.layers.map((l) => `${l.kind}:${l.id}`)).toEqual([
      'input:input',
      'adaptiveavgpool:avgpool',
      'flatten:flatten',
      'dense:fc1',
      'softmax:softmax',
    ]);
    // MatMul's [nIn, units] is already the engine's layout.
    expect([...(net.layers[0]?.weights ?? [])]).toEqual([1, 2, 3, 4, 5, 6]);
    expect([...(net.layers[0]?.bias ?? [])]).toEqual([0.5, 0, -0.5]);
  });

  test("Gemm's alpha and beta scale weights and bias; float16 weights become float32", async () => {
    const half = [0x3e00, 0xc000]; // 1.5, −2 as float16
    const bytes = model(
      [
        node('Flatten', ['x'], 'f', 'flat'),
        node('Gemm', ['f', 'w', 'b'], 'y', 'fc', { alpha: { f: 2 }, beta: { f: 0.5 }, transB: { i: 1 } }),
      ],
      [tensor('w', [1, 2], half, 10), tensor('b', [1], [4])],
      [2, 1, 1],
    );
    const net = await readWeightsFile(bytes);
    expect([...(net.layers[0]?.weights ?? [])]).toEqual([3, -4]);
    expect([...(net.layers[0]?.bias ?? [])]).toEqual([2]);
  });

  const conv = (attrs: Record<string, Attr>, name = 'conv_x') =>
    model(
      [node('Conv', ['x', 'w'], 'y', name, { kernel_shape: { ints: [3, 3] }, ...attrs })],
      [tensor('w', [2, 3, 3, 3], ramp(54))],
      [3, 8, 8],
    );

  test('dilations and asymmetric pads are refused naming the node', async () => {
    expect(await refusal(conv({ dilations: { ints: [2, 2] } }))).toMatchObject({
      code: 'badGraph',
      params: { node: 'conv_x', reason: 'dilations other than 1' },
    });
    expect(await refusal(conv({ pads: { ints: [0, 0, 1, 1] } }))).toMatchObject({
      code: 'badGraph',
      params: { node: 'conv_x', reason: 'asymmetric pads 0,0,1,1' },
    });
  });

  test('a branch (two nodes reading one tensor) is not a chain', async () => {
    const bytes = model([node('Relu', ['x'], 'a', 'r1'), node('Relu', ['x'], 'b', 'r2')], [], [3, 4, 4]);
    expect(await refusal(bytes)).toMatchObject({
      code: 'badGraph',
      params: { node: 'r2', reason: 'not a single chain of layers' },
    });
  });

  test("a spec core rejects is refused with core's issue (LRN of even size)", async () => {
    const bytes = model([node('LRN', ['x'], 'y', 'lrn_even', { size: { i: 4 } })], [], [3, 4, 4]);
    expect(await refusal(bytes)).toMatchObject({
      code: 'badGraph',
      params: { node: 'norm0', reason: 'lrn-even-size' },
    });
  });

  test('weights of the wrong shape name the tensor; weights in an external file are refused', async () => {
    const bytes = model(
      [node('Conv', ['x', 'w', 'b'], 'y', 'c')],
      [tensor('w', [2, 3, 3, 3], ramp(54)), tensor('b', [3], [0, 0, 0])],
      [3, 8, 8],
    );
    expect(await refusal(bytes)).toMatchObject({ code: 'badShape', params: { tensor: 'b', expected: '2', got: '3' } });
    const external = model([node('Conv', ['x', 'w'], 'y', 'c')], [tensor('w', [2, 3, 3, 3], [], 1, 1)], [3, 8, 8]);
    expect(await refusal(external)).toMatchObject({
      code: 'badGraph',
      params: { node: 'w', reason: 'weights in an external file' },
    });
  });
});
