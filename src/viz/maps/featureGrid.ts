/**
 * Everything the feature-map grid needs, computed once per (activations, sort, scale):
 * shape, per-channel stats, display order, tile layout and colour scale. Then one call
 * fills the whole canvas. Both are pure; the component only puts the bytes on screen.
 */
import type { TensorData } from '../../core/tensorData';
import {
  type ChannelSort,
  type ChannelStat,
  type ValueRange,
  channelStats,
  layerRange,
  sortChannels,
} from './channelStats';
import type { Lut } from './colormap';
import { fillFeatureGrid } from './fillGrid';
import { type GridLayout, gridLayout } from './gridLayout';
import { type Hwc, hwcOf } from './tensorShape';

/**
 * 'layer': one colour scale for every map, so maps can be compared (the default);
 * 'channel': each map stretched to its own min…max, so weak maps show their pattern too.
 */
export type ScaleMode = 'layer' | 'channel';

export interface FeatureGridModel {
  readonly hwc: Hwc;
  readonly stats: readonly ChannelStat[];
  /** order[slot] = channel drawn in that slot. */
  readonly order: readonly number[];
  /** slotOf[channel] = slot where that channel is drawn. */
  readonly slotOf: readonly number[];
  readonly layout: GridLayout;
  /** The layer-wide range (the legend's domain in 'layer' mode). */
  readonly range: ValueRange;
  readonly scale: ScaleMode;
}

/**
 * Builds the model; undefined when `maps` is not an [h, w, c] stack.
 * Example: conv1 [55, 55, 96], sort 'max' → 96 stats, 12×8 layout of 55-px tiles.
 */
export function featureGridModel(maps: TensorData, sort: ChannelSort, scale: ScaleMode): FeatureGridModel | undefined {
  const hwc = hwcOf(maps);
  if (!hwc) return undefined;
  const [h, w, c] = hwc;
  const stats = channelStats(maps, hwc);
  const order = sortChannels(stats, sort);
  const slotOf = new Array<number>(c);
  order.forEach((ch, slot) => (slotOf[ch] = slot));
  return { hwc, stats, order, slotOf, layout: gridLayout(c, w, h), range: layerRange(stats), scale };
}

/** The colour range of one channel under the model's scale mode. */
export function channelRange(model: FeatureGridModel, channel: number): ValueRange {
  if (model.scale === 'layer') return model.range;
  const s = model.stats[channel];
  return s ? { lo: s.min, hi: s.max } : model.range;
}

/** Fills the RGBA bytes of the whole grid canvas (model.layout.width × height). */
export function fillFeatureGridModel(
  out: Uint8ClampedArray,
  maps: TensorData,
  model: FeatureGridModel,
  lut: Lut,
): void {
  fillFeatureGrid(out, maps, model.hwc, model.layout, model.order, lut, (ch) => channelRange(model, ch));
}

/** Value of channel ch at (x, y) of an [h, w, c] stack. */
export function mapValue(maps: TensorData, [, w, c]: Hwc, ch: number, x: number, y: number): number {
  return maps.data[(y * w + x) * c + ch] ?? 0;
}

/** One activation under the pointer (or keyboard cursor): what onProbe reports. */
export interface Probe {
  readonly channel: number;
  readonly x: number;
  readonly y: number;
  readonly value: number;
}
