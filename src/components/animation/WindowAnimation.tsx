/**
 * The sliding window, animated on one canvas: the input (a crop around the window when it is
 * large) on the left, the output filling in on the right, with play/pause/step/speed, a
 * scrubber and the size arithmetic. Used by the walkthrough's conv and pool steps (real
 * activations) and by the playground (a plain grid).
 */
import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { frameAt, type WindowPlan } from '../../core/ops/windows';
import type { RgbaImage } from '../../core/tensorData';
import { cropFor, drawInputPanel, drawOutputPanel } from '../../viz/animation/frame';
import { SizeFormula } from './SizeFormula';
import { speeds, usePlayer } from './usePlayer';
import './animation.css';

interface Props {
  readonly plan: WindowPlan;
  readonly input: RgbaImage | null;
  readonly output: RgbaImage | null;
  /** Lines under the canvas saying what the two panels show. */
  readonly caption?: ReactNode;
  readonly testId?: string;
}

const W = 560;
const H = 270;
const panel = 260;
/** Largest crop, in cells a side: conv1's 227 pixels become a 40-cell crop of 6.5-px cells. */
const maxCells = 40;
let frames = 0;

export function WindowAnimation({ plan, input, output, caption, testId = 'window-animation' }: Props) {
  const { t } = useTranslation();
  const out = plan.size.output;
  const total = out * out;
  const player = usePlayer(total, out);
  const { x: wx, y: wy } = frameAt(out, player.frame);
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const ctx = canvas.current?.getContext('2d');
    if (!ctx || out < 1) return;
    const start = performance.now();
    ctx.clearRect(0, 0, W, H);
    const crop = cropFor(plan, wx, wy, maxCells);
    drawInputPanel(ctx, { x: 4, y: 4, size: panel }, plan, crop, input, wx, wy);
    drawOutputPanel(ctx, { x: W - panel - 4, y: 4, size: panel }, out, output, wx, wy);
    // Read by `npm run bench` (frame cost); the buffer is emptied now and then so it stays small.
    performance.measure('anim:frame', { start, end: performance.now() });
    if (++frames % 600 === 0) performance.clearMeasures('anim:frame');
  }, [plan, input, output, wx, wy, out]);

  if (out < 1) return null;
  const taps0x = plan.starts[wx] ?? 0;
  const taps0y = plan.starts[wy] ?? 0;
  const last = player.frame === total - 1;
  return (
    <figure className="window-animation" data-testid={testId} data-own-keys="">
      <canvas
        ref={canvas}
        width={W}
        height={H}
        role="img"
        aria-label={t('overview.anim.canvas', {
          n: player.frame + 1,
          total,
          x: wx,
          y: wy,
          x0: taps0x,
          x1: taps0x + plan.reach - 1,
          y0: taps0y,
          y1: taps0y + plan.reach - 1,
        })}
      />
      <div className="anim-controls">
        <button type="button" onClick={() => player.setFrame(player.frame - 1)} aria-label={t('overview.anim.back')}>
          ‹
        </button>
        {/* Both words laid in one cell, the idle one hidden: the button keeps the wider one's width,
            so Play ↔ Pause never moves the controls beside it. */}
        <button
          type="button"
          className="anim-play"
          onClick={player.toggle}
          data-testid="anim-play"
          aria-pressed={player.playing}
          data-other={player.playing ? t('overview.anim.play') : t('overview.anim.pause')}
        >
          <span>{player.playing ? t('overview.anim.pause') : t('overview.anim.play')}</span>
        </button>
        <button type="button" onClick={() => player.setFrame(player.frame + 1)} aria-label={t('overview.anim.forward')}>
          ›
        </button>
        <label>
          {t('overview.anim.speed')}{' '}
          <select value={player.speed} onChange={(e) => player.setSpeed(Number(e.target.value))}>
            {speeds.map((s) => (
              <option key={s} value={s}>
                {t('overview.anim.speedValue', { n: s })}
              </option>
            ))}
          </select>
        </label>
        <input
          type="range"
          min={0}
          max={total - 1}
          value={player.frame}
          onChange={(e) => player.setFrame(Number(e.target.value))}
          aria-label={t('overview.anim.scrub')}
          data-testid="anim-scrub"
        />
      </div>
      <p
        className="anim-position"
        data-testid="anim-position"
        data-frame={player.frame}
        data-total={total}
        data-last={last}
      >
        {t('overview.anim.position', { n: player.frame + 1, total, x: wx, y: wy })}
      </p>
      {player.reduced ? <p className="muted">{t('overview.anim.reduced')}</p> : null}
      <SizeFormula plan={plan} wx={wx} />
      <p className="anim-legend">
        <span className="swatch swatch-pad" /> {t('overview.anim.legendPad')} <span className="swatch swatch-dropped" />{' '}
        {t('overview.anim.legendDropped')} <span className="swatch swatch-extra" /> {t('overview.anim.legendExtra')}
      </p>
      {caption ? <figcaption>{caption}</figcaption> : null}
    </figure>
  );
}
