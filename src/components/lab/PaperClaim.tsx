/**
 * The paper's Figure 1 claim beside the chart, and what these two runs say about it: which one
 * reached the target training error first, and how many times sooner (core/lab/series.ts).
 */
import { useTranslation } from 'react-i18next';
import { speedup } from '../../core/lab/series';
import type { LabSettings } from '../../core/lab/settings';
import type { RunSnapshot } from '../../state/lab/useLab';
import { percent, ratio } from './format';

interface Props {
  readonly settings: LabSettings;
  readonly a: RunSnapshot;
  readonly b: RunSnapshot;
}

export function PaperClaim({ settings, a, b }: Props) {
  const { t, i18n } = useTranslation();
  const target = settings.shared.target / 100;
  const targetText = percent(target, i18n.language).replace('.0', '');
  let here: string;
  if (settings.a.activation === settings.b.activation) here = t('lab.claim.same');
  else {
    const [relu, tanh] = settings.a.activation === 'relu' ? [a, b] : [b, a];
    const names = {
      fast: `${t(`lab.run.${settings.a.activation === 'relu' ? 'a' : 'b'}`)} (ReLU)`,
      slow: `${t(`lab.run.${settings.a.activation === 'relu' ? 'b' : 'a'}`)} (tanh)`,
    };
    const forward = speedup(relu.series.steps, tanh.series.steps, target);
    const backward = speedup(tanh.series.steps, relu.series.steps, target);
    if (forward && !forward.atLeast && forward.fast && forward.slow && forward.ratio >= 1) {
      const secs = speedup(relu.series.steps, tanh.series.steps, target, 'seconds');
      here = t('lab.claim.here', {
        ...names,
        target: targetText,
        fastAt: forward.fast.iteration,
        slowAt: forward.slow.iteration,
        ratio: ratio(forward.ratio),
        secondsRatio: ratio(secs?.ratio ?? forward.ratio),
      });
    } else if (forward?.atLeast && forward.fast) {
      here = t('lab.claim.atLeast', {
        ...names,
        target: targetText,
        fastAt: forward.fast.iteration,
        slowAt: tanh.series.steps.length,
        ratio: ratio(forward.ratio),
      });
    } else if (backward?.fast) {
      here = t('lab.claim.slower', {
        ...names,
        target: targetText,
        slowAt: backward.fast.iteration,
        fastAt: backward.slow?.iteration ?? `> ${relu.series.steps.length}`,
      });
    } else here = t('lab.claim.waiting', { target: targetText });
  }
  return (
    <aside className="lab-claim" aria-labelledby="lab-claim-heading" data-testid="lab-claim">
      <h3 id="lab-claim-heading">{t('lab.claim.heading')}</h3>
      <blockquote>
        {t('lab.claim.paper')} <span className="lab-cite">§3.1, Fig. 1</span>
      </blockquote>
      <p data-testid="lab-claim-here">{here}</p>
      <p className="lab-note">{t('lab.claim.caveat')}</p>
    </aside>
  );
}
