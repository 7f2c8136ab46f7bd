/**
 * For the slide deck's output step (issue 20, item 8): where the network looked for its top
 * class, as Grad-CAM at the last conv layer over the crop it saw, computed in the engine's
 * worker like the attribution view's (and kept there, so the view and the slide share it).
 * Draws nothing until the map is there. Not yet placed in the deck: SlideDeck can render it on
 * the output step with the same props the attribution view gets. The engine keeps one
 * attribution request at a time, so mount it where the attribution view is not mounted.
 */
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Analysis } from '../../core/analyze';
import { defaultJob } from '../../core/attribution/defaults';
import { convTarget, logitsIndex } from '../../core/attribution/targets';
import type { RgbaImage } from '../../core/tensorData';
import type { AttributionSubject } from '../../state/attribution/subject';
import { useAttribution } from '../../state/attribution/useAttribution';
import { displayDomain, drawHeatmap } from '../../viz/attribution/heatmap';
import { colormapLut } from '../../viz/maps/colormap';
import './attribution.css';

export interface OutputGradCamProps {
  readonly analysis: Analysis;
  /** The crop the network saw. */
  readonly crop: RgbaImage | null;
  readonly subject: AttributionSubject;
  /** Class names by index; absent: "class 281". */
  readonly names?: readonly string[];
}

export function OutputGradCam({ analysis, crop, subject, names }: OutputGradCamProps) {
  const { t } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);
  const runnable = convTarget(analysis) !== undefined && logitsIndex(analysis) >= 0;
  const job = useMemo(() => (runnable ? defaultJob('gradcam', analysis) : null), [analysis, runnable]);
  const { status, result } = useAttribution(subject, job);
  const done = status === 'done' && result && crop ? result : undefined;

  useEffect(() => {
    if (!done || !crop || !canvas.current) return;
    const opts = {
      lut: colormapLut('magma'),
      domain: displayDomain('gradcam', done.map),
      opacity: 0.55,
      smooth: true,
      scale: 2,
    };
    drawHeatmap(canvas.current, crop, done.map, done.placement, opts);
  }, [done, crop]);

  if (!done) return null;
  const c = done.classIndex ?? done.topClass;
  const name = names?.[c] ?? t('attribution.classes.classN', { index: c });
  return (
    <figure className="slide-gradcam" data-testid="slide-gradcam">
      <canvas ref={canvas} role="img" aria-label={t('attribution.slide.alt')} />
      <figcaption>
        {t('attribution.slide.caption', { name, layer: job?.method === 'gradcam' ? job.layerId : '' })}
      </figcaption>
    </figure>
  );
}
