/**
 * A run's confusion matrix on the test images at its last evaluation, as a table: row = true
 * class, column = predicted class, each cell shaded by its share of the row. A table, so that
 * screen readers and keyboards read it like any other.
 */
import { useTranslation } from 'react-i18next';
import { fashionClasses } from '../../core/lab/fashion';
import type { RunSeries } from '../../core/lab/series';
import { confusionCell } from '../../viz/lab/confusion';

interface Props {
  readonly run: 'a' | 'b';
  readonly confusion: RunSeries['confusion'];
}

export function ConfusionMatrix({ run, confusion }: Props) {
  const { t } = useTranslation();
  const n = fashionClasses.length;
  return (
    <figure className="lab-confusion" data-testid={`lab-confusion-${run}`}>
      <figcaption>
        <h4>{t('lab.confusion.heading', { run: run.toUpperCase() })}</h4>
        {confusion ? (
          <p className="lab-note">{t('lab.confusion.caption', { iteration: confusion.iteration })}</p>
        ) : null}
      </figcaption>
      {confusion ? (
        <div className="lab-table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">
                  {t('lab.confusion.truth')} \ {t('lab.confusion.predicted')}
                </th>
                {fashionClasses.map((c) => (
                  <th key={c} scope="col" className="lab-col-head">
                    {t(`lab.classes.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {fashionClasses.map((c, row) => {
                const counts = confusion.counts.slice(row * n, row * n + n);
                const total = counts.reduce((a, b) => a + b, 0);
                return (
                  <tr key={c}>
                    <th scope="row">{t(`lab.classes.${c}`)}</th>
                    {counts.map((v, col) => {
                      const cell = confusionCell(v, total, row === col);
                      return (
                        <td key={fashionClasses[col]} style={{ background: cell.fill, color: cell.ink }}>
                          {v}
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="lab-note">{t('lab.confusion.none')}</p>
      )}
    </figure>
  );
}
