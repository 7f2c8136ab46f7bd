/** The two networks' layer tables side by side, aligned by role; changed cells are marked. */
import { useTranslation } from 'react-i18next';
import type { LayerInfo } from '../../core/analyze';
import type { Cell, Comparison, RowDiff } from '../../core/compare/diff';
import { formatInt } from '../../core/format';
import { type LayerSpec, formatShape } from '../../core/spec';
import { ratioText, signedInt } from './format';

interface Props {
  readonly comparison: Comparison;
  readonly leftName: string;
  readonly rightName: string;
}

/** A layer's settings in a student's shorthand: "96 × 11×11 /4 pad 0", "3×3 /2 ceil". */
export function settingsText(layer: LayerSpec): string {
  switch (layer.kind) {
    case 'input':
      return `${layer.size}×${layer.size}×${layer.channels}`;
    case 'conv':
      return `${layer.filters} × ${layer.kernel}×${layer.kernel} /${layer.stride} pad ${layer.padding}${layer.groups > 1 ? ` g${layer.groups}` : ''}`;
    case 'maxpool':
      return `${layer.size}×${layer.size} /${layer.stride}${layer.rounding === 'ceil' ? ' ceil' : ''}`;
    case 'lrn':
      return `n ${layer.size}, k ${layer.k}, α ${layer.alpha}${layer.alphaConvention === 'paper' ? '' : '/n'}, β ${layer.beta}`;
    case 'adaptiveavgpool':
      return `→ ${layer.outputSize}×${layer.outputSize}`;
    case 'dense':
      return String(layer.units);
    case 'dropout':
      return `p ${layer.rate}`;
    default:
      return '';
  }
}

function Side({ info, row }: { info?: LayerInfo; row: RowDiff }) {
  const { t } = useTranslation();
  const mark = (cell: Cell) => (row.changed.has(cell) ? 'cell-changed' : undefined);
  const changedNote = <span className="wb-sr"> ({t('editor.compare.changedCell')})</span>;
  if (!info) {
    return (
      <td colSpan={3} className="cell-absent">
        {t('editor.compare.absent')}
      </td>
    );
  }
  return (
    <>
      <td className={mark('settings')}>
        {t(`kind.${info.layer.kind}`)} <span className="mono">{settingsText(info.layer)}</span>
        {mark('settings') ? changedNote : null}
      </td>
      <td className={`mono ${mark('output') ?? ''}`}>
        {formatShape(info.outputShape)}
        {mark('output') ? changedNote : null}
      </td>
      <td className={`num mono ${mark('params') ?? ''}`}>
        {formatInt(info.params.total)}
        {mark('params') ? changedNote : null}
      </td>
    </>
  );
}

export function CompareTable({ comparison, leftName, rightName }: Props) {
  const { t } = useTranslation();
  const { totals } = comparison;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={t('editor.compare.table')}>
      <table className="compare-table" data-testid="compare-table">
        <caption className="wb-sr">{t('editor.compare.table')}</caption>
        <thead>
          <tr>
            <th rowSpan={2} scope="col">
              {t('editor.compare.layer')}
            </th>
            <th colSpan={3} scope="colgroup">
              {leftName}
            </th>
            <th colSpan={3} scope="colgroup">
              {rightName}
            </th>
            <th rowSpan={2} scope="col">
              {t('editor.compare.delta')}
            </th>
            <th rowSpan={2} scope="col">
              {t('editor.compare.deltaMacs')}
            </th>
          </tr>
          <tr>
            {[0, 1].flatMap((side) =>
              (['settings', 'output', 'params'] as const).map((c) => (
                <th key={`${side}-${c}`} scope="col">
                  {t(`editor.compare.${c}`)}
                </th>
              )),
            )}
          </tr>
        </thead>
        <tbody>
          {comparison.rows.map((row, i) => (
            // A layer moved to another place appears twice (removed here, added there): key by position.
            <tr key={`${i}-${row.id}`} data-testid={`compare-row-${row.id}`}>
              <th scope="row" className="mono">
                {row.id}
              </th>
              <Side info={row.left} row={row} />
              <Side info={row.right} row={row} />
              <td className="num mono">
                {row.paramDelta === 0 ? '' : `${signedInt(row.paramDelta)} ${ratioText(row.paramRatio)}`}
              </td>
              <td className="num mono">
                {row.macDelta === 0 ? '' : `${signedInt(row.macDelta)} ${ratioText(row.macRatio)}`}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-testid="compare-total-row">
            <th scope="row">{t('editor.compare.total')}</th>
            <td colSpan={2} />
            <td className="num mono">{formatInt(totals.left.params)}</td>
            <td colSpan={2} />
            <td className="num mono">{formatInt(totals.right.params)}</td>
            <td className="num mono">
              {signedInt(totals.paramDelta)} {ratioText(totals.paramRatio)}
            </td>
            <td className="num mono">
              {signedInt(totals.macDelta)} {ratioText(totals.macRatio)}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
