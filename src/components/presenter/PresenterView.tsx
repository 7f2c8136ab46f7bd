/**
 * The presenter window (opened from the slides with S, at `?presenter#…`): the current slide's
 * speaker notes (the step's full teaching text), the next slide, a clock and the step
 * controls. It drives the projector window over a BroadcastChannel and follows it when the
 * projector is stepped directly. Each window keeps its own state, so closing either one
 * leaves the other working.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setLanguage } from '../../i18n';
import { type Analysis, analyze } from '../../core/analyze';
import { formatShape } from '../../core/spec';
import { isVariantId, variants } from '../../core/variants';
import { pipelineValues } from '../../content/pipeline';
import { type WalkStep, firstLayerStep, stepIndexOf, walkSteps } from '../../content/steps';
import { teachingKeys, teachingValues } from '../../content/walkSteps';
import { parseHash } from '../../state/viewState';
import { channelName, isSyncMessage } from '../classroom/usePresenterSync';
import { pipelineTextKeys, stepKind, stepTitle } from '../pipeline/pipelineSlide';
import { usePageEvent } from '../usePageEvent';
import { Clock } from './Clock';
import './presenter.css';

export function PresenterView() {
  const { t } = useTranslation();
  const initial = useMemo(() => parseHash(window.location.hash).state, []);
  const [where, setWhere] = useState({
    layer: initial.layer,
    variant: String(initial.variant),
    lang: String(initial.lang),
  });
  const channel = useRef<BroadcastChannel | null>(null);
  const spec = isVariantId(where.variant) ? variants[where.variant] : variants.seed;
  const analysis = useMemo(() => analyze(spec), [spec]);
  const steps = walkSteps(analysis);
  const found = stepIndexOf(steps, where.layer);
  const index = found < 0 ? firstLayerStep(steps) : found;

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const ch = new BroadcastChannel(channelName);
    channel.current = ch;
    ch.onmessage = (e: MessageEvent) => {
      if (isSyncMessage(e.data) && e.data.type === 'at') {
        const { layer, variant, lang } = e.data;
        setWhere({ layer, variant, lang });
      }
    };
    ch.postMessage({ type: 'hello' });
    return () => {
      ch.close();
      channel.current = null;
    };
  }, []);

  useEffect(() => {
    void setLanguage(where.lang === 'zh' ? 'zh' : 'en');
    document.documentElement.lang = where.lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t('slides.presenterTitle');
  }, [where.lang, t]);

  const go = (i: number) => {
    const target = steps[Math.min(steps.length - 1, Math.max(0, i))];
    if (!target) return;
    setWhere((w) => ({ ...w, layer: target.id }));
    channel.current?.postMessage({ type: 'go', layer: target.id });
  };

  usePageEvent('keydown', (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    if (['ArrowRight', 'PageDown', ' '].includes(e.key)) go(index + 1);
    else if (['ArrowLeft', 'PageUp'].includes(e.key)) go(index - 1);
    else return;
    e.preventDefault();
  });

  const step = steps[index];
  const next = steps[index + 1];
  if (!step) return null;
  return (
    <main className="presenter" data-testid="presenter">
      <header className="presenter-head">
        <h1>
          {t('slides.presenterTitle')} · <span data-testid="presenter-current">{stepTitle(step, t)}</span>{' '}
          <span className="kind">{stepKind(step, t)}</span>
        </h1>
        <Clock />
      </header>
      <nav className="presenter-controls" aria-label={t('slides.bar')}>
        <button type="button" onClick={() => go(index - 1)} disabled={index === 0} data-testid="presenter-prev">
          ← {t('slides.previous')}
        </button>
        <span>{t('slides.position', { n: index + 1, total: steps.length })}</span>
        <button
          type="button"
          onClick={() => go(index + 1)}
          disabled={index === steps.length - 1}
          data-testid="presenter-next"
        >
          {t('slides.next')} →
        </button>
      </nav>
      <div className="presenter-body">
        <section className="presenter-notes" aria-labelledby="notes-heading">
          <h2 id="notes-heading">{t('slides.notes')}</h2>
          <Notes step={step} analysis={analysis} variantId={spec.id} />
        </section>
        <aside className="presenter-next" aria-labelledby="next-heading">
          <h2 id="next-heading">{t('slides.nextUp')}</h2>
          {next ? (
            <p data-testid="presenter-next-step">
              <strong>{stepTitle(next, t)}</strong> {stepKind(next, t)}
              {next.kind === 'layer' ? ` → ${formatShape(next.info.outputShape)}` : ''}
            </p>
          ) : (
            <p>{t('slides.last')}</p>
          )}
          <p className="muted">{t('slides.synced')}</p>
          <p className="muted">{t('slides.keys')}</p>
        </aside>
      </div>
    </main>
  );
}

/** The step's speaker notes: a layer's full teaching text, or a pipeline step's lead and paragraphs. */
function Notes({ step, analysis, variantId }: { step: WalkStep; analysis: Analysis; variantId: string }) {
  const { t } = useTranslation();
  if (step.kind === 'pipeline') {
    const values = pipelineValues(analysis, isVariantId(variantId) ? t(`variant.${variantId}`) : variantId);
    const [lead, ...bodies] = pipelineTextKeys(step);
    return (
      <>
        <p>{t(lead)}</p>
        <ul>
          {bodies.map((k) => (
            <li key={k}>{t(k, values)}</li>
          ))}
        </ul>
      </>
    );
  }
  const values = teachingValues(analysis, step.layerIndex);
  const keys = teachingKeys(step.info.layer, variantId);
  return (
    <>
      <p>{t(keys.what, values)}</p>
      <p>{t(keys.why, values)}</p>
      <ul>
        {keys.notes.map((k) => (
          <li key={k}>{t(k, values)}</li>
        ))}
      </ul>
    </>
  );
}
