/** The generated summary: one line per group of layers changed the same way, with what it costs. */
import { useTranslation } from 'react-i18next';
import type { Comparison, SummaryLine } from '../../core/compare/diff';
import { useProblemText } from '../editor/problemText';
import { ratioText, signedInt } from './format';

interface Props {
  readonly comparison: Comparison;
  readonly leftName: string;
  readonly rightName: string;
}

export function CompareSummary({ comparison, leftName, rightName }: Props) {
  const { t } = useTranslation();
  const { fieldName, valueName } = useProblemText();
  const value = (field: string, v: string) => (field === 'rounding' || field === 'alphaConvention' ? valueName(v) : v);
  const line = (s: SummaryLine): string => {
    const layers = s.layers.join(t('punct.list'));
    const params = signedInt(s.paramDelta);
    const macs = signedInt(s.macDelta);
    if (s.how === 'added' || s.how === 'removed') return t(`editor.compare.${s.how}`, { layers, params });
    if (s.how === 'upstream') return t('editor.compare.upstream', { layers, params, macs });
    const changes =
      s.changes.length === 0
        ? t('editor.compare.kindChange')
        : s.changes
            .map((c) =>
              c.field === 'groups' && c.from === '1'
                ? t('editor.compare.grouped', { from: c.from, to: c.to })
                : t('editor.compare.change', {
                    field: fieldName(c.field),
                    from: value(c.field, c.from),
                    to: value(c.field, c.to),
                  }),
            )
            .join(t('punct.clauses'));
    return t('editor.compare.changed', { layers, changes, params, macs });
  };
  const { totals } = comparison;
  return (
    <div className="compare-summary" data-testid="compare-summary">
      <h3>{t('editor.compare.summary')}</h3>
      {comparison.summary.length === 0 ? (
        <p>{t('editor.compare.same')}</p>
      ) : (
        <ul>
          {comparison.summary.map((s, i) => (
            <li key={`${i}-${s.how}`}>{line(s)}</li>
          ))}
        </ul>
      )}
      <p className="compare-total" data-testid="compare-total">
        <strong>{t('punct.colon', { label: t('editor.compare.total') })}</strong>
        {t('editor.compare.totalLine', {
          left: leftName,
          right: rightName,
          params: signedInt(totals.paramDelta),
          paramRatio: ratioText(totals.paramRatio),
          macs: signedInt(totals.macDelta),
          macRatio: ratioText(totals.macRatio),
        })}
      </p>
    </div>
  );
}
