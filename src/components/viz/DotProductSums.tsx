/** The sums of a worked dot product as a small table: per channel, total, bias, ReLU, engine. */
import { useTranslation } from 'react-i18next';
import type { ActivationStage, DotProduct, EngineCheck } from '../../core/dotProduct';
import { formatValue } from '../../viz/maps/format';

export interface DotProductSumsProps {
  readonly dp: DotProduct;
  readonly channelName: (d: number) => string;
  readonly check: EngineCheck | null;
  readonly activation?: number;
  readonly stage: ActivationStage;
}

export function DotProductSums({ dp, channelName, check, activation, stage }: DotProductSumsProps) {
  const { t } = useTranslation();
  // Per-channel lines only where there are few channels (conv1: R, G, B).
  const perChannel = dp.channelSums.length <= 4 ? dp.channelSums : [];
  return (
    <>
      <table className="viz-sum" data-testid="dot-sums">
        <tbody>
          {perChannel.map((s, d) => (
            <tr key={d}>
              <th scope="row">{t('viz.dot.channelSum', { channel: channelName(d) })}</th>
              <td>{formatValue(s, 6)}</td>
            </tr>
          ))}
          <tr className="viz-sum-total">
            <th scope="row">{t('viz.dot.sum', { terms: dp.terms })}</th>
            <td data-testid="dot-sum">{formatValue(dp.sum, 6)}</td>
          </tr>
          <tr>
            <th scope="row">{t('viz.dot.bias')}</th>
            <td>{formatValue(dp.bias, 6)}</td>
          </tr>
          <tr className="viz-sum-total">
            <th scope="row">{t('viz.dot.pre')}</th>
            <td data-testid="dot-pre">{formatValue(dp.preActivation, 6)}</td>
          </tr>
          <tr>
            <th scope="row">{t('viz.dot.relu', { value: formatValue(dp.preActivation, 6) })}</th>
            <td data-testid="dot-relu">{formatValue(dp.relu, 6)}</td>
          </tr>
          {activation !== undefined ? (
            <tr>
              <th scope="row">{t('viz.dot.engine', { stage: t(`viz.dot.stage.${stage}`) })}</th>
              <td data-testid="dot-engine">{formatValue(activation, 6)}</td>
            </tr>
          ) : null}
        </tbody>
      </table>
      {check ? (
        <p className={check.ok ? 'viz-ok' : 'viz-bad'} data-testid="dot-check" role={check.ok ? undefined : 'alert'}>
          {check.ok ? '✓ ' : '✗ '}
          {t(check.ok ? 'viz.dot.match' : 'viz.dot.mismatch', {
            diff: check.diff.toExponential(1),
            tolerance: check.tolerance.toExponential(1),
          })}
        </p>
      ) : null}
    </>
  );
}
