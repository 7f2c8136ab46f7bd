/**
 * The app: the session (what the page knows) in the shell (header, drawers, notices), and the
 * view the link names below it. Each view is a place: its own link and heading, opened at the
 * top of the page.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setLanguage } from '../i18n';
import type { LabNetwork } from '../state/lab/useLab';
import { layerAxis } from '../core/ops/windows';
import { currentStep } from '../state/currentStep';
import { useSession } from '../state/session';
import { type Mode, toHash } from '../state/viewState';
import { WeightsContext } from '../state/weights/WeightsContext';
import { useModeKeys } from './classroom/useModeKeys';
import { usePresentation } from './classroom/usePresentation';
import { useSessionScore } from './classroom/useSessionScore';
import { AttributionPlace, CodeView, CompareView, EditView, LabView, Playground, SlideDeck } from './lazyParts';
import { Notices } from './Notices';
import { useNotices } from './useNotices';
import { Overview } from './overview/Overview';
import { Shell } from './shell/Shell';
import { ViewPlace } from './views/ViewPlace';
import { WalkView } from './views/WalkView';
import { defaultVizSettings, type VizSettings } from './walk/vizSettings';

export function App() {
  const session = useSession();
  const { view, network, analysis, engine, cropped } = session;
  const { state, update } = view;
  const { t } = useTranslation();
  const current = currentStep(analysis, state.layer);
  const [settings, setSettings] = useState<VizSettings>(defaultVizSettings);
  const onSettings = useCallback((patch: Partial<VizSettings>) => setSettings((s) => ({ ...s, ...patch })), []);
  const onMode = useCallback((mode: Mode) => update({ mode }), [update]);
  useModeKeys(state.mode, onMode);
  const { refused } = usePresentation(state.mode === 'present', () => update({ mode: 'explore' }));
  const [score, setScore] = useSessionScore();
  // A map clicked in the overview: the walkthrough opens at its layer with it selected.
  const [opened, setOpened] = useState<{ layer: string; channel: number } | null>(null);
  const { go } = session;
  const openMap = useCallback(
    (layer: string, channel: number) => {
      setOpened({ layer, channel });
      go('walk', { layer });
    },
    [go],
  );
  // A network trained in the lab goes through the weight import like any file (checked, kept),
  // and the walkthrough shows it.
  const { importFile } = session.weights;
  const useLabNetwork = useCallback(
    (net: LabNetwork) => {
      importFile(new File([net.file], net.fileName));
      go('walk', { layer: 'conv1' });
    },
    [importFile, go],
  );
  const notices = useNotices(session, current.missing);
  // The playground opens on the step the reader was at, when that layer slides a window.
  const fromAxis = current.info ? layerAxis(current.info) : undefined;
  const playgroundFrom = fromAxis && current.info ? { layerId: current.info.layer.id, axis: fromAxis } : undefined;

  useEffect(() => {
    void setLanguage(state.lang);
    document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
  }, [state.lang]);

  return (
    <Shell session={session}>
      {state.mode === 'present' ? (
        <WeightsContext value={network.context}>
          <SlideDeck
            analysis={analysis}
            variantId={network.spec.id}
            name={network.spec.name}
            index={current.index}
            seed={state.seed}
            lang={state.lang}
            hash={toHash(state)}
            onStep={(layer) => update({ layer })}
            onLang={(lang) => update({ lang })}
            onExit={() => update({ mode: 'explore' })}
            engine={engine}
            settings={settings}
            original={session.image.image?.pixels ?? null}
            {...(state.view === 'attribution'
              ? {}
              : { attribution: { subject: session.attributionSubject, crop: session.cropped } })}
          />
        </WeightsContext>
      ) : null}
      {/* Every view's badge says which weights are on screen (overview, walkthrough, slides). */}
      <WeightsContext value={network.context}>
        <ViewPlace view={state.view}>
          <Notices notices={notices.list} onDismiss={notices.dismiss} />
          {refused ? <p className="notice">{t('classroom.present.refused')}</p> : null}
          {state.view === 'walk' ? (
            <WalkView
              session={session}
              current={current}
              settings={settings}
              onSettings={onSettings}
              opened={opened}
              onOpenMap={openMap}
              score={score}
              onScore={setScore}
            />
          ) : state.view === 'overview' ? (
            <Overview analysis={analysis} engine={engine} image={cropped} onOpen={openMap} seed={state.seed} />
          ) : state.view === 'playground' ? (
            <Playground from={playgroundFrom} />
          ) : state.view === 'edit' ? (
            <EditView session={session} />
          ) : state.view === 'compare' ? (
            <CompareView session={session} />
          ) : state.view === 'attribution' ? (
            <AttributionPlace session={session} onOpenChannel={openMap} />
          ) : state.view === 'lab' ? (
            <LabView code={state.lab} onCode={(lab) => update({ lab })} backend={state.backend} onUse={useLabNetwork} />
          ) : (
            <CodeView session={session} />
          )}
        </ViewPlace>
      </WeightsContext>
    </Shell>
  );
}
