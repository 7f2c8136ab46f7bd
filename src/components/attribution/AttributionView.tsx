/**
 * "What the network looks at" (#view=attribution): the network on the page explained for the
 * photo on the page, by six methods, each computed in the engine's worker (useAttribution) on
 * the crop the network saw. Plain props: the network's analysis, the crop, what the maps are of
 * (the image, the network's identity, whether it is ready), the softmax for the top five,
 * whether the weights are random, and a way to open a channel in the walkthrough.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Analysis } from '../../core/analyze';
import { classCount, convTarget, logitsIndex } from '../../core/attribution/targets';
import { type AttributionMethod, isClassMethod } from '../../core/attribution/types';
import type { RgbaImage, TensorData } from '../../core/tensorData';
import type { AttributionSubject } from '../../state/attribution/subject';
import { useAttribution } from '../../state/attribution/useAttribution';
import { useSanityCheck } from '../../state/attribution/useSanityCheck';
import { Cites } from '../sources/Cites';
import { SourcesPanel } from '../sources/SourcesPanel';
import { useClassNames } from '../walk/useClassNames';
import { ChannelWeights } from './ChannelWeights';
import { ClassPicker } from './ClassPicker';
import { HeatMapPanel } from './HeatMapPanel';
import { JobStatus } from './JobStatus';
import { MethodSettings } from './MethodSettings';
import { MethodTabs, tabId } from './MethodTabs';
import { ProjectionPanel } from './ProjectionPanel';
import { SanityPanel } from './SanityPanel';
import { useJobs } from './useJobs';
import './attribution.css';

export interface AttributionViewProps {
  readonly analysis: Analysis;
  /** The crop the network saw, back from its input (227×227 for the seed variant). */
  readonly crop: RgbaImage | null;
  /** The image and network the maps are of (src/state/attribution/subject.ts). */
  readonly subject: AttributionSubject;
  /** The network's softmax for the image on the page ([1000]): the top five to choose from. */
  readonly probs?: TensorData;
  /** True while the weights are random (untrained). */
  readonly randomWeights: boolean;
  /** Opens the walkthrough at `layerId` with `channel` selected. */
  readonly onOpenChannel: (layerId: string, channel: number) => void;
}

export function AttributionView({
  analysis,
  crop,
  subject,
  probs,
  randomWeights,
  onOpenChannel,
}: AttributionViewProps) {
  const { t } = useTranslation();
  const [method, setMethod] = useState<AttributionMethod>('gradcam');
  const jobs = useJobs(analysis, method);
  const runnable = convTarget(analysis) !== undefined && logitsIndex(analysis) >= 0;
  const state = useAttribution(subject, runnable ? jobs.job : null);
  const sanity = useSanityCheck(subject, runnable ? jobs.job : null);
  const names = useClassNames(true);
  const [sources, setSources] = useState(false);
  const panelId = useId();
  const name = (i: number) => names?.[i] ?? t('attribution.classes.classN', { index: i });
  const job = jobs.job;
  const camSize = job.method === 'gradcam' ? (convTarget(analysis, job.layerId)?.hwc[0] ?? 0) : 0;
  const result = state.result;
  const openSources = () => setSources(true);

  return (
    <section className="attribution" aria-labelledby="attribution-heading" data-testid="attribution-view">
      <h2 id="attribution-heading">{t('attribution.heading')}</h2>
      <p className="attr-intro">{t('attribution.intro')}</p>
      {randomWeights ? (
        <p className="viz-warning" role="note" data-testid="attribution-random">
          {t('attribution.random')} <Cites k="attribution.random" onOpen={openSources} />
        </p>
      ) : null}
      {!subject.image ? <p>{t('attribution.noImage')}</p> : null}
      {!runnable ? <p className="viz-warning">{t('attribution.noConv')}</p> : null}
      <MethodTabs method={method} onMethod={setMethod} panelId={panelId} />
      <div className="attr-panel" role="tabpanel" id={panelId} aria-labelledby={tabId(method)}>
        <p className="attr-about">
          {t(`attribution.about.${method}`, { size: camSize })}{' '}
          <Cites k={`attribution.about.${method}`} onOpen={openSources} />
        </p>
        <div className="attr-controls">
          {isClassMethod(method) ? (
            <ClassPicker
              target={jobs.classTarget}
              onTarget={jobs.setClass}
              probs={probs}
              classes={classCount(analysis)}
              names={names}
            />
          ) : (
            <p className="muted">{t('attribution.classes.unitMethod')}</p>
          )}
          <MethodSettings job={job} analysis={analysis} onJob={jobs.setJob} onReset={jobs.reset} />
        </div>
        <JobStatus state={state} />
        {result?.classIndex !== undefined ? (
          <p data-testid="attribution-explaining">
            {t('attribution.classes.explaining', { name: name(result.classIndex), index: result.classIndex })}
          </p>
        ) : null}
        {result && crop && subject.image ? (
          <HeatMapPanel
            result={result}
            crop={crop}
            final={state.status === 'done'}
            requestedAt={state.requestedAt}
            imageKey={subject.image.key}
            name={name}
          />
        ) : (
          <div className="attr-map-placeholder" aria-hidden="true" />
        )}
        {result?.gradcam && state.status === 'done' ? (
          <ChannelWeights
            layerId={result.gradcam.layerId}
            weights={result.gradcam.weights}
            onOpenChannel={onOpenChannel}
          />
        ) : null}
        {result?.projection && crop ? (
          <ProjectionPanel result={result} crop={crop} analysis={analysis} bgr={subject.preset === 'caffe'} />
        ) : null}
      </div>
      <SanityPanel
        analysis={analysis}
        job={job}
        state={sanity}
        original={state.status === 'done' ? result : undefined}
        randomWeights={randomWeights}
        onSources={openSources}
      />
      <SourcesPanel
        keys={['attribution.random', `attribution.about.${method}`, 'attribution.sanity.explain']}
        open={sources}
        onClose={() => setSources(false)}
      />
    </section>
  );
}
