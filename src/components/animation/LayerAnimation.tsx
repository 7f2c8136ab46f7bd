/**
 * The walkthrough's sliding window for a conv or max-pool layer, on the engine's own maps:
 * the photo (conv1) or the input's most active channel on the left, this layer's most active
 * output channel filling in on the right, at the layer's real kernel, stride and padding.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LayerInfo } from '../../core/analyze';
import { layerAxis, windowPlan } from '../../core/ops/windows';
import type { RgbaImage, TensorData } from '../../core/tensorData';
import { channelPicture } from '../../viz/animation/pictures';
import { colormapLut } from '../../viz/maps/colormap';
import { topChannel } from './activations';
import { WindowAnimation } from './WindowAnimation';

interface Props {
  readonly info: LayerInfo;
  readonly input: { readonly id: string; readonly data: TensorData };
  readonly output: TensorData;
  /** The photo as the model saw it: conv1's input picture. */
  readonly photo: RgbaImage | null;
}

export function LayerAnimation({ info, input, output, photo }: Props) {
  const { t } = useTranslation();
  const { layer } = info;
  const plan = useMemo(() => {
    const axis = layerAxis(info);
    return axis ? windowPlan(axis) : null;
  }, [info]);
  const outCh = useMemo(() => topChannel(output).channel, [output]);
  // Pooling works per channel: its input picture is the same channel. A conv reads all of them;
  // the picture shows the photo (3 channels) or the input's most active channel.
  const inCh = useMemo(
    () => (layer.kind === 'maxpool' ? outCh : topChannel(input.data).channel),
    [layer.kind, outCh, input.data],
  );
  const lut = colormapLut('viridis');
  const depth = input.data.shape[2] ?? 0;
  const usePhoto = layer.kind === 'conv' && depth === 3 && photo !== null;
  const inPicture = useMemo(
    () => (usePhoto ? photo : channelPicture(input.data, inCh, lut)),
    [usePhoto, photo, input.data, inCh, lut],
  );
  const outPicture = useMemo(() => channelPicture(output, outCh, lut), [output, outCh, lut]);
  if (!plan) return null;
  const size = plan.input;
  const what = usePhoto ? t('overview.anim.photo') : t('overview.anim.channelOf', { channel: inCh, layer: input.id });
  return (
    <section className="layer-animation" aria-labelledby={`anim-${layer.id}`}>
      <h3 id={`anim-${layer.id}`}>{t('overview.anim.heading')}</h3>
      <p>{t('overview.anim.lead', { count: plan.stride })}</p>
      <WindowAnimation
        plan={plan}
        input={inPicture}
        output={outPicture}
        caption={
          <>
            {layer.kind === 'conv'
              ? t('overview.anim.inputConv', { what, size, depth })
              : t('overview.anim.inputPool', { channel: inCh, layer: input.id, size })}{' '}
            {t('overview.anim.output', { channel: outCh, layer: layer.id, out: plan.size.output })}
          </>
        }
      />
    </section>
  );
}
