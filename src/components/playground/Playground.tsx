/**
 * The size playground (`#view=playground`): one layer's input size, kernel, stride, padding,
 * dilation and rounding as sliders (each with a number box for an exact value); the output-size
 * formula and its arithmetic follow live, with the sliding-window picture on a small grid and
 * the classic questions as worked examples. It opens on the layer the reader came from (the
 * link's step, when it slides a window). Settings that make no layer show core's own message
 * and keep the last picture.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { analyze } from '../../core/analyze';
import { conv, input } from '../../core/layers';
import { windowPlan, type WindowAxis, type WindowPlan } from '../../core/ops/windows';
import type { RgbaImage } from '../../core/tensorData';
import { WindowAnimation } from '../animation/WindowAnimation';
import { Slider } from './Slider';
import '../animation/animation.css';

const conv1: WindowAxis = { input: 227, kernel: 11, stride: 4, padding: 0, dilation: 1, rounding: 'floor' };

const examples = [
  { id: 'q227', axis: conv1, answer: 'a227' },
  { id: 'q13', axis: { input: 13, kernel: 3, stride: 1, padding: 1, dilation: 1, rounding: 'floor' }, answer: 'a13' },
  { id: 'q224', axis: { ...conv1, input: 224 }, answer: 'a224' },
] as const;

/** A soft diagonal gradient: something to see under the window without a photo. */
function gridPicture(n: number): RgbaImage {
  const data = new Uint8ClampedArray(n * n * 4);
  for (let y = 0; y < n; y++)
    for (let x = 0; x < n; x++) {
      const o = (y * n + x) * 4;
      const check = (x + y) % 2 === 0 ? 0 : 18;
      data[o] = 120 + Math.round((100 * x) / n) - check;
      data[o + 1] = 150 + Math.round((80 * y) / n) - check;
      data[o + 2] = 210 - check;
      data[o + 3] = 255;
    }
  return { width: n, height: n, data };
}

/** Core's verdict on these settings: its first error's message, or none. */
function problemOf(axis: WindowAxis): string | null {
  const reach = axis.dilation * (axis.kernel - 1) + 1;
  const a = analyze({
    id: 'playground',
    name: 'playground',
    layers: [input(axis.input, 1), conv('layer', 1, reach, axis.stride, axis.padding)],
  });
  return a.issues.find((i) => i.severity === 'error')?.message ?? null;
}

interface Props {
  /** The layer the playground opens on (its id and window), when the reader came from one. */
  readonly from?: { readonly layerId: string; readonly axis: WindowAxis };
}

export function Playground({ from }: Props) {
  const { t } = useTranslation();
  const start = from?.axis ?? conv1;
  const [axis, setAxis] = useState<WindowAxis>(start);
  const [answer, setAnswer] = useState<string | null>(from ? null : 'a227');
  const problem = useMemo(() => problemOf(axis), [axis]);
  const [lastGood, setLastGood] = useState<WindowPlan>(() => windowPlan(start));
  const plan = useMemo(() => (problem ? null : windowPlan(axis)), [axis, problem]);
  if (plan && plan !== lastGood) setLastGood(plan);
  const shown = plan ?? lastGood;
  const picture = useMemo(() => gridPicture(shown.input), [shown.input]);
  const set = (patch: Partial<WindowAxis>) => {
    setAxis((a) => ({ ...a, ...patch }));
    setAnswer(null);
  };
  const steps = shown.size.derivation.steps.map((s) => s.text).join(' = ');

  return (
    <section className="playground" aria-labelledby="playground-title" data-testid="playground">
      <h2 id="playground-title">{t('overview.play.title')}</h2>
      <p>{t('overview.play.lead')}</p>
      {from ? (
        <p className="muted" data-testid="playground-from">
          {t('overview.play.from', { layer: from.layerId })}
        </p>
      ) : null}
      <div className="playground-controls">
        <Slider
          label={t('overview.play.input')}
          value={axis.input}
          min={1}
          max={256}
          onChange={(input) => set({ input })}
        />
        <Slider
          label={t('overview.play.kernel')}
          value={axis.kernel}
          min={1}
          max={15}
          onChange={(kernel) => set({ kernel })}
        />
        <Slider
          label={t('overview.play.stride')}
          value={axis.stride}
          min={1}
          max={8}
          onChange={(stride) => set({ stride })}
        />
        <Slider
          label={t('overview.play.padding')}
          value={axis.padding}
          min={0}
          max={5}
          onChange={(padding) => set({ padding })}
        />
        <Slider
          label={t('overview.play.dilation')}
          value={axis.dilation}
          min={1}
          max={4}
          onChange={(dilation) => set({ dilation })}
        />
        <fieldset>
          <legend>{t('overview.play.rounding')}</legend>
          {(['floor', 'ceil'] as const).map((r) => (
            <label key={r}>
              <input
                type="radio"
                name="play-rounding"
                checked={axis.rounding === r}
                onChange={() => set({ rounding: r })}
              />{' '}
              {t(`overview.play.${r}`)}
            </label>
          ))}
        </fieldset>
      </div>
      {problem ? (
        <p role="alert" className="viz-error" data-testid="play-error">
          {problem} {t('overview.play.invalid')}
        </p>
      ) : null}
      {axis.dilation > 1 ? (
        <p>{t('overview.play.effective', { d: axis.dilation, k: axis.kernel, reach: shown.reach })}</p>
      ) : null}
      <p className="play-result">
        {t('punct.colon', { label: t('overview.play.output') })}
        <span data-testid="play-formula">{steps}</span> →{' '}
        <strong data-testid="play-output">
          {shown.size.output}×{shown.size.output}
        </strong>
      </p>
      <WindowAnimation
        key={`${shown.input}-${shown.reach}-${shown.stride}-${shown.padding}-${shown.rounding}`}
        plan={shown}
        input={picture}
        output={null}
        testId="play-animation"
      />
      <h3>{t('overview.play.questions')}</h3>
      <div className="playground-examples">
        {examples.map((e) => (
          <button
            key={e.id}
            type="button"
            className="secondary"
            onClick={() => {
              setAxis(e.axis);
              setAnswer(e.answer);
            }}
          >
            {t(`overview.play.${e.id}`)}
          </button>
        ))}
      </div>
      {answer ? <p data-testid="play-answer">{t(`overview.play.${answer as 'a13'}`)}</p> : null}
    </section>
  );
}
