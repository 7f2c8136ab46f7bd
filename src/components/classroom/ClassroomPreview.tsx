/**
 * TEMPORARY mount of the classroom pieces (issue 5) on the first screen, until the lead places
 * them in the walkthrough layout: the P/Q keys, presentation mode, the share link, the export
 * menu over a view holding the network diagram, a spotlight on the current layer's formula,
 * and the quiz in quiz mode. tests/e2e/classroom.spec.ts finds everything by test id, so the
 * tests keep working wherever the pieces end up. Delete this file and its line in App.tsx then.
 */
import { useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Analysis } from '../../core/analyze';
import { derivationTex, derivationText } from '../../core/format';
import { type Mode, type ViewState, toHash } from '../../state/viewState';
import { NetworkDiagram } from '../NetworkDiagram';
import { Formula } from '../walk/Formula';
import { ExportMenu } from './ExportMenu';
import { QuizPanel } from './QuizPanel';
import { ShareLink } from './ShareLink';
import { Spotlight } from './Spotlight';
import { useModeKeys } from './useModeKeys';
import { usePresentation } from './usePresentation';
import { useSessionScore } from './useSessionScore';

interface Props {
  readonly analysis: Analysis;
  readonly name: string;
  readonly state: ViewState;
  readonly update: (patch: Partial<ViewState>) => void;
}

export function ClassroomPreview({ analysis, name, state, update }: Props) {
  const { t } = useTranslation();
  const [score, setScore] = useSessionScore();
  const onMode = useCallback((mode: Mode) => update({ mode }), [update]);
  useModeKeys(state.mode, onMode);
  const { refused } = usePresentation(state.mode === 'present', () => update({ mode: 'explore' }));
  const view = useRef<HTMLDivElement>(null);
  const index = Math.max(
    0,
    analysis.layers.findIndex((l) => l.layer.id === state.layer),
  );
  const info = analysis.layers[index];
  const formula = info?.params.derivation ?? info?.size?.derivation;
  const go = (layer: string) => update({ layer });
  return (
    <div className="panel" data-testid="classroom-preview">
      <p className="muted keys-hint">{t('classroom.present.keys')}</p>
      {refused ? <p className="notice">{t('classroom.present.refused')}</p> : null}
      {state.mode === 'quiz' ? (
        <QuizPanel
          analysis={analysis}
          layerIndex={index}
          variantId={state.variant}
          score={score}
          onScore={setScore}
          onGo={go}
        />
      ) : null}
      <div ref={view} data-testid="export-view">
        <NetworkDiagram
          analysis={analysis}
          name={name}
          current={info?.layer.id ?? 'input'}
          onSelect={go}
          legend={false}
        />
        {formula ? (
          <Spotlight label={info?.layer.id ?? ''}>
            <Formula tex={derivationTex(formula)} text={derivationText(formula)} display />
          </Spotlight>
        ) : null}
      </div>
      <ExportMenu analysis={analysis} name={name} viewRef={view} layerId={info?.layer.id} />
      <ShareLink hash={toHash(state)} />
    </div>
  );
}
