/**
 * The app: choose a network and a photo, then step through the network one layer at a time,
 * with the whole network's table and charts below. State lives in the URL hash.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { analyze } from '../core/analyze';
import { denormalize } from '../core/preprocess';
import { variants } from '../core/variants';
import { type Mode, type SampleId, toHash } from '../state/viewState';
import { ClassroomBar } from './ClassroomBar';
import { QuizPanel } from './classroom/QuizPanel';
import { SlideDeck } from './classroom/SlideDeck';
import { useModeKeys } from './classroom/useModeKeys';
import { usePresentation } from './classroom/usePresentation';
import { useSessionScore } from './classroom/useSessionScore';
import { DiagnosticsPanel, EngineStatus } from './DiagnosticsPanel';
import { Header } from './Header';
import { ImageBar } from './ImageBar';
import { useChosenImage } from './image/useChosenImage';
import { NetworkDiagram } from './NetworkDiagram';
import { type Notice, Notices } from './Notices';
import { Reference } from './Reference';
import { useEngine } from './useEngine';
import { useViewState } from './useViewState';
import { LayerView } from './walk/LayerView';
import { Walkthrough } from './walk/Walkthrough';
import { defaultVizSettings, type VizSettings } from './walk/vizSettings';

export function App() {
  const { state, rejected, update, dismissRejected } = useViewState();
  const { t, i18n } = useTranslation();
  const spec = variants[state.variant];
  const analysis = useMemo(() => analyze(spec), [spec]);
  const foundIndex = analysis.layers.findIndex((l) => l.layer.id === state.layer);
  const index = Math.max(0, foundIndex);
  const inputSize = spec.layers[0]?.kind === 'input' ? spec.layers[0].size : 227;

  const chooseImage = useCallback((image: SampleId | 'upload') => update({ image }), [update]);
  const chosen = useChosenImage(state.image, chooseImage);
  const engine = useEngine(spec, state.seed, state.backend, chosen.image);
  const pixels = chosen.image?.pixels ?? null;
  // The crop the model saw, rebuilt from its input (the worker already resized and cropped the
  // photo; doing it again here would cost the main thread on every new image).
  const modelInput = engine.activations?.get('input');
  const cropped = useMemo(() => (modelInput ? denormalize(modelInput) : null), [modelInput]);
  const [settings, setSettings] = useState<VizSettings>(defaultVizSettings);
  const onStep = useCallback((layer: string) => update({ layer }), [update]);
  const onMode = useCallback((mode: Mode) => update({ mode }), [update]);
  useModeKeys(state.mode, onMode);
  const { refused } = usePresentation(state.mode === 'present', () => update({ mode: 'explore' }));
  const [score, setScore] = useSessionScore();
  const view = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (i18n.language !== state.lang) void i18n.changeLanguage(state.lang);
    document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
  }, [i18n, state.lang]);

  const notices: Notice[] = rejected.map((r) => ({
    key: `${r.key}=${r.value}`,
    text: t('notes.badValue', { key: r.key, value: r.value }),
  }));
  if (foundIndex < 0)
    notices.push({ key: 'layer', text: t('notes.badLayer', { value: state.layer, name: spec.name }) });
  const info = analysis.layers[index];
  const firstConv = analysis.layers.find((l) => l.layer.kind === 'conv')?.layer.id;

  return (
    <div className="app">
      <Header
        variant={state.variant}
        lang={state.lang}
        onVariant={(variant) => update({ variant, layer: 'input' })}
        onLang={(lang) => update({ lang })}
        mode={state.mode}
        onMode={onMode}
      />
      <main>
        <Notices
          notices={notices}
          onDismiss={() => {
            dismissRejected();
            if (foundIndex < 0) update({ layer: 'input' });
          }}
        />
        <p className="provenance present-hide" data-testid="provenance">
          <strong>{t('variant.provenance')}:</strong> {t(`variant.source.${state.variant}`)}
        </p>
        <div className="present-hide">
          <EngineStatus view={engine} seed={state.seed} />
        </div>
        <ImageBar chosen={chosen} current={state.image} inputSize={inputSize} onSample={chooseImage} />
        {refused ? <p className="notice">{t('classroom.present.refused')}</p> : null}
        {state.mode === 'present' ? (
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
          />
        ) : null}
        <div ref={view} className="export-view" data-testid="export-view">
          <NetworkDiagram
            analysis={analysis}
            name={spec.name}
            current={info?.layer.id ?? 'input'}
            onSelect={onStep}
            hideShapes={state.mode === 'quiz'}
          />
          <Walkthrough
            analysis={analysis}
            variantId={spec.id}
            index={index}
            onStep={onStep}
            quiz={
              state.mode === 'quiz' ? (
                <QuizPanel
                  analysis={analysis}
                  layerIndex={index}
                  variantId={spec.id}
                  score={score}
                  onScore={setScore}
                  onGo={onStep}
                />
              ) : undefined
            }
          >
            {info ? (
              <LayerView
                info={info}
                firstConvId={firstConv}
                engine={engine}
                original={pixels}
                cropped={cropped}
                settings={settings}
                seed={state.seed}
                onSettings={(patch) => setSettings((s) => ({ ...s, ...patch }))}
              />
            ) : null}
          </Walkthrough>
        </div>
        <ClassroomBar analysis={analysis} name={spec.name} state={state} viewRef={view} />
        {state.mode === 'quiz' ? null : (
          <Reference spec={spec} analysis={analysis} current={info?.layer.id ?? 'input'} onSelect={onStep} />
        )}
        <DiagnosticsPanel view={engine} />
        <footer className="app-footer present-hide">
          <p>{t('app.privacy')}</p>
        </footer>
      </main>
    </div>
  );
}
