/**
 * A stack of feature maps: the grid beside the receptive field of the probed value on the input
 * and, for the first convolution, the dot product behind it; then conv1's filters;
 * for deeper convolutions, the kernels one input channel at a time on request.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCoarsePointer } from '../useCoarsePointer';
import type { LayerInfo } from '../../core/analyze';
import type { RgbaImage, TensorData } from '../../core/tensorData';
import type { Probe } from '../../viz/maps/featureGrid';
import type { EngineView } from '../../state/engine/useEngine';
import { Spotlight } from '../classroom/Spotlight';
import { Conv1DotProduct } from '../viz/Conv1DotProduct';
import { ColormapPicker } from '../viz/ColormapPicker';
import { FeatureMapGrid } from '../viz/FeatureMapGrid';
import { FilterGrid } from '../viz/FilterGrid';
import { KernelSlices } from '../viz/KernelSlices';
import { ReceptiveFieldView } from '../viz/ReceptiveFieldView';
import type { VizSettings } from './vizSettings';
import { Conv1Halves } from '../weights/Conv1Halves';
import { TopChannels } from '../weights/TopChannels';
import { useWeightsContext } from '../../state/weights/WeightsContext';

interface Props {
  readonly info: LayerInfo;
  readonly maps: TensorData;
  readonly isFirstConv: boolean;
  readonly engine: EngineView;
  readonly cropped: RgbaImage | null;
  readonly settings: VizSettings;
  readonly onSettings: (patch: Partial<VizSettings>) => void;
  /** Channel selected when the view opens (from the overview); none by default. */
  readonly initialChannel?: number;
}

export function SpatialView({ info, maps, isFirstConv, engine, cropped, settings, onSettings, initialChannel }: Props) {
  const { t } = useTranslation();
  const touch = useCoarsePointer();
  const { layer } = info;
  const [probe, setProbe] = useState<Probe | null>(null);
  const [selected, setSelected] = useState<number | null>(initialChannel ?? null);
  // Tagged with the getter that produced it: a rebuilt model hands out a new getter, and a
  // kernel of the old model must not be shown with it.
  const [loaded, setLoaded] = useState<{ from: EngineView['getKernel']; kernel: TensorData } | null>(null);
  const [showKernels, setShowKernels] = useState(false);
  const [filter, setFilter] = useState(0);
  const { getKernel } = engine;
  const wantKernel = layer.kind === 'conv' && (isFirstConv || showKernels);

  const kernel = wantKernel && loaded?.from === getKernel ? loaded.kernel : null;

  useEffect(() => {
    if (!wantKernel) return;
    let live = true;
    getKernel(layer.id).then(
      (k) => live && setLoaded({ from: getKernel, kernel: k }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [wantKernel, getKernel, layer.id]);

  const channels = info.outputShape.kind === 'spatial' ? info.outputShape.hwc[2] : 0;
  const input = engine.activations?.get('input');
  const mapsHeading = t('view.mapsHeading', { count: channels, layer: layer.id });
  const halves = (useWeightsContext()?.gpuHalves ?? 1) === 2;
  return (
    <div className="spatial-view">
      {/* The maps and the explanation of the value under the pointer, side by side where the
          column is wide enough (a container query in styles.css), so both share a screen. */}
      <div className="spatial-pair">
        <section className="spatial-maps">
          <h3>{mapsHeading}</h3>
          <Spotlight label={mapsHeading}>
            <FeatureMapGrid
              maps={maps}
              layerLabel={layer.id}
              colormap={settings.colormap}
              options={<ColormapPicker value={settings.colormap} onChange={(colormap) => onSettings({ colormap })} />}
              sort={settings.sort}
              onSort={(sort) => onSettings({ sort })}
              scale={settings.scale}
              onScale={(scale) => onSettings({ scale })}
              selected={selected}
              onSelect={setSelected}
              onProbe={setProbe}
              image={cropped ?? undefined}
              rf={info.receptiveField}
              // Read by `npm run bench`: when this layer's maps for this image were drawn.
              onDraw={() => performance.mark(`maps-drawn:${layer.id}:${engine.imageKey ?? ''}`)}
            />
          </Spotlight>
          {/* Under the grid, so the grid itself starts on a laptop's first screen. */}
          <TopChannels maps={maps} selected={selected} onSelect={setSelected} />
        </section>
        <div className="spatial-probe">
          {cropped ? (
            <section>
              <h3>{t('view.rfHeading')}</h3>
              {probe ? null : <p className="muted">{t(touch ? 'view.probeHintTouch' : 'view.probeHint')}</p>}
              <ReceptiveFieldView image={cropped} rf={info.receptiveField} at={probe} layerLabel={layer.id} />
            </section>
          ) : null}
          {isFirstConv && kernel && input && layer.kind === 'conv' ? (
            <section>
              <h3>{t('view.dotHeading')}</h3>
              <Conv1DotProduct
                input={input}
                kernel={kernel}
                stride={layer.stride}
                padding={layer.padding}
                probe={probe}
                activation={probe?.value}
                activationStage="conv"
              />
            </section>
          ) : null}
        </div>
      </div>
      {isFirstConv && kernel ? (
        <section>
          <h3>{t('view.filtersHeading', { count: layer.kind === 'conv' ? layer.filters : 0, layer: layer.id })}</h3>
          {halves ? (
            <Conv1Halves kernel={kernel} layerLabel={layer.id} selected={selected} onSelect={setSelected} />
          ) : (
            <FilterGrid kernel={kernel} layerLabel={layer.id} selected={selected} onSelect={setSelected} />
          )}
        </section>
      ) : null}
      {layer.kind === 'conv' && !isFirstConv ? (
        <section>
          <button
            type="button"
            className="secondary"
            onClick={() => setShowKernels((v) => !v)}
            aria-expanded={showKernels}
          >
            {showKernels ? t('view.hideKernels') : t('view.showKernels')}
          </button>
          {showKernels && kernel ? (
            <KernelSlices kernel={kernel} filter={filter} onFilter={setFilter} layerLabel={layer.id} />
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
