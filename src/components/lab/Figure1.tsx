/**
 * "Reproduce Figure 1": run A's settings with ReLU and with tanh, each until its training error
 * reaches the target; the result is the ratio of iterations, printed with the settings it
 * was measured with, beside the paper's 6×.
 */
import { useTranslation } from 'react-i18next';
import { stepsPerEpoch } from '../../core/lab/batches';
import { speedup } from '../../core/lab/series';
import type { LabHandle } from '../../state/lab/useLab';
import { percent, ratio } from './format';
import { trainImages } from './RunPanel';

interface Props {
  readonly lab: LabHandle;
}

export function Figure1({ lab }: Props) {
  const { t, i18n } = useTranslation();
  const { settings, a, b } = lab;
  const onOff = (v: boolean) => t(v ? 'lab.on' : 'lab.off');
  // The settings the result was measured with, as one line.
  const settingsLine = [
    `${t('lab.switch.dropout')} ${settings.a.dropout === 0 ? t('lab.off') : settings.a.dropout}`,
    `${t('lab.switch.lrn')} ${onOff(settings.a.lrn)}`,
    `${t('lab.switch.pooling')} ${t(settings.a.overlap ? 'lab.switch.overlap' : 'lab.switch.plain')}`,
    `${t('lab.switch.augment')} ${onOff(settings.a.augment)}`,
    `${t('lab.switch.momentum')} ${onOff(settings.a.momentum)}`,
    `${t('lab.switch.weightDecay')} ${onOff(settings.a.weightDecay)}`,
    `${t('lab.shared.learningRate')} ${settings.shared.learningRate}`,
    `${t('lab.shared.batch')} ${settings.shared.batch}`,
    `${t('lab.shared.seed')} ${settings.shared.seed}`,
  ].join(t('lab.listSeparator'));
  const target = settings.shared.target / 100;
  const targetText = percent(target, i18n.language).replace('.0', '');
  const done = a.status === 'done' && b.status === 'done';
  let result: string | undefined;
  let ratioValue: number | undefined;
  if (lab.figure1 && (done || a.status === 'done')) {
    const r = speedup(a.series.steps, b.series.steps, target);
    const planned = settings.shared.epochs * stepsPerEpoch(trainImages, settings.shared.batch);
    ratioValue = r?.ratio;
    if (!r?.fast) result = t('lab.figure1.notReached', { target: targetText, iterations: planned });
    else if (r.atLeast && done)
      result = t('lab.figure1.resultAtLeast', {
        target: targetText,
        relu: r.fast.iteration,
        tanh: b.series.steps.length,
        ratio: ratio(r.ratio),
      });
    else if (r.slow && r.ratio < 1)
      // The honest outcome too: the ratio then says how many times longer ReLU took.
      result = t('lab.figure1.resultTanhFirst', {
        target: targetText,
        relu: r.fast.iteration,
        tanh: r.slow.iteration,
        ratio: ratio(1 / r.ratio),
      });
    else if (r.slow)
      result = t('lab.figure1.result', {
        target: targetText,
        relu: r.fast.iteration,
        tanh: r.slow.iteration,
        ratio: ratio(r.ratio),
      });
  }
  return (
    <section className="lab-figure1" aria-labelledby="lab-figure1-heading" data-testid="lab-figure1">
      <h3 id="lab-figure1-heading">{t('lab.figure1.heading')}</h3>
      <p className="lab-note">{t('lab.figure1.intro')}</p>
      <button type="button" onClick={lab.reproduceFigure1} data-testid="lab-figure1-run">
        {t('lab.actions.figure1')}
      </button>
      {lab.figure1 && !result ? <p role="status">{t('lab.figure1.running', { target: targetText })}</p> : null}
      {result ? (
        <div role="status" data-testid="lab-figure1-result" data-ratio={ratioValue}>
          <p>
            <strong>{result}</strong>
          </p>
          <p className="lab-note">{t('lab.figure1.settings', { settings: settingsLine })}</p>
          <p className="lab-note">{t('lab.figure1.caveat')}</p>
        </div>
      ) : null}
    </section>
  );
}
