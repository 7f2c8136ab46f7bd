/**
 * The size arithmetic next to the animation, (227 − 11 + 2·0)/4 + 1 = 55, with its terms
 * lit up as the window reaches the edge, and what the rounding leaves out.
 */
import { useTranslation } from 'react-i18next';
import { countCells, unreadPadding, type WindowPlan } from '../../core/ops/windows';

interface Props {
  readonly plan: WindowPlan;
  /** Window column the animation is at: the terms light up when it is the last one. */
  readonly wx: number;
}

export function SizeFormula({ plan, wx }: Props) {
  const { t } = useTranslation();
  const out = plan.size.output;
  const atEdge = out > 0 && wx === out - 1;
  const hot = (on: boolean) => (on ? 'term hot' : 'term');
  const steps = plan.size.derivation.steps.map((s) => s.text);
  const dropped = countCells(plan, 'dropped');
  const extra = countCells(plan, 'extra');
  // The note is about the last window, so its numbers never change: it keeps its place (hidden
  // until the window gets there) and the controls below it never jump as it comes and goes.
  const last = Math.max(0, out - 1);
  const start = plan.starts[last] ?? 0;
  const unread = unreadPadding(plan);
  return (
    <div className="size-formula" data-testid="size-formula" data-edge={atEdge}>
      <p className="formula-line">
        (<span className={hot(atEdge)}>{plan.input}</span> − <span className="term hot-window">{plan.reach}</span> + 2·
        <span className={hot(atEdge || (wx === 0 && plan.padding > 0))}>{plan.padding}</span>)/
        <span className={hot(atEdge)}>{plan.stride}</span> + 1 = {steps.slice(1, -1).join(' = ')}
        {' = '}
        <strong className={hot(atEdge)} data-testid="size-output">
          {out}
        </strong>
      </p>
      {out > 0 ? (
        <p className="muted" style={atEdge ? undefined : { visibility: 'hidden' }} data-testid="edge-note">
          {t('overview.anim.edge', {
            start,
            i: last,
            stride: plan.stride,
            padding: plan.padding,
            end: start + plan.reach - 1,
            out,
          })}
        </p>
      ) : null}
      {dropped > 0 ? <p className="note-dropped">{t('overview.anim.dropped', { count: dropped })}</p> : null}
      {/* Rounding that leaves only padding unread loses nothing: say so, or "never covered" misleads. */}
      {dropped === 0 && unread > 0 ? (
        <p className="note-unread">{t('overview.anim.unreadPadding', { count: unread })}</p>
      ) : null}
      {extra > 0 ? <p className="note-extra">{t('overview.anim.extra', { count: extra })}</p> : null}
    </div>
  );
}
