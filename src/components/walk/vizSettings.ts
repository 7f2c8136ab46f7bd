/** Display choices that persist while stepping: colour map, sort order, colour scale. */
import type { ChannelSort } from '../../viz/maps/channelStats';
import type { SequentialColormap } from '../../viz/maps/colormap';
import type { ScaleMode } from '../../viz/maps/featureGrid';

export interface VizSettings {
  readonly colormap: SequentialColormap;
  readonly sort: ChannelSort;
  readonly scale: ScaleMode;
}

export const defaultVizSettings: VizSettings = { colormap: 'viridis', sort: 'index', scale: 'layer' };
