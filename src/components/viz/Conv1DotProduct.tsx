/**
 * The arithmetic behind one conv1 value: the input patch and the kernel as pictures, the
 * sum of their 363 products (split by colour channel), the bias, the ReLU, and the engine's
 * own value next to ours so the student sees that they agree.
 */
import { type PointerEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ActivationStage, type OutputPixel, checkAgainstEngine, convAt } from '../../core/dotProduct';
import type { TensorData } from '../../core/tensorData';
import { canvasPoint, paintRgba } from '../../viz/maps/canvas';
import { formatValue } from '../../viz/maps/format';
import { fillKernelRgb, fillNormalizedPatch } from '../../viz/maps/kernels';
import { DotProductSums } from './DotProductSums';
import './viz.css';

export interface Conv1DotProductProps {
  /** The network input, normalised: [227, 227, 3]. */
  readonly input: TensorData;
  /** conv1's kernel: [11, 11, 3, 96]. */
  readonly kernel: TensorData;
  /** One bias per filter (zeros at initialisation, shown anyway); absent means zeros. */
  readonly bias?: Float32Array;
  readonly stride: number;
  readonly padding: number;
  /** The value to explain; null shows a hint. */
  readonly probe: OutputPixel | null;
  /** The engine's activation at the probe, to compare with ours. */
  readonly activation?: number;
  /** Whether `activation` is the conv's output (default) or the ReLU's after it. */
  readonly activationStage?: ActivationStage;
}

const channelKeys = ['red', 'green', 'blue'] as const;

export function Conv1DotProduct(props: Conv1DotProductProps) {
  const { input, kernel, bias, stride, padding, probe, activation, activationStage = 'conv' } = props;
  const { t } = useTranslation();
  const patchRef = useRef<HTMLCanvasElement>(null);
  const kernelRef = useRef<HTMLCanvasElement>(null);
  const [cell, setCell] = useState<{ kx: number; ky: number } | null>(null);
  const channel = probe?.channel;
  const px = probe?.x;
  const py = probe?.y;
  const dp = useMemo(
    () =>
      channel === undefined || px === undefined || py === undefined
        ? null
        : convAt(input, kernel, bias, { stride, padding }, { channel, x: px, y: py }),
    [input, kernel, bias, stride, padding, channel, px, py],
  );
  const [k = 0, , depth = 0] = dp?.ok ? dp.patch.shape : [];

  useEffect(() => {
    if (!dp?.ok || depth !== 3 || !patchRef.current || !kernelRef.current) return;
    paintRgba(patchRef.current, k, k, (rgba) => fillNormalizedPatch(rgba, dp.patch, dp.padded));
    paintRgba(kernelRef.current, k, k, (rgba) => fillKernelRgb(rgba, dp.weights));
  }, [dp, k, depth]);

  const heading = <h3>{t('viz.dot.heading')}</h3>;
  if (!probe || !dp) {
    return (
      <section className="viz viz-dot" data-testid="dot-product">
        {heading}
        <p className="viz-note">{t('viz.dot.idle')}</p>
      </section>
    );
  }
  if (!dp.ok) {
    return (
      <section className="viz viz-dot" data-testid="dot-product">
        {heading}
        <p className="viz-error" role="alert">
          {t(`viz.dot.problem.${dp.problem}`)}
        </p>
      </section>
    );
  }
  const channelName = (d: number) => (depth === 3 ? t(`viz.dot.channels.${channelKeys[d] ?? 'red'}`) : String(d));
  const onCell = (e: PointerEvent<HTMLCanvasElement>) => {
    const p = canvasPoint(e.currentTarget, e.clientX, e.clientY);
    const kx = Math.floor(p.x);
    const ky = Math.floor(p.y);
    setCell(kx >= 0 && ky >= 0 && kx < k && ky < k ? { kx, ky } : null);
  };
  const lo = Math.min(...dp.weights.data);
  const hi = Math.max(...dp.weights.data);
  const check = activation === undefined ? null : checkAgainstEngine(dp, activation, activationStage);

  return (
    <section className="viz viz-dot" data-testid="dot-product">
      {heading}
      <p>{t('viz.dot.intro', { channel: probe.channel, x: probe.x, y: probe.y, ox: dp.origin.x, oy: dp.origin.y })}</p>
      {depth === 3 ? (
        <div className="viz-dot-pictures">
          <figure>
            <canvas
              ref={patchRef}
              role="img"
              aria-label={t('viz.dot.patchAlt', { k, depth, x: dp.origin.x, y: dp.origin.y })}
              onPointerMove={onCell}
              onPointerLeave={() => setCell(null)}
            />
            <figcaption>{t('viz.dot.patch')}</figcaption>
          </figure>
          <span className="viz-op" aria-hidden="true">
            ⊙
          </span>
          <figure>
            <canvas
              ref={kernelRef}
              role="img"
              aria-label={t('viz.dot.kernelAlt', { channel: probe.channel, lo: formatValue(lo), hi: formatValue(hi) })}
              onPointerMove={onCell}
              onPointerLeave={() => setCell(null)}
            />
            <figcaption>{t('viz.dot.kernel', { channel: probe.channel })}</figcaption>
          </figure>
        </div>
      ) : null}
      {dp.paddedCount > 0 ? <p className="viz-note">{t('viz.dot.padding', { count: dp.paddedCount })}</p> : null}
      <p className="viz-status" aria-live="polite" data-testid="dot-cell">
        {cell
          ? `${t('punct.colon', { label: t('viz.dot.cell', cell) })}${Array.from({ length: depth }, (_, d) => {
              const i = (cell.ky * k + cell.kx) * depth + d;
              const x = dp.patch.data[i] ?? 0;
              const w = dp.weights.data[i] ?? 0;
              return t('viz.dot.product', {
                channel: channelName(d),
                input: formatValue(x),
                weight: formatValue(w),
                product: formatValue(x * w, 6),
              });
            }).join(t('punct.semicolons'))}`
          : t('viz.dot.cellIdle')}
      </p>
      <DotProductSums dp={dp} channelName={channelName} check={check} activation={activation} stage={activationStage} />
    </section>
  );
}
