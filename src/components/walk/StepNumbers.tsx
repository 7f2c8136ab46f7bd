/**
 * The numbers of one step, each with its working typeset: output size, kernel depth,
 * parameters, multiply-accumulates, receptive field and the layer's share of the network.
 */
import { useTranslation } from 'react-i18next';
import type { LayerInfo } from '../../core/analyze';
import { derivationTex, derivationText, formatInt } from '../../core/format';
import { formatShape } from '../../core/spec';
import { Formula } from './Formula';

const pct = (x: number) => `${(x * 100).toFixed(x > 0 && x < 0.001 ? 3 : 1)}%`;

export function StepNumbers({ info, note }: { info: LayerInfo; note?: string }) {
  const { t } = useTranslation();
  const { layer, params, receptiveField: rf } = info;
  const inChannels = info.inputShape.kind === 'spatial' ? info.inputShape.hwc[2] : 0;
  return (
    <dl className="step-numbers">
      <div>
        <dt>{t('step.output')}</dt>
        <dd>
          <strong className="shape" data-testid="step-output">
            {formatShape(info.outputShape)}
          </strong>
          {info.size && layer.kind !== 'adaptiveavgpool' ? (
            <Formula tex={derivationTex(info.size.derivation)} text={derivationText(info.size.derivation)} display />
          ) : null}
          {note ? <p className="rounding-note">⚠ {note}</p> : null}
        </dd>
      </div>
      {layer.kind === 'conv' && info.kernelDepth !== undefined ? (
        <div>
          <dt>{t('step.depth')}</dt>
          <dd>
            <strong data-testid="step-depth">{info.kernelDepth}</strong>{' '}
            <span className="muted">
              {layer.groups > 1
                ? t('step.depthGrouped', { channels: inChannels, groups: layer.groups })
                : t('step.depthWhy', { depth: info.kernelDepth })}
            </span>
          </dd>
        </div>
      ) : null}
      <div>
        <dt>{t('step.params')}</dt>
        <dd>
          <strong data-testid="step-params">{formatInt(params.total)}</strong>
          {params.derivation ? (
            <Formula tex={derivationTex(params.derivation)} text={derivationText(params.derivation)} display />
          ) : (
            <span className="muted"> — {t('step.paramsNone')}</span>
          )}
        </dd>
      </div>
      {info.macsDerivation ? (
        <div>
          <dt>{t('step.macs')}</dt>
          <dd>
            <strong data-testid="step-macs">{formatInt(info.macs)}</strong>
            <Formula tex={derivationTex(info.macsDerivation)} text={derivationText(info.macsDerivation)} display />
          </dd>
        </div>
      ) : null}
      {layer.kind !== 'input' ? (
        <div>
          <dt>{t('step.rf')}</dt>
          <dd data-testid="step-rf">
            {rf.wholeImage ? t('step.rfWhole') : t('step.rfText', { size: rf.size, jump: rf.jump })}
          </dd>
        </div>
      ) : null}
      {params.total > 0 || info.macs > 0 ? (
        <div>
          <dt>{t('step.share')}</dt>
          <dd>{t('step.shareText', { params: pct(info.paramShare), macs: pct(info.macShare) })}</dd>
        </div>
      ) : null}
    </dl>
  );
}
