/**
 * The numbers of one step, each with its working typeset and a line saying what it means:
 * output size, kernel depth, parameters, multiply-accumulates, receptive field, shares.
 */
import { useTranslation } from 'react-i18next';
import type { LayerInfo } from '../../core/analyze';
import { derivationTex, derivationText, formatInt } from '../../core/format';
import { formatShape } from '../../core/spec';
import { type WalkValues, statKeys } from '../../content/walkSteps';
import { Spotlight } from '../classroom/Spotlight';
import { Formula } from './Formula';

interface Props {
  readonly info: LayerInfo;
  readonly values: WalkValues;
  /** The uneven-division note of this layer, if any. */
  readonly note?: string;
}

export function StepNumbers({ info, values, note }: Props) {
  const { t } = useTranslation();
  const keys = statKeys(info);
  const { layer, params } = info;
  return (
    <dl className="step-numbers">
      <div>
        <dt>{t('walk.ui.output')}</dt>
        <dd>
          <strong className="shape" data-testid="step-output">
            {formatShape(info.outputShape)}
          </strong>{' '}
          <span className="muted">{t(keys.output, values)}</span>
          {info.size && layer.kind !== 'adaptiveavgpool' ? (
            <Spotlight label={`${layer.id}: ${t('walk.ui.output')}`}>
              <Formula
                tex={derivationTex(info.size.derivation)}
                text={derivationText(info.size.derivation)}
                display
                testId="step-output-formula"
              />
            </Spotlight>
          ) : null}
          {note ? <span className="rounding-note">⚠ {note}</span> : null}
        </dd>
      </div>
      {keys.depth && info.kernelDepth !== undefined ? (
        <div>
          <dt>{t('walk.ui.depth')}</dt>
          <dd>
            <strong data-testid="step-depth">{info.kernelDepth}</strong>{' '}
            <span className="muted">{t(keys.depth, values)}</span>
          </dd>
        </div>
      ) : null}
      <div>
        <dt>{t('walk.ui.params')}</dt>
        <dd>
          <strong data-testid="step-params">{formatInt(params.total)}</strong>{' '}
          <span className="muted">{t(keys.params, values)}</span>
          {params.derivation ? (
            <Spotlight label={`${layer.id}: ${t('walk.ui.params')}`}>
              <Formula tex={derivationTex(params.derivation)} text={derivationText(params.derivation)} display />
            </Spotlight>
          ) : null}
        </dd>
      </div>
      <div>
        <dt>{t('walk.ui.macs')}</dt>
        <dd>
          <strong data-testid="step-macs">{formatInt(info.macs)}</strong>{' '}
          <span className="muted">{t(keys.macs, values)}</span>
          {info.macsDerivation ? (
            <Formula tex={derivationTex(info.macsDerivation)} text={derivationText(info.macsDerivation)} display />
          ) : null}
        </dd>
      </div>
      <div>
        <dt>{t('walk.ui.rf')}</dt>
        <dd data-testid="step-rf">{t(keys.rf, values)}</dd>
      </div>
      {params.total > 0 || info.macs > 0 ? (
        <div>
          <dt>
            {t('walk.ui.paramShare')} · {t('walk.ui.macShare')}
          </dt>
          <dd>
            {t('walk.ui.paramShareText', values)} · {t('walk.ui.macShareText', values)}
          </dd>
        </div>
      ) : null}
      <div>
        <dt className="visually-hidden">{t('walk.count.heading')}</dt>
        <dd className="muted">{t(keys.count, values)}</dd>
      </div>
    </dl>
  );
}
