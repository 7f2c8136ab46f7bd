/** The layer table: every number a student would work out by hand, with its working. */
import { useTranslation } from 'react-i18next';
import type { Analysis, LayerInfo } from '../core/analyze';
import { derivationBrief, formatInt } from '../core/format';
import { formatShape } from '../core/spec';
import { receptiveFieldText } from '../core/tableExport';
import { useIssueText } from './useIssueText';

interface Props {
  readonly analysis: Analysis;
  readonly name: string;
  readonly current?: string;
  readonly onSelect?: (layerId: string) => void;
}

export function LayerTable({ analysis, name, current, onSelect }: Props) {
  const { t } = useTranslation();
  const issueText = useIssueText();
  const notes = new Map(analysis.issues.filter((i) => i.severity === 'note').map((i) => [i.layerId, issueText(i)]));
  return (
    <section className="panel" aria-labelledby="layer-table-heading">
      <h2 id="layer-table-heading">{t('table.heading')}</h2>
      <div className="table-scroll">
        <table className="layer-table" data-testid="layer-table">
          <caption>{t('table.caption', { name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('table.layer')}</th>
              <th scope="col">{t('table.output')}</th>
              <th scope="col">{t('table.arithmetic')}</th>
              <th scope="col">{t('table.depth')}</th>
              <th scope="col" className="num">
                {t('table.params')}
              </th>
              <th scope="col">{t('table.formula')}</th>
              <th scope="col" className="num">
                {t('table.macs')}
              </th>
              <th scope="col">{t('table.rf')}</th>
            </tr>
          </thead>
          <tbody>
            {analysis.layers.map((info) => (
              <Row
                key={info.layer.id}
                info={info}
                note={notes.get(info.layer.id)}
                current={info.layer.id === current}
                onSelect={onSelect}
              />
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={4}>
                {t('table.total')}
              </th>
              <td className="num" data-testid="total-params">
                {formatInt(analysis.totals.params)}
              </td>
              <td />
              <td className="num" data-testid="total-macs">
                {formatInt(analysis.totals.macs)}
              </td>
              <td />
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}

interface RowProps {
  readonly info: LayerInfo;
  readonly note: string | undefined;
  readonly current: boolean;
  readonly onSelect: ((layerId: string) => void) | undefined;
}

function Row({ info, note, current, onSelect }: RowProps) {
  const { t } = useTranslation();
  const { layer, params } = info;
  const weighted = params.total > 0;
  const rfText = receptiveFieldText(info, t('table.rfWhole'));
  return (
    <tr
      data-testid={`row-${layer.id}`}
      className={[weighted ? 'weighted' : '', current ? 'current' : ''].join(' ').trim() || undefined}
      aria-current={current ? 'step' : undefined}
    >
      <th scope="row">
        {onSelect ? (
          <button type="button" className="link-button" onClick={() => onSelect(layer.id)}>
            {layer.id}
          </button>
        ) : (
          layer.id
        )}
        <span className="kind">{t(`kind.${layer.kind}`)}</span>
      </th>
      <td className="mono" data-testid={`shape-${layer.id}`}>
        {formatShape(info.outputShape)}
      </td>
      <td className="mono">
        {info.size && layer.kind !== 'adaptiveavgpool' ? derivationBrief(info.size.derivation) : ''}
        {note ? (
          <span className="rounding-note" title={note}>
            {' '}
            ⚠ {t('notes.rounding')}
          </span>
        ) : null}
      </td>
      <td className="num">{info.kernelDepth ?? ''}</td>
      <td className="num" data-testid={`params-${layer.id}`}>
        {formatInt(params.total)}
      </td>
      <td className="mono">{params.derivation ? derivationBrief(params.derivation) : ''}</td>
      <td className="num">{info.macs > 0 ? formatInt(info.macs) : ''}</td>
      <td className="mono">{rfText}</td>
    </tr>
  );
}
