/**
 * The sanity check (Adebayo et al. 2018): one button runs the current method again with the
 * weights re-initialised layer by layer from the top, and shows the maps side by side with
 * their rank correlation to the original, then what that means.
 */
import { useTranslation } from 'react-i18next';
import { sanitySeed } from '../../core/attribution/defaults';
import { cascadeOrder } from '../../core/attribution/targets';
import type { AttributionJob, AttributionResult } from '../../core/attribution/types';
import { sanityVerdict } from '../../core/attribution/verdict';
import type { Analysis } from '../../core/analyze';
import type { SanityState } from '../../state/attribution/useSanityCheck';
import { Cites } from '../sources/Cites';
import { type SanityTile, SanityMaps } from './SanityMaps';

interface Props {
  readonly analysis: Analysis;
  readonly job: AttributionJob;
  readonly state: SanityState;
  /** The method's own finished map (the check waits for it). */
  readonly original?: AttributionResult;
  readonly randomWeights: boolean;
  readonly onSources: () => void;
}

export function SanityPanel({ analysis, job, state, original, randomWeights, onSources }: Props) {
  const { t } = useTranslation();
  const steps = cascadeOrder(analysis).length;
  const method = t(`attribution.methods.${job.method}`);
  const first = state.result?.original ?? original;
  const rhoText = (rho: number) =>
    Number.isFinite(rho) ? t('attribution.sanity.rho', { rho: rho.toFixed(2) }) : t('attribution.sanity.rhoFlat');
  const tiles: SanityTile[] = [];
  if (first && state.status !== 'idle')
    tiles.push({
      key: 'original',
      map: first.map,
      title: t('attribution.sanity.original'),
      label: t('attribution.sanity.original'),
    });
  for (const s of state.steps) {
    const layer = s.randomised.at(-1) ?? '';
    tiles.push({
      key: layer,
      map: s.map,
      title: t('attribution.sanity.step', { layer }),
      rho: rhoText(s.rho),
      label: t('attribution.sanity.stepAlt', { method, layer, rho: Number.isFinite(s.rho) ? s.rho.toFixed(2) : '—' }),
    });
  }
  const verdict = state.status === 'done' ? sanityVerdict(state.steps) : undefined;
  return (
    <section
      className="attr-sanity"
      aria-labelledby="attr-sanity-heading"
      data-testid="attribution-sanity"
      data-status={state.status}
    >
      <h3 id="attr-sanity-heading">{t('attribution.sanity.heading')}</h3>
      <p>
        {t('attribution.sanity.explain')} <Cites k="attribution.sanity.explain" onOpen={onSources} />
      </p>
      <div className="attr-sanity-run">
        <button
          type="button"
          onClick={state.run}
          disabled={!original || state.status === 'running'}
          data-testid="attribution-sanity-run"
        >
          {t('attribution.sanity.run', { count: steps })}
        </button>
        {!original ? <span className="muted">{t('attribution.sanity.needsMap')}</span> : null}
        {state.status === 'running' ? (
          <>
            <span role="status">
              {t('attribution.sanity.running', {
                done: state.progress?.done ?? 0,
                total: state.progress?.total ?? steps,
              })}
            </span>
            <button type="button" onClick={state.cancel}>
              {t('attribution.job.cancel')}
            </button>
          </>
        ) : null}
        {state.status === 'cancelled' ? <span role="status">{t('attribution.job.cancelled')}</span> : null}
        {state.status === 'error' ? (
          <span role="status">{t('attribution.job.failed', { message: state.error ?? '' })}</span>
        ) : null}
      </div>
      {tiles.length > 0 ? <SanityMaps tiles={tiles} method={job.method} /> : null}
      {verdict ? (
        <p className="attr-verdict" data-testid="attribution-sanity-verdict" data-kind={verdict.kind}>
          {t(verdict.kind === 'similar' ? 'attribution.sanity.similar' : 'attribution.sanity.changes', {
            layer: verdict.layerId,
          })}
        </p>
      ) : null}
      {state.status === 'done' && randomWeights ? <p className="muted">{t('attribution.sanity.randomNote')}</p> : null}
      {state.status === 'done' ? <p className="muted">{t('attribution.sanity.seed', { seed: sanitySeed })}</p> : null}
    </section>
  );
}
