/**
 * One output map of a conv layer, built from its parts with the model's real weights and
 * activations: for the input channels that move it most, the input map, the kernel slice and
 * the map they make; then the sum over all of the filter's channels, the bias, the output and
 * the ReLU. The float64 sum is checked against the engine's float32 output map.
 */
import { memo, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { channelMap, decomposeFilter, maxAbsDiff, topParts } from '../../core/ops/decompose';
import type { ConvLayer } from '../../core/spec';
import type { TensorData } from '../../core/tensorData';
import { channelPicture, floatPicture, symmetricRange } from '../../viz/animation/pictures';
import { colormapLut } from '../../viz/maps/colormap';
import { formatValue } from '../../viz/maps/format';
import type { EngineView } from '../../state/engine/useEngine';
import { topChannel } from './activations';
import { Picture } from './Picture';

interface Props {
  readonly layer: ConvLayer;
  readonly input: TensorData;
  readonly output: TensorData;
  readonly getKernel: EngineView['getKernel'];
}

const shownParts = 4;

/** Memoised: the pictures cost tens of ms, and the page re-renders for reasons of its own. */
export const ChannelBuild = memo(function ChannelBuild({ layer, input, output, getKernel }: Props) {
  const { t } = useTranslation();
  const [loaded, setLoaded] = useState<{ from: EngineView['getKernel']; kernel: TensorData } | null>(null);
  const kernel = loaded?.from === getKernel ? loaded.kernel : null;
  const filters = output.shape[2] ?? 1;
  const [chosen, setChosen] = useState<number | null>(null);
  const filter = chosen ?? topChannel(output).channel;
  useEffect(() => {
    let live = true;
    getKernel(layer.id).then(
      (k) => live && setLoaded({ from: getKernel, kernel: k }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [getKernel, layer.id]);

  const d = useMemo(
    () => (kernel ? decomposeFilter(input, kernel, undefined, layer, filter) : null),
    [kernel, input, layer, filter],
  );
  const engineMap = useMemo(() => channelMap(output, filter), [output, filter]);
  // Every picture once per (filter, kernel, activations), not once per render.
  const shown = useMemo(
    () => (d && 'parts' in d ? pictures(d, kernel, input, engineMap, layer, filters, filter) : null),
    [d, kernel, input, engineMap, layer, filters, filter],
  );
  if (!d) return <p className="muted">{t('overview.build.loading')}</p>;
  if (!('parts' in d) || !shown) return <p role="alert">{'problem' in d ? d.problem : ''}</p>;
  const { top, diff } = shown;
  const k = layer.kernel;
  const px = 88;
  return (
    <section className="channel-build" data-testid="channel-build" aria-labelledby={`build-${layer.id}`}>
      <h3 id={`build-${layer.id}`}>{t('overview.build.heading')}</h3>
      <label>
        {t('overview.build.filter')}{' '}
        <input
          type="number"
          min={0}
          max={filters - 1}
          value={filter}
          onChange={(e) => {
            const v = Number(e.target.value);
            if (Number.isInteger(v) && v >= 0 && v < filters) setChosen(v);
          }}
        />
      </label>
      <p>{t('overview.build.lead', { filter, layer: layer.id })}</p>
      {layer.groups > 1 ? (
        <p className="honesty" data-testid="build-group">
          {t('overview.build.group', {
            filter,
            group: d.group,
            from: d.firstChannel,
            to: d.firstChannel + d.depth - 1,
          })}
        </p>
      ) : null}
      {top.map((p) => (
        <div
          className="build-row"
          key={p.channel}
          aria-label={t('overview.build.partCanvas', { channel: p.channel, k, weight: formatValue(p.weight) })}
          role="group"
        >
          <span className="build-label">{t('overview.build.part', { channel: p.channel })}</span>
          <Picture image={p.input} size={px} label={t('overview.build.input')} />
          <span className="op">⊛</span>
          <Picture image={p.kernel} size={Math.min(px, k * 12)} label={t('overview.build.kernel')} />
          <span className="op">=</span>
          <Picture image={p.product} size={px} label={t('overview.build.product')} />
        </div>
      ))}
      {d.parts.length > top.length ? (
        <p className="muted">{t('overview.build.more', { n: d.parts.length - top.length })}</p>
      ) : null}
      <div className="build-row">
        <span className="build-label">{t('overview.build.sum', { n: d.parts.length })}</span>
        <Picture image={shown.sum} size={px} label={t('overview.build.sum', { n: d.parts.length })} />
        <span className="op">{t('overview.build.bias', { bias: formatValue(d.bias) })} =</span>
        <Picture image={shown.output} size={px} label={t('overview.build.output')} />
        <span className="op">→ ReLU →</span>
        <Picture image={shown.relu} size={px} label={t('overview.build.relu')} />
      </div>
      <p data-testid="build-check" data-diff={diff}>
        {diff <= 1e-3
          ? t('overview.build.check', { diff: diff.toExponential(1) })
          : t('overview.build.checkFail', { diff: diff.toExponential(1) })}
      </p>
    </section>
  );
});

type Decomposed = Extract<ReturnType<typeof decomposeFilter>, { parts: unknown }>;

/** The pictures of one filter's build: per shown channel its input, kernel slice and product. */
function pictures(
  d: Decomposed,
  kernel: TensorData | null,
  input: TensorData,
  engineMap: Float32Array,
  layer: ConvLayer,
  filters: number,
  filter: number,
) {
  const top = topParts(d.parts, shownParts);
  const partRange = symmetricRange(top[0]?.map ?? []);
  const rdbu = colormapLut('rdbu');
  const viridis = colormapLut('viridis');
  const k = layer.kernel;
  const kd = kernel?.data;
  const slice = (ch: number) =>
    Array.from({ length: k * k }, (_, i) => kd?.[(i * d.depth + ch - d.firstChannel) * filters + filter] ?? 0);
  const outRange = symmetricRange(d.output);
  return {
    diff: maxAbsDiff(d.output, engineMap),
    top: top.map((p) => {
      const w = slice(p.channel);
      return {
        channel: p.channel,
        weight: p.weight,
        input: channelPicture(input, p.channel, viridis),
        kernel: floatPicture(w, k, k, rdbu, symmetricRange(w)),
        product: floatPicture(p.map, d.outW, d.outH, rdbu, partRange),
      };
    }),
    sum: floatPicture(d.sum, d.outW, d.outH, rdbu, outRange),
    output: floatPicture(engineMap, d.outW, d.outH, rdbu, outRange),
    relu: floatPicture(d.relu, d.outW, d.outH, viridis),
  };
}
