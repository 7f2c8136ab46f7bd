/** Headline totals for the chosen network. */
import { useTranslation } from 'react-i18next';
import type { Analysis } from '../core/analyze';
import { formatBytes, formatInt } from '../core/format';

export function Totals({ analysis }: { analysis: Analysis }) {
  const { t } = useTranslation();
  const conv = analysis.layers.filter((l) => l.layer.kind === 'conv').length;
  const dense = analysis.layers.filter((l) => l.layer.kind === 'dense').length;
  return (
    <section className="panel totals" aria-labelledby="totals-heading">
      <h2 id="totals-heading">{t('totals.heading')}</h2>
      <dl>
        <div>
          <dt>{t('totals.params')}</dt>
          <dd className="big" data-testid="headline-params">
            {formatInt(analysis.totals.params)}
          </dd>
        </div>
        <div>
          <dt>{t('totals.macs')}</dt>
          <dd className="big">{formatInt(analysis.totals.macs)}</dd>
        </div>
        <div>
          <dt>{t('totals.bytes')}</dt>
          <dd className="big">{formatBytes(analysis.totals.paramBytes)}</dd>
        </div>
      </dl>
      <p>{t('totals.weightedLayers', { conv, dense, total: conv + dense })}</p>
    </section>
  );
}
