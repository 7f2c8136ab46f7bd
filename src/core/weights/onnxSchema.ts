/**
 * ONNX's schema, the part of onnx/onnx.proto a network's weights and graph live in, as a
 * descriptor for @bufbuild/protobuf (protobuf-es). Field numbers and types are copied from
 * onnx.proto; fields not listed here are skipped by the decoder, as protobuf requires.
 *
 * Why protobuf-es: it is maintained (Buf), passes the protobuf conformance suite, decodes by
 * reflection from a descriptor without generating code with eval/new Function (the page's CSP
 * has no 'unsafe-eval', which rules out protobufjs's reflection decoders), and returns `bytes`
 * fields as views on the input, so a 240 MB raw_data is never copied while decoding.
 * protobufjs-based packages (onnx-proto) would need codegen or eval; a hand-written decoder
 * would be ours to get right.
 */
import { type DescMessage, create, createFileRegistry } from '@bufbuild/protobuf';
import {
  FieldDescriptorProto_Label as Label,
  FieldDescriptorProto_Type as T,
  FileDescriptorProtoSchema,
} from '@bufbuild/protobuf/wkt';

type Field = readonly [name: string, number: number, type: T, repeated?: boolean, message?: string];

const messages: Readonly<Record<string, readonly Field[]>> = {
  ModelProto: [
    ['ir_version', 1, T.INT64],
    ['opset_import', 8, T.MESSAGE, true, 'OperatorSetIdProto'],
    ['producer_name', 2, T.STRING],
    ['producer_version', 3, T.STRING],
    ['graph', 7, T.MESSAGE, false, 'GraphProto'],
  ],
  OperatorSetIdProto: [
    ['domain', 1, T.STRING],
    ['version', 2, T.INT64],
  ],
  GraphProto: [
    ['node', 1, T.MESSAGE, true, 'NodeProto'],
    ['name', 2, T.STRING],
    ['initializer', 5, T.MESSAGE, true, 'TensorProto'],
    ['input', 11, T.MESSAGE, true, 'ValueInfoProto'],
    ['output', 12, T.MESSAGE, true, 'ValueInfoProto'],
  ],
  NodeProto: [
    ['input', 1, T.STRING, true],
    ['output', 2, T.STRING, true],
    ['name', 3, T.STRING],
    ['op_type', 4, T.STRING],
    ['domain', 7, T.STRING],
    ['attribute', 5, T.MESSAGE, true, 'AttributeProto'],
  ],
  AttributeProto: [
    ['name', 1, T.STRING],
    ['type', 20, T.INT32],
    ['f', 2, T.FLOAT],
    ['i', 3, T.INT64],
    ['s', 4, T.BYTES],
    ['t', 5, T.MESSAGE, false, 'TensorProto'],
    ['floats', 7, T.FLOAT, true],
    ['ints', 8, T.INT64, true],
  ],
  TensorProto: [
    ['dims', 1, T.INT64, true],
    ['data_type', 2, T.INT32],
    ['float_data', 4, T.FLOAT, true],
    ['int32_data', 5, T.INT32, true],
    ['int64_data', 7, T.INT64, true],
    ['name', 8, T.STRING],
    ['raw_data', 9, T.BYTES],
    ['double_data', 10, T.DOUBLE, true],
    ['data_location', 14, T.INT32],
  ],
  ValueInfoProto: [
    ['name', 1, T.STRING],
    ['type', 2, T.MESSAGE, false, 'TypeProto'],
  ],
  TypeProto: [['tensor_type', 1, T.MESSAGE, false, 'TypeProtoTensor']],
  TypeProtoTensor: [
    ['elem_type', 1, T.INT32],
    ['shape', 2, T.MESSAGE, false, 'TensorShapeProto'],
  ],
  TensorShapeProto: [['dim', 1, T.MESSAGE, true, 'Dimension']],
  Dimension: [
    ['dim_value', 1, T.INT64],
    ['dim_param', 2, T.STRING],
  ],
};

const file = create(FileDescriptorProtoSchema, {
  name: 'onnx-subset.proto',
  package: 'onnx',
  syntax: 'proto2',
  messageType: Object.entries(messages).map(([name, fields]) => ({
    name,
    field: fields.map(([fieldName, number, type, repeated, message]) => ({
      name: fieldName,
      number,
      type,
      label: repeated ? Label.REPEATED : Label.OPTIONAL,
      ...(message ? { typeName: `.onnx.${message}` } : {}),
    })),
  })),
});

const registry = createFileRegistry(file, () => undefined);

/** The ModelProto descriptor to pass to fromBinary. */
export const modelProto: DescMessage = registry.getMessage('onnx.ModelProto') ?? missing();

function missing(): never {
  throw new Error('onnx schema: ModelProto missing');
}

/** The decoded shapes of the messages above (protobuf-es names fields in lowerCamelCase). */
export interface OnnxTensor {
  readonly dims: readonly bigint[];
  readonly dataType: number;
  readonly floatData: readonly number[];
  readonly int32Data: readonly number[];
  readonly int64Data: readonly bigint[];
  readonly doubleData: readonly number[];
  readonly name: string;
  readonly rawData: Uint8Array;
  readonly dataLocation: number;
}

export interface OnnxAttribute {
  readonly name: string;
  readonly type: number;
  readonly f: number;
  readonly i: bigint;
  readonly s: Uint8Array;
  readonly t?: OnnxTensor;
  readonly floats: readonly number[];
  readonly ints: readonly bigint[];
}

export interface OnnxNode {
  readonly input: readonly string[];
  readonly output: readonly string[];
  readonly name: string;
  readonly opType: string;
  readonly domain: string;
  readonly attribute: readonly OnnxAttribute[];
}

export interface OnnxValueInfo {
  readonly name: string;
  readonly type?: {
    readonly tensorType?: {
      readonly elemType: number;
      readonly shape?: { readonly dim: readonly { readonly dimValue: bigint; readonly dimParam: string }[] };
    };
  };
}

export interface OnnxGraph {
  readonly node: readonly OnnxNode[];
  readonly name: string;
  readonly initializer: readonly OnnxTensor[];
  readonly input: readonly OnnxValueInfo[];
  readonly output: readonly OnnxValueInfo[];
}

export interface OnnxModel {
  readonly irVersion: bigint;
  readonly producerName: string;
  readonly graph?: OnnxGraph;
}
