import type { Analysis, LayerInfo } from '../../src/core/analyze';
import { formatShape } from '../../src/core/spec';

/** The analysed layer with this id; fails the test when it is missing. */
export function layer(a: Analysis, id: string): LayerInfo {
  const found = a.layers.find((l) => l.layer.id === id);
  if (!found) throw new Error(`no layer ${id}`);
  return found;
}

/** Output shape as "55×55×96" for compact expectations. */
export const shapeOf = (a: Analysis, id: string) => formatShape(layer(a, id).outputShape);

/**
 * Expected facts for one weighted layer, written by hand in each test:
 * [output shape, kernel depth, params, MACs, receptive field, jump].
 */
export type Row = readonly [
  shape: string,
  depth: number | undefined,
  params: number,
  macs: number,
  rf: number,
  jump: number,
];

export function actualRow(a: Analysis, id: string): Row {
  const l = layer(a, id);
  return [
    formatShape(l.outputShape),
    l.kernelDepth,
    l.params.total,
    l.macs,
    l.receptiveField.size,
    l.receptiveField.jump,
  ];
}
