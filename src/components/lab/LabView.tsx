/**
 * The training lab (`#view=lab`): two runs of the lab network side by side, their switches,
 * the shared settings and the controls; then the curves with the paper's claim beside them,
 * Figure 1, conv1's filters over time, the confusion matrices, the train/test gap, and the
 * trained networks. Everything it shows comes from the session layer (state/lab/useLab.ts).
 */
import { useMemo } from 'react';
import { addLabStrings } from '../../content/labStrings';
import { useTranslation } from 'react-i18next';
import { analyze } from '../../core/analyze';
import { stepsPerEpoch } from '../../core/lab/batches';
import { fashionFiles } from '../../core/lab/fashion';
import { labSpec } from '../../core/lab/network';
import { reachedTarget } from '../../core/lab/series';
import { formatShape } from '../../core/spec';
import type { BackendChoice } from '../../state/viewState';
import { type LabNetwork, useLab } from '../../state/lab/useLab';
import { ConfusionMatrix } from './ConfusionMatrix';
import { CurvesChart } from './CurvesChart';
import { FilterHistory } from './FilterHistory';
import { Figure1 } from './Figure1';
import { percent } from './format';
import { PaperClaim } from './PaperClaim';
import { RunPanel, trainImages } from './RunPanel';
import { SharedSettings } from './SharedSettings';
import { TrainTestGap } from './TrainTestGap';
import { UseNetwork } from './UseNetwork';
import './lab.css';

// Before the first render: the lab's strings come with its chunk, not with the first paint.
addLabStrings();

interface Props {
  /** The `lab=` value of the link. */
  readonly code: string;
  readonly onCode: (code: string) => void;
  readonly backend: BackendChoice;
  /** Opens a trained network in the rest of the app (wired by the shell). */
  readonly onUse?: (network: LabNetwork) => void;
}

export function LabView({ code, onCode, backend, onUse }: Props) {
  const { t, i18n } = useTranslation();
  const lab = useLab(code, onCode, backend);
  const { settings, a, b } = lab;
  const analysis = useMemo(() => analyze(labSpec(settings.a)), [settings.a]);
  const weighted = analysis.layers.filter(
    (l) => l.layer.kind === 'conv' || l.layer.kind === 'dense' || l.layer.kind === 'maxpool',
  );
  const dense = analysis.layers.filter((l) => l.layer.kind === 'dense').reduce((s, l) => s + l.params.total, 0);
  const conv = analysis.layers.filter((l) => l.layer.kind === 'conv').reduce((s, l) => s + l.macs, 0);
  const planned = settings.shared.epochs * stepsPerEpoch(trainImages, settings.shared.batch);
  const target = settings.shared.target / 100;
  const busy = [a, b].some((r) => r.status === 'running' || r.status === 'loading');
  const paused = [a, b].some((r) => r.status === 'paused');
  const num = (v: number) => v.toLocaleString(i18n.language === 'zh' ? 'zh-CN' : 'en');
  return (
    <section className="lab" aria-labelledby="lab-heading" data-testid="lab">
      <h2 id="lab-heading">{t('lab.heading')}</h2>
      <p>{t('lab.intro')}</p>
      <p className="lab-note">
        {t('lab.data', {
          train: num(trainImages),
          val: num(fashionFiles.train.count - trainImages),
          test: num(fashionFiles.test.count),
        })}
      </p>
      <p className="lab-note" data-testid="lab-network">
        {t('lab.network', {
          layers: ['28×28×1', ...weighted.map((l) => `${l.layer.id} ${formatShape(l.outputShape)}`)].join(' → '),
          params: num(analysis.totals.params),
          macs: num(analysis.totals.macs),
          denseShare: percent(dense / analysis.totals.params, i18n.language),
          convShare: percent(conv / analysis.totals.macs, i18n.language),
        })}
      </p>
      <div className="lab-controls">
        <SharedSettings
          shared={settings.shared}
          onChange={(shared) => lab.setSettings({ ...settings, shared })}
          disabled={busy}
        />
        <div className="lab-buttons" role="group" aria-label={t('lab.actions.label')}>
          <button type="button" className="primary" onClick={lab.start} disabled={busy} data-testid="lab-start">
            {t('lab.actions.start')}
          </button>
          <button type="button" onClick={lab.pause} disabled={!busy} data-testid="lab-pause">
            {t('lab.actions.pause')}
          </button>
          <button type="button" onClick={lab.resume} disabled={!paused || busy} data-testid="lab-resume">
            {t('lab.actions.resume')}
          </button>
          <button type="button" onClick={lab.reset} data-testid="lab-reset">
            {t('lab.actions.reset')}
          </button>
        </div>
      </div>
      <div className="lab-runs">
        {(['a', 'b'] as const).map((id) => (
          <RunPanel
            key={id}
            run={id}
            snapshot={id === 'a' ? a : b}
            settings={settings}
            onSwitches={(next) => lab.setSettings({ ...settings, [id]: next })}
          />
        ))}
      </div>
      <div className="lab-results">
        <CurvesChart
          runs={(['a', 'b'] as const).map((id) => {
            const series = (id === 'a' ? a : b).series;
            const reached = reachedTarget(series.steps, target);
            return { id, series, ...(reached ? { reached } : {}) };
          })}
          planned={planned}
          target={target}
        />
        <PaperClaim settings={settings} a={a} b={b} />
      </div>
      <Figure1 lab={lab} />
      <div className="lab-pair">
        <FilterHistory run="a" snapshots={a.series.filters} />
        <FilterHistory run="b" snapshots={b.series.filters} />
      </div>
      <div className="lab-pair">
        <ConfusionMatrix run="a" confusion={a.series.confusion} />
        <ConfusionMatrix run="b" confusion={b.series.confusion} />
      </div>
      <TrainTestGap settings={settings} a={a} b={b} />
      <UseNetwork lab={lab} {...(onUse ? { onUse } : {})} />
    </section>
  );
}
