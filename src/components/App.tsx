/**
 * The app: choose a network and a photo, then step through the network one layer at a time,
 * with the whole network's table and charts below. State lives in the URL hash.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { analyze } from '../core/analyze';
import { firstLayerStep, layerPosition, stepIndexOf, walkSteps } from '../content/steps';
import { type Mode, type SampleId, toHash } from '../state/viewState';
import { useModeKeys } from './classroom/useModeKeys';
import { usePresentation } from './classroom/usePresentation';
import { useSessionScore } from './classroom/useSessionScore';
import { DiagnosticsPanel, EngineStatus } from './DiagnosticsPanel';
import { useEditedNetwork } from './editor/useEditedNetwork';
import { Header } from './Header';
import { ClassroomBar, LabView, Playground, QuizPanel, SlideDeck, Workbench } from './lazyParts';
import { ImageBar } from './ImageBar';
import { useChosenImage } from './image/useChosenImage';
import { NetworkDiagram } from './NetworkDiagram';
import { Overview } from './overview/Overview';
import { ViewTabs } from './overview/ViewTabs';
import { type Notice, Notices } from './Notices';
import { Reference } from './Reference';
import { useEngine } from './useEngine';
import { useViewState } from './useViewState';
import { LayerView } from './walk/LayerView';
import { Walkthrough } from './walk/Walkthrough';
import { defaultVizSettings, type VizSettings } from './walk/vizSettings';
import { denormalizeFor, useNetwork } from './weights/useNetwork';
import { useWeights } from './weights/useWeights';
import { WeightsContext } from './weights/WeightsContext';
import { WeightsPanel } from './weights/WeightsPanel';
import { Later } from './staged/Later';

export function App() {
  const { state, rejected, update, dismissRejected } = useViewState();
  const { t, i18n } = useTranslation();
  const edited = useEditedNetwork(state.net, state.variant, update);
  const forgetLink = useCallback(() => update({ weights: '' }), [update]);
  const weights = useWeights(state.weights, forgetLink);
  const net = useNetwork(state.variant, state.seed, weights, edited.network?.spec);
  const spec = net.spec;
  const analysis = useMemo(() => analyze(spec), [spec]);
  // Every step: the pipeline's before the input and after the output, one per layer between.
  const steps = walkSteps(analysis);
  const foundIndex = stepIndexOf(steps, state.layer);
  // A bad `#layer=` opens on the input, as the default does.
  const index = foundIndex < 0 ? firstLayerStep(steps) : foundIndex;
  const inputSize = spec.layers[0]?.kind === 'input' ? spec.layers[0].size : 227;

  const chooseImage = useCallback((image: SampleId | 'upload') => update({ image }), [update]);
  const chosen = useChosenImage(state.image, chooseImage);
  const engine = useEngine(spec, state.seed, state.backend, chosen.image, net.engineWeights);
  const pixels = chosen.image?.pixels ?? null;
  // The crop the model saw, rebuilt from its input (the worker already resized and cropped the
  // photo; doing it again here would cost the main thread on every new image).
  const modelInput = engine.activations?.get('input');
  const cropped = useMemo(() => (modelInput ? denormalizeFor(modelInput, net.preset) : null), [modelInput, net.preset]);
  const [settings, setSettings] = useState<VizSettings>(defaultVizSettings);
  const onStep = useCallback((layer: string) => update({ layer }), [update]);
  const onMode = useCallback((mode: Mode) => update({ mode }), [update]);
  useModeKeys(state.mode, onMode);
  const { refused } = usePresentation(state.mode === 'present', () => update({ mode: 'explore' }));
  const [score, setScore] = useSessionScore();
  const [weightsOpen, setWeightsOpen] = useState(false);
  // A map clicked in the overview: the walkthrough opens at its layer with it selected.
  const [opened, setOpened] = useState<{ layer: string; channel: number } | null>(null);
  const openMap = useCallback(
    (layer: string, channel: number) => {
      setOpened({ layer, channel });
      update({ view: 'walk', layer });
    },
    [update],
  );
  const overview = <Overview analysis={analysis} engine={engine} image={cropped} onOpen={openMap} seed={state.seed} />;
  const view = useRef<HTMLDivElement>(null);
  // A button, not an <a href="#…">: the hash holds the view state.
  // "To the table": the table may not be mounted yet (staged/Later.tsx): mount it, then scroll.
  const [toTable, setToTable] = useState(0);
  const toReference = () => setToTable((n) => n + 1);
  useEffect(() => {
    if (toTable > 0) document.getElementById('reference-heading')?.scrollIntoView({ block: 'start' });
  }, [toTable]);

  useEffect(() => {
    if (i18n.language !== state.lang) void i18n.changeLanguage(state.lang);
    document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
  }, [i18n, state.lang]);

  const notices: Notice[] = rejected.map((r) => ({
    key: `${r.key}=${r.value}`,
    text: t('notes.badValue', { key: r.key, value: r.value }),
  }));
  if (edited.note) notices.push({ key: 'net', text: edited.note });
  if (foundIndex < 0)
    notices.push({ key: 'layer', text: t('notes.badLayer', { value: state.layer, name: spec.name }) });
  const step = steps[index];
  // The current layer; undefined on a pipeline step (no maps, no engine pictures).
  const info = step?.kind === 'layer' ? step.info : undefined;
  const firstConv = analysis.layers.find((l) => l.layer.kind === 'conv')?.layer.id;

  return (
    <div className="app">
      <Header
        variant={state.variant}
        lang={state.lang}
        onVariant={(variant) => update({ variant, layer: 'input', net: '' })}
        onLang={(lang) => update({ lang })}
        mode={state.mode}
        onMode={onMode}
      />
      <main>
        <Notices
          notices={notices}
          onDismiss={() => {
            dismissRejected();
            if (edited.note) edited.dismiss();
            if (edited.note) notices.push({ key: 'net', text: edited.note });
            if (foundIndex < 0) update({ layer: 'input' });
          }}
        />
        {refused ? <p className="notice">{t('classroom.present.refused')}</p> : null}
        {state.mode === 'present' ? (
          <WeightsContext value={net.context}>
            <SlideDeck
              analysis={analysis}
              variantId={spec.id}
              name={spec.name}
              index={index}
              seed={state.seed}
              lang={state.lang}
              hash={toHash(state)}
              onStep={onStep}
              onLang={(lang) => update({ lang })}
              onExit={() => update({ mode: 'explore' })}
              engine={engine}
              settings={settings}
            />
          </WeightsContext>
        ) : null}
        <ImageBar
          chosen={chosen}
          current={state.image}
          inputSize={inputSize}
          onSample={chooseImage}
          aside={<EngineStatus view={engine} seed={state.seed} />}
        />
        <WeightsPanel view={weights} seed={state.seed} open={weightsOpen} />
        {state.view === 'overview' ? overview : null}
        {state.view === 'playground' ? <Playground /> : null}
        {/* LAB (issue 21): minimal mount of the training lab; moved into the new shell at merge. */}
        {state.view === 'lab' ? (
          <LabView code={state.lab} onCode={(lab) => update({ lab })} backend={state.backend} />
        ) : null}
        {/* The step is the page: diagram, step controls, numbers and pictures come first. */}
        <div ref={view} className="export-view" data-testid="export-view" hidden={state.view !== 'walk'}>
          <NetworkDiagram
            analysis={analysis}
            name={spec.name}
            current={step?.id ?? 'input'}
            onSelect={onStep}
            hideShapes={state.mode === 'quiz'}
          />
          <Walkthrough
            analysis={analysis}
            variantId={spec.id}
            index={index}
            onStep={onStep}
            navExtra={
              state.mode === 'quiz' ? undefined : (
                <button type="button" className="link-button" onClick={toReference} data-testid="to-reference">
                  {t('layout.toReference')}
                </button>
              )
            }
            quiz={
              state.mode === 'quiz' ? (
                <QuizPanel
                  analysis={analysis}
                  layerIndex={layerPosition(step, analysis)}
                  variantId={spec.id}
                  score={score}
                  onScore={setScore}
                  onGo={onStep}
                />
              ) : undefined
            }
          >
            {info ? (
              <WeightsContext value={net.context}>
                <LayerView
                  info={info}
                  firstConvId={firstConv}
                  engine={engine}
                  original={pixels}
                  cropped={cropped}
                  settings={settings}
                  seed={state.seed}
                  initialChannel={opened?.layer === info.layer.id ? opened.channel : undefined}
                  onSettings={(patch) => setSettings((s) => ({ ...s, ...patch }))}
                />
              </WeightsContext>
            ) : null}
          </Walkthrough>
        </div>
        {/* The overview is also the walkthrough's opening screen, until the student steps in: under
            the input step, so the step itself stays on the first screen. */}
        {state.view === 'walk' && step?.kind === 'layer' && step.layerIndex === 0 ? overview : null}
        {/* Views, trained weights and the editor's tools, one row under the step: the step itself
            must stay on a laptop's first screen. */}
        <div className="tool-row">
          <ViewTabs view={state.view} onView={(v) => update({ view: v })} />
          <button
            type="button"
            className="present-hide"
            aria-expanded={weightsOpen}
            aria-controls="weights-panel"
            onClick={() => {
              setWeightsOpen(!weightsOpen);
              // The panel sits above the step, with the photo it goes with: bring it into view.
              if (!weightsOpen) requestAnimationFrame(() => document.getElementById('weights-panel')?.scrollIntoView());
            }}
            data-testid="weights-open"
          >
            {t('weights.open')}
          </button>
          <Workbench
            state={state}
            update={update}
            spec={spec}
            analysis={analysis}
            edited={edited.network}
            imported={weights.summary?.spec}
          />
        </div>
        <p className="provenance present-hide" data-testid="provenance">
          <strong>{t('variant.provenance')}:</strong>{' '}
          {net.context.view.summary
            ? t('weights.provenance', { name: spec.name })
            : t(`variant.source.${state.variant}`)}
        </p>
        {/* Below the fold: mounted after the first screen is painted (staged/Later.tsx). */}
        <Later now={toTable > 0}>
          <ClassroomBar analysis={analysis} name={spec.name} state={state} viewRef={view} />
          {state.mode === 'quiz' ? null : (
            <Reference spec={spec} analysis={analysis} current={step?.id ?? 'input'} onSelect={onStep} />
          )}
          <DiagnosticsPanel view={engine} />
        </Later>
        <footer className="app-footer present-hide">
          <p>{t('app.privacy')}</p>
        </footer>
      </main>
    </div>
  );
}
