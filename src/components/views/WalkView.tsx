/**
 * The walkthrough: the network as a diagram, then one step at a time (its heading, numbers and
 * working, what it does, and the live pictures for the photo), then the whole network's table
 * and the exports below the fold. In quiz mode the questions replace the numbers; in
 * presentation mode the slides cover it (it stays mounted, for the exports).
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { layerPosition } from '../../content/steps';
import type { Session } from '../../state/session';
import { WeightsContext } from '../../state/weights/WeightsContext';
import { slideBadge } from '../classroom/slideBadge';
import { stepUnanswered } from '../classroom/quizScore';
import { ClassroomBar, QuizPanel } from '../lazyParts';
import { DiagramLegend, NetworkDiagram } from '../NetworkDiagram';
import { useMediaQuery } from '../useMediaQuery';
import { Overview } from '../overview/Overview';
import { Reference } from '../Reference';
import { Later } from '../staged/Later';
import { LayerView } from '../walk/LayerView';
import { Walkthrough } from '../walk/Walkthrough';
import type { VizSettings } from '../walk/vizSettings';
import type { CurrentStep } from '../../state/currentStep';

interface Props {
  readonly session: Session;
  readonly current: CurrentStep;
  readonly settings: VizSettings;
  readonly onSettings: (patch: Partial<VizSettings>) => void;
  /** A map opened from the overview: the walkthrough shows that channel of its layer. */
  readonly opened: { readonly layer: string; readonly channel: number } | null;
  readonly onOpenMap: (layer: string, channel: number) => void;
  readonly score: Parameters<typeof QuizPanel>[0]['score'];
  readonly onScore: Parameters<typeof QuizPanel>[0]['onScore'];
}

export function WalkView({ session, current, settings, onSettings, opened, onOpenMap, score, onScore }: Props) {
  const { t } = useTranslation();
  const { view, network, analysis, engine, image, cropped } = session;
  const { state, update } = view;
  const { spec } = network;
  const { step, index, info } = current;
  const onStep = (layer: string) => update({ layer });
  const exportRef = useRef<HTMLDivElement>(null);
  // "To the table": the table may not be mounted yet (staged/Later.tsx): mount it, then scroll.
  const [toTable, setToTable] = useState(0);
  useEffect(() => {
    if (toTable > 0) document.getElementById('reference-heading')?.scrollIntoView({ block: 'start' });
  }, [toTable]);
  const quiz = state.mode === 'quiz';
  // Quiz mode hides every answer to the step being asked until each of its questions has one.
  const concealed = quiz && stepUnanswered(score, spec.id, info);
  const firstConv = analysis.layers.find((l) => l.layer.kind === 'conv')?.layer.id;
  // On a laptop's short screen the diagram gives up height so the step's picture fits under it.
  const short = useMediaQuery('(max-height: 900px)');
  const grouped = spec.layers.some((l) => l.kind === 'conv' && l.groups > 1);
  return (
    <>
      <div ref={exportRef} className="export-view" data-testid="export-view">
        <NetworkDiagram
          analysis={analysis}
          name={spec.name}
          current={step?.id ?? 'input'}
          onSelect={onStep}
          hideShapes={quiz}
          revealed={quiz && !concealed ? info?.layer.id : undefined}
          legend={false}
          region={short ? 64 : 110}
        />
        <Walkthrough
          analysis={analysis}
          variantId={spec.id}
          index={index}
          onStep={onStep}
          concealed={concealed}
          navExtra={
            <>
              <details className="walk-help">
                <summary>{t('walk.ui.help')}</summary>
                <div className="walk-help-body">
                  <DiagramLegend grouped={grouped} as="div" />
                  <p className="muted keys-hint">{t('walk.ui.keys')}</p>
                </div>
              </details>
              {quiz ? null : (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => setToTable((n) => n + 1)}
                  data-testid="to-reference"
                >
                  {t('layout.toReference')}
                </button>
              )}
            </>
          }
          quiz={
            quiz ? (
              <QuizPanel
                analysis={analysis}
                layerIndex={layerPosition(step, analysis)}
                variantId={spec.id}
                score={score}
                onScore={onScore}
                onGo={onStep}
              />
            ) : undefined
          }
        >
          {info ? (
            <WeightsContext value={network.context}>
              <LayerView
                info={info}
                firstConvId={firstConv}
                engine={engine}
                original={image.image?.pixels ?? null}
                cropped={cropped}
                settings={settings}
                seed={state.seed}
                initialChannel={opened?.layer === info.layer.id ? opened.channel : undefined}
                onSettings={onSettings}
              />
            </WeightsContext>
          ) : null}
        </Walkthrough>
      </div>
      {/* The overview is also the walkthrough's opening screen, until the student steps in: under
          the input step, so the step itself stays on the first screen. Not in quiz mode: it shows
          every layer's output size, the answers to the questions ahead. */}
      {step?.kind === 'layer' && step.layerIndex === 0 && !quiz ? (
        <Overview analysis={analysis} engine={engine} image={cropped} onOpen={onOpenMap} seed={state.seed} />
      ) : null}
      <p className="provenance present-hide" data-testid="provenance">
        <strong>{t('punct.colon', { label: t('variant.provenance') })}</strong>
        {network.choice === 'imported' && network.context.view.summary
          ? t('weights.provenance', { name: spec.name })
          : network.choice === 'edited'
            ? t('shell.network.edited', { base: t(`variant.${network.base}`) })
            : t(`variant.source.${network.base}`)}
      </p>
      {/* Below the fold: mounted after the first screen is painted (staged/Later.tsx). */}
      <Later now={toTable > 0}>
        <ClassroomBar
          analysis={analysis}
          name={spec.name}
          state={state}
          viewRef={exportRef}
          badge={slideBadge(t, network.context, state.seed)}
        />
        {quiz ? null : <Reference spec={spec} analysis={analysis} current={step?.id ?? 'input'} onSelect={onStep} />}
      </Later>
    </>
  );
}
