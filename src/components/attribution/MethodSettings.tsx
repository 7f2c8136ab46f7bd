/**
 * Each method's settings as native controls: the conv layer (Grad-CAM, projections), n and σ
 * (SmoothGrad), the square's side and step (occlusion, with the grid it gives), the channel
 * (projections). Choices are lists of sensible values, so every change is one valid request.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Analysis } from '../../core/analyze';
import { smoothGradDefaults } from '../../core/attribution/defaults';
import { occlusionPlan } from '../../core/attribution/occlusion';
import { convTargets } from '../../core/attribution/targets';
import type { AttributionJob } from '../../core/attribution/types';

interface Props {
  readonly job: AttributionJob;
  readonly analysis: Analysis;
  readonly onJob: (job: AttributionJob) => void;
  readonly onReset: () => void;
}

const sampleChoices = [10, 25, 50, 100];
const noiseChoices = [0.05, 0.1, 0.15, 0.2, 0.3];

/** Square sides: eighths to halves of the crop, and the default quarter. */
function sizeChoices(input: number, current: number): number[] {
  const s = new Set([
    Math.round(input / 8),
    Math.round(input / 6),
    Math.round(input / 4),
    Math.round(input / 3),
    current,
  ]);
  return [...s].filter((v) => v >= 8 && v <= input).sort((a, b) => a - b);
}

/** Steps: a quarter, a half and the whole of the side, and a few fixed ones no larger than the side. */
function strideChoices(size: number, current: number): number[] {
  const s = new Set([4, 8, 16, Math.floor(size / 4), Math.floor(size / 2), size, current]);
  return [...s].filter((v) => v >= 4 && v <= size).sort((a, b) => a - b);
}

export function MethodSettings({ job, analysis, onJob, onReset }: Props) {
  const { t } = useTranslation();
  const targets = convTargets(analysis);
  const first = analysis.layers[0]?.layer;
  const inputSize = first?.kind === 'input' ? first.size : 0;
  const select = (
    label: string,
    value: string | number,
    options: { value: string; text: string }[],
    on: (v: string) => void,
    testId: string,
  ) => (
    <label className="attr-field">
      <span>{label}</span>
      <select value={String(value)} onChange={(e) => on(e.target.value)} data-testid={testId}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.text}
          </option>
        ))}
      </select>
    </label>
  );
  const layerSelect = (layerId: string, on: (id: string) => void) =>
    select(
      t('attribution.settings.layer'),
      layerId,
      targets.map((c) => ({
        value: c.convId,
        text: t('attribution.settings.layerOption', { conv: c.convId, size: c.hwc[0], channels: c.hwc[2] }),
      })),
      on,
      'attribution-layer',
    );

  let body: ReactNode = null;
  if (job.method === 'gradcam') body = layerSelect(job.layerId, (layerId) => onJob({ ...job, layerId }));
  else if (job.method === 'smoothgrad')
    body = (
      <>
        {select(
          t('attribution.settings.samples'),
          job.samples,
          sampleChoices.map((n) => ({ value: String(n), text: String(n) })),
          (v) => onJob({ ...job, samples: Number(v) }),
          'attribution-samples',
        )}
        {select(
          t('attribution.settings.noise'),
          job.noise,
          noiseChoices.map((n) => ({ value: String(n), text: `${Math.round(n * 100)} %` })),
          (v) => onJob({ ...job, noise: Number(v) }),
          'attribution-noise',
        )}
      </>
    );
  else if (job.method === 'occlusion') {
    let grid: string;
    try {
      const n = occlusionPlan(inputSize, job.size, job.stride).n;
      grid = t('attribution.settings.grid', { n, count: n * n });
    } catch {
      grid = t('attribution.settings.badGrid', { size: inputSize });
    }
    body = (
      <>
        {select(
          t('attribution.settings.size'),
          job.size,
          sizeChoices(inputSize, job.size).map((v) => ({ value: String(v), text: String(v) })),
          (v) => onJob({ ...job, size: Number(v), stride: Math.min(job.stride, Number(v)) }),
          'attribution-size',
        )}
        {select(
          t('attribution.settings.stride'),
          job.stride,
          strideChoices(job.size, job.stride).map((v) => ({ value: String(v), text: String(v) })),
          (v) => onJob({ ...job, stride: Number(v) }),
          'attribution-stride',
        )}
        <p className="muted attr-grid" data-testid="attribution-grid">
          {grid}
        </p>
      </>
    );
  } else if (job.method === 'deconvnet' || job.method === 'guided') {
    const max = (targets.find((c) => c.convId === job.layerId)?.hwc[2] ?? 1) - 1;
    body = (
      <>
        {layerSelect(job.layerId, (layerId) => onJob({ ...job, layerId, channel: 'top' }))}
        <label className="attr-field attr-check">
          <input
            type="checkbox"
            checked={job.channel === 'top'}
            onChange={(e) => onJob({ ...job, channel: e.target.checked ? 'top' : 0 })}
            data-testid="attribution-channel-top"
          />
          <span>{t('attribution.settings.channelTop')}</span>
        </label>
        {job.channel === 'top' ? null : (
          <label className="attr-field">
            <span>{t('attribution.settings.channel', { max })}</span>
            <input
              type="number"
              min={0}
              max={max}
              step={1}
              value={job.channel}
              onChange={(e) => {
                const c = Number(e.target.value);
                if (Number.isInteger(c) && c >= 0 && c <= max) onJob({ ...job, channel: c });
              }}
              data-testid="attribution-channel"
            />
          </label>
        )}
      </>
    );
  }
  if (!body) return null;
  const changed =
    job.method === 'smoothgrad' &&
    (job.samples !== smoothGradDefaults.samples || job.noise !== smoothGradDefaults.noise);
  return (
    <div className="attr-settings" role="group" aria-label={t('attribution.settings.heading')}>
      {body}
      {changed ? (
        <button type="button" className="link-button" onClick={onReset}>
          {t('attribution.settings.defaults')}
        </button>
      ) : null}
    </div>
  );
}
