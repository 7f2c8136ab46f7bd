/**
 * The train/test gap at each run's last evaluation: error on 1,000 training images and on the
 * test images, both without dropout, and their difference, next to the run's dropout rate.
 */
import { useTranslation } from 'react-i18next';
import type { LabSettings } from '../../core/lab/settings';
import type { RunSnapshot } from '../../state/lab/useLab';
import { percent } from './format';

interface Props {
  readonly settings: LabSettings;
  readonly a: RunSnapshot;
  readonly b: RunSnapshot;
}

export function TrainTestGap({ settings, a, b }: Props) {
  const { t, i18n } = useTranslation();
  const rows = (['a', 'b'] as const).flatMap((id) => {
    const e = (id === 'a' ? a : b).series.evals.at(-1);
    if (!e) return [];
    const dropout = settings[id].dropout;
    return [
      {
        id,
        gap: e.testError - e.trainError,
        text: t('lab.gap.row', {
          run: t(`lab.run.${id}`),
          dropout: dropout === 0 ? t('lab.off') : String(dropout),
          train: percent(e.trainError, i18n.language),
          test: percent(e.testError, i18n.language),
          gap: ((e.testError - e.trainError) * 100).toFixed(1),
        }),
      },
    ];
  });
  return (
    <section className="lab-gap" aria-labelledby="lab-gap-heading" data-testid="lab-gap">
      <h3 id="lab-gap-heading">{t('lab.gap.heading')}</h3>
      <p className="lab-note">{t('lab.gap.intro')}</p>
      {rows.length ? (
        <ul>
          {rows.map((r) => (
            <li key={r.id} data-gap={r.gap}>
              {r.text}
            </li>
          ))}
        </ul>
      ) : (
        <p className="lab-note">{t('lab.gap.none')}</p>
      )}
    </section>
  );
}
