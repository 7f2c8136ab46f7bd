/**
 * The live pictures of one step, chosen by the layer's kind: the preprocessing for the input,
 * feature maps (with filters and the dot product for the first convolution), activation strips
 * for vectors, the top classes for the softmax. Shows a clear status while activations load.
 */
import { useTranslation } from 'react-i18next';
import type { LayerInfo } from '../../core/analyze';
import type { RgbaImage } from '../../core/tensorData';
import { PreprocessView } from '../image/PreprocessView';
import type { EngineView } from '../../state/engine/useEngine';
import { DenseStrip } from '../viz/DenseStrip';
import { TopClasses } from '../viz/TopClasses';
import { SpatialView } from './SpatialView';
import { StepExtras } from '../animation/StepExtras';
import type { VizSettings } from './vizSettings';
import { useClassNames } from './useClassNames';
import { usePresetNow, useTrainedNow } from '../../state/weights/WeightsContext';
import { WeightsBadge } from '../weights/WeightsBadge';

interface Props {
  readonly info: LayerInfo;
  /** Id of the first convolution: it gets the filters and the dot product. */
  readonly firstConvId: string | undefined;
  readonly engine: EngineView;
  /** The chosen photo as decoded, and its centre crop at the network's input size. */
  readonly original: RgbaImage | null;
  readonly cropped: RgbaImage | null;
  readonly settings: VizSettings;
  readonly onSettings: (patch: Partial<VizSettings>) => void;
  readonly seed: number;
  /** A channel to show selected when the step opens (a map clicked in the overview). */
  readonly initialChannel?: number;
}

export function LayerView(props: Props) {
  const { t } = useTranslation();
  const trained = useTrainedNow();
  return (
    <>
      <WeightsBadge
        seed={props.seed}
        quiet={props.info.layer.kind === 'softmax' && props.engine.activations?.has('softmax') === true}
      />
      <LayerBody {...props} />
      {/* After the pictures, so the maps come first on screen; the badge above says it briefly. */}
      {props.info.layer.id === props.firstConvId && trained ? (
        <p className="honesty" data-testid="trained-note">
          {t('weights.teach.conv1')}
        </p>
      ) : null}
      {props.info.layer.id === props.firstConvId && !trained ? (
        <p className="honesty">
          {t('walk.honesty.weights')} {t('walk.honesty.maps')} {t('walk.honesty.trained')}
        </p>
      ) : null}
      <StepExtras key={props.info.layer.id} info={props.info} engine={props.engine} photo={props.cropped} />
    </>
  );
}

function LayerBody({ info, firstConvId, engine, original, cropped, settings, onSettings, initialChannel }: Props) {
  const { t } = useTranslation();
  const { layer } = info;
  const names = useClassNames(layer.kind === 'softmax');
  const trained = useTrainedNow();
  const preset = usePresetNow();
  if (layer.kind === 'input') {
    return original ? (
      <PreprocessView
        original={original}
        size={info.outputShape.kind === 'spatial' ? info.outputShape.hwc[0] : 227}
        preset={preset}
      />
    ) : (
      <p className="muted">{t('view.waitingImage')}</p>
    );
  }
  const data = engine.activations?.get(layer.id);
  if (!data) {
    return (
      <p className="viz-wait" role="status" data-testid="viz-wait">
        {engine.error ? engine.error.message : t('view.computing')}
      </p>
    );
  }
  if (info.outputShape.kind === 'spatial') {
    return (
      <SpatialView
        key={layer.id}
        info={info}
        maps={data}
        isFirstConv={layer.id === firstConvId}
        engine={engine}
        cropped={cropped}
        settings={settings}
        onSettings={onSettings}
        initialChannel={initialChannel}
      />
    );
  }
  if (layer.kind === 'softmax') {
    return (
      <>
        {trained ? (
          <p className="honesty" data-testid="trained-predictions">
            {t('weights.teach.predictions')}
          </p>
        ) : (
          <p className="honesty" data-testid="honesty-predictions">
            <strong>{t('punct.stop', { text: t('walk.honesty.heading') })}</strong> {t('walk.honesty.predictions')}
          </p>
        )}
        <TopClasses probs={data} randomWeights={!trained} names={names} />
      </>
    );
  }
  return <DenseStrip values={data} layerLabel={layer.id} colormap={settings.colormap} />;
}
