/**
 * Presentation mode as slides: one slide per step, sized to the screen with no scrolling
 * (1280×720 up to 1920×1080), and readable from the back of a hall (no text under 2.6 % of the
 * screen's height: 28 px at 1080, 19 px at 720): the layer's name, the random/trained badge on
 * one line, its key numbers with their formulas, and its picture (SlidePicture: the photo and
 * its preprocessing, the feature maps, the activation strip, the top five, or the network
 * diagram). The long text lives in the presenter window's speaker notes. A slim bar under the
 * slide (never over it) holds the controls; keys: L language, R QR code, S presenter view,
 * E export (the slide as a PNG, the table); ← → PageUp PageDown step (the walkthrough's keys).
 */
import { type RefObject, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Analysis } from '../../core/analyze';
import type { RgbaImage } from '../../core/tensorData';
import { walkSteps } from '../../content/steps';
import type { Lang } from '../../state/viewState';
import { usePageEvent } from '../usePageEvent';
import type { EngineView } from '../../state/engine/useEngine';
import type { VizSettings } from '../walk/vizSettings';
import { useWeightsContext } from '../../state/weights/WeightsContext';
import { FitFormula } from './FitFormula';
import { QrOverlay } from './QrOverlay';
import { SlideExport } from './SlideExport';
import { type SlideAttribution, SlidePicture } from './SlidePicture';
import { slideBadge } from './slideBadge';
import { stepSlide } from './stepSlide';
import { usePresenterSync } from './usePresenterSync';
import './slides.css';
import './slidePictures.css';

interface Props {
  readonly analysis: Analysis;
  readonly variantId: string;
  readonly name: string;
  /** Index of the current step in walkSteps(analysis) (pipeline steps included). */
  readonly index: number;
  readonly seed: number;
  readonly lang: Lang;
  /** The view's hash, for the QR code and the presenter window. */
  readonly hash: string;
  readonly onStep: (layerId: string) => void;
  readonly onLang: (lang: Lang) => void;
  readonly onExit: () => void;
  /** The live activations (the slide shows the layer's maps) and conv1's kernel. */
  readonly engine: EngineView;
  /** The page's colour map, order and scale, so the slide's maps look like the page's. */
  readonly settings: VizSettings;
  /** The chosen photo as decoded: the input slide shows it and its preprocessing. */
  readonly original: RgbaImage | null;
  /**
   * What the softmax slide's Grad-CAM is of (the session's attribution subject and the crop the
   * network saw); absent where the attribution view is open (the engine runs one request at a time).
   */
  readonly attribution?: SlideAttribution;
}

export function SlideDeck(props: Props) {
  const { analysis, variantId, name, index, seed, lang, hash, onStep, onLang, onExit, engine, settings, original } =
    props;
  const { attribution } = props;
  const { t } = useTranslation();
  const [qr, setQr] = useState(false);
  const [exporting, setExporting] = useState(false);
  const weights = useWeightsContext();
  const slide = useRef<HTMLElement>(null);
  const picture = useRef<HTMLDivElement>(null);
  useLabelScale(picture);
  const steps = walkSteps(analysis);
  const step = steps[index];
  const layerId = step?.id ?? 'input';
  usePresenterSync(true, { layer: layerId, variant: variantId, lang }, onStep);
  const go = (i: number) => {
    const target = steps[Math.min(steps.length - 1, Math.max(0, i))];
    if (target) onStep(target.id);
  };
  const otherLang: Lang = lang === 'en' ? 'zh' : 'en';
  const openPresenter = () => {
    window.open(`${window.location.pathname}?presenter${hash}`, 'alexnet-presenter', 'popup,width=1100,height=800');
  };

  usePageEvent('keydown', (e) => {
    if (e.defaultPrevented || e.repeat || e.altKey || e.ctrlKey || e.metaKey) return;
    const k = e.key.toLowerCase();
    if (k === 'l') onLang(otherLang);
    else if (k === 'r') setQr((q) => !q);
    else if (k === 's') openPresenter();
    else if (k === 'e') setExporting((open) => !open);
    else return;
    e.preventDefault();
  });

  if (!step) return null;
  const { title, kind, count, numbers } = stepSlide(step, analysis, variantId, t);
  // The page's badge, in words: imported trained weights must not be called random here.
  const badge = slideBadge(t, weights, seed);
  return (
    <div className="slide-deck" data-testid="slide-deck">
      <section className="slide" data-testid="slide" aria-labelledby="slide-title" ref={slide}>
        <header className="slide-head">
          <h2 id="slide-title" data-testid="slide-title">
            {title}
            {kind ? (
              <>
                {' '}
                <span className="kind">{kind}</span>
              </>
            ) : null}
          </h2>
          {count ? <p className="slide-count">{count}</p> : null}
          <p className="slide-badge" data-testid="slide-badge">
            {badge}
          </p>
        </header>
        <dl className="slide-numbers" data-testid="slide-numbers">
          {numbers.map((n) => (
            <div className={n.wide ? 'slide-number slide-number-wide' : 'slide-number'} key={n.id}>
              <dt>{n.label}</dt>
              <dd>
                <strong>{n.value}</strong>
                {n.note ? <span className="slide-note">{n.note}</span> : null}
                {n.formula ? (
                  <FitFormula tex={n.formula.tex} text={n.formula.text} maxEm={0.9} minEm={formulaMinEm} />
                ) : null}
              </dd>
            </div>
          ))}
        </dl>
        <div className="slide-picture" ref={picture}>
          <SlidePicture
            step={step}
            analysis={analysis}
            name={name}
            engine={engine}
            settings={settings}
            original={original}
            onStep={onStep}
            {...(attribution ? { attribution } : {})}
          />
        </div>
      </section>
      <nav className="slide-bar" aria-label={t('slides.bar')} data-testid="slide-bar">
        <button type="button" onClick={() => go(index - 1)} disabled={index === 0}>
          ← {t('slides.previous')}
        </button>
        <span className="slide-position">{t('slides.position', { n: index + 1, total: steps.length })}</span>
        <button type="button" onClick={() => go(index + 1)} disabled={index === steps.length - 1}>
          {t('slides.next')} →
        </button>
        <span className="slide-bar-gap" />
        {/* The other language's name in its own language: a span, for fonts.css gives a Chinese
            span the app's Chinese font on an English page. */}
        <button type="button" onClick={() => onLang(otherLang)} aria-label={t('slides.languageLabel')}>
          <span lang={otherLang}>{t('slides.language')}</span>
        </button>
        <button type="button" onClick={() => setQr(true)} aria-label={t('slides.qrLabel')}>
          {t('slides.qr')}
        </button>
        <button
          type="button"
          onClick={openPresenter}
          aria-label={t('slides.presenterLabel')}
          data-testid="open-presenter"
        >
          {t('slides.presenter')}
        </button>
        <SlideExport
          analysis={analysis}
          name={name}
          variantId={variantId}
          stepId={layerId}
          badge={badge}
          slideRef={slide}
          open={exporting}
          onOpen={setExporting}
        />
        <button type="button" onClick={onExit}>
          {t('slides.exit')}
        </button>
      </nav>
      {qr ? <QrOverlay hash={hash} onClose={() => setQr(false)} /> : null}
    </div>
  );
}

/**
 * The formulas' floor: their text is 1.4 × 1.15 of this em (present.css, styles.css) and their
 * scripts at least 0.9 of that (slides.css), so 0.65 keeps every glyph at 0.94 of the slide's
 * text, over the 0.9 floor.
 */
const formulaMinEm = 0.65;

/**
 * Projected size of the diagram's labels, as a share of the slide's own text size (which
 * follows the screen: 32 px at 1920×1080, 22 px at 1280×720), whatever the drawing's scale.
 */
const labelEm = 0.95;
/**
 * …and never under 29 px (28 and a margin for rounding): on a 1280-px screen the slide's text
 * is 22 px, but the diagram's few labels name the step and stay as large as on a 1080p one.
 */
const labelMinPx = 29;

/**
 * The diagram is drawn in its own units and scaled to fit the slide; this keeps its labels
 * at `labelEm` of the slide's text on screen by setting --nd-label (in drawing units) from
 * the measured scale.
 */
function useLabelScale(box: RefObject<HTMLDivElement | null>): void {
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    let last = '';
    const measure = () => {
      // The drawing's units → screen pixels, after viewBox fitting.
      const scale = el.querySelector('svg')?.getScreenCTM()?.a ?? 0;
      const labelPx = Math.max(labelMinPx, labelEm * parseFloat(getComputedStyle(el).fontSize));
      const value = `${(labelPx / scale).toFixed(2)}px`;
      if (scale > 0 && Number.isFinite(scale) && value !== last) {
        last = value;
        el.style.setProperty('--nd-label', value);
      }
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    // The diagram re-lays itself out (a new viewBox) after measuring its own width.
    const relaid = new MutationObserver(measure);
    relaid.observe(el, { attributes: true, attributeFilter: ['viewBox'], subtree: true });
    return () => {
      observer.disconnect();
      relaid.disconnect();
    };
  });
}
