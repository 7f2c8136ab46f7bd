/**
 * A slide's picture for a layer with feature maps: every map of the layer on one canvas, in
 * the colours, order and scale the page uses, and for the first convolution its filters beside
 * them. Drawn by the same pure fill functions as the walkthrough's grids (src/viz/maps), then
 * scaled by CSS to whatever room the slide leaves (pixelated: each value stays a square).
 * Returns null while the maps are not there yet, so the slide keeps the diagram meanwhile.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LayerInfo } from '../../core/analyze';
import type { TensorData } from '../../core/tensorData';
import { paintRgba } from '../../viz/maps/canvas';
import { colormapLut } from '../../viz/maps/colormap';
import { featureGridModel, fillFeatureGridModel } from '../../viz/maps/featureGrid';
import { gridLayout } from '../../viz/maps/gridLayout';
import { fillFilterTiles, filterRanges } from '../../viz/maps/kernels';
import { kernelShapeOf } from '../../viz/maps/tensorShape';
import type { EngineView } from '../../state/engine/useEngine';
import type { VizSettings } from '../walk/vizSettings';

interface Props {
  readonly info: LayerInfo;
  readonly maps: TensorData | undefined;
  /** Set for the first convolution: its filters are drawn beside the maps. */
  readonly getKernel?: EngineView['getKernel'];
  readonly settings: VizSettings;
}

export function SlideMaps({ info, maps, getKernel, settings }: Props) {
  const { t } = useTranslation();
  const { layer } = info;
  const kernel = useKernel(getKernel, layer.id);
  const model = useMemo(
    () => (maps ? featureGridModel(maps, settings.sort, settings.scale) : undefined),
    [maps, settings.sort, settings.scale],
  );
  const mapsCanvas = useRef<HTMLCanvasElement>(null);
  const filtersCanvas = useRef<HTMLCanvasElement>(null);
  // Only depth-3 kernels are pictures of colours (conv1's); deeper ones are not drawn here.
  const rgbFilters = useMemo(() => {
    const shape = kernel ? kernelShapeOf(kernel) : undefined;
    return kernel && shape && shape[2] === 3 ? { kernel, shape } : null;
  }, [kernel]);

  useEffect(() => {
    const canvas = mapsCanvas.current;
    if (!canvas || !model || !maps) return;
    const lut = colormapLut(settings.colormap);
    paintRgba(canvas, model.layout.width, model.layout.height, (rgba) => fillFeatureGridModel(rgba, maps, model, lut));
  }, [maps, model, settings.colormap]);

  useEffect(() => {
    const canvas = filtersCanvas.current;
    if (!canvas || !rgbFilters) return;
    const { kernel: k, shape: s } = rgbFilters;
    const layout = gridLayout(s[3], s[0], s[0], { gap: 1 });
    paintRgba(canvas, layout.width, layout.height, (rgba) => fillFilterTiles(rgba, k, s, layout, filterRanges(k, s)));
  }, [rgbFilters]);

  if (!model) return null;
  const channels = model.hwc[2];
  return (
    <div className="slide-maps" data-testid="slide-maps">
      {rgbFilters ? (
        <figure style={{ flexGrow: aspect(rgbFilters.shape[3], rgbFilters.shape[0], 1) }}>
          <figcaption>
            {t('view.filtersHeading', { count: layer.kind === 'conv' ? layer.filters : 0, layer: layer.id })}
          </figcaption>
          <canvas ref={filtersCanvas} role="img" aria-label={layer.id} data-testid="slide-filters" data-png="filters" />
        </figure>
      ) : null}
      <figure style={{ flexGrow: model.layout.width / model.layout.height }}>
        <figcaption>{t('view.mapsHeading', { count: channels, layer: layer.id })}</figcaption>
        <canvas ref={mapsCanvas} role="img" aria-label={layer.id} data-testid="slide-feature-maps" data-png="maps" />
      </figure>
    </div>
  );
}

/** Width over height of a grid of `count` square tiles of side `k`, laid out as gridLayout does. */
function aspect(count: number, k: number, gap: number): number {
  const layout = gridLayout(count, k, k, { gap });
  return layout.width / layout.height;
}

/** The layer's kernel, fetched from the engine once per getter (a rebuilt model has a new one). */
function useKernel(getKernel: EngineView['getKernel'] | undefined, layerId: string): TensorData | null {
  const [loaded, setLoaded] = useState<{ from: EngineView['getKernel']; id: string; kernel: TensorData } | null>(null);
  useEffect(() => {
    if (!getKernel) return;
    let live = true;
    getKernel(layerId).then(
      (kernel) => live && setLoaded({ from: getKernel, id: layerId, kernel }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [getKernel, layerId]);
  return loaded && loaded.from === getKernel && loaded.id === layerId ? loaded.kernel : null;
}
