/**
 * The trained-weights panel: what the network runs now, a file picker (the page-wide drop goes
 * to the same place), where to get the file, the progress, a refusal (role="alert", naming what
 * the reader met, nothing changed), the preprocessing preset, and keeping or forgetting the file.
 * It is one line until asked for more (the step must stay on a laptop's first screen): what runs
 * now, the picker, and a "more" button for the lead, the drop hint and where to get the file.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PreprocessPreset } from '../../core/weights/types';
import { formatBytes } from '../../core/format';
import type { WeightsView } from './useWeights';
import { useProgress } from './progressStore';
import { FirstLook } from './FirstLook';
import { WeightsProgress } from './WeightsProgress';
import { WeightsToggle } from './WeightsToggle';
import { WhereToGet } from './WhereToGet';
import { detailsLine, refusalText, sourceLabel } from './weightsText';
import './weights.css';

const presets: readonly PreprocessPreset[] = ['torchvision', 'caffe'];

interface Props {
  readonly view: WeightsView;
  readonly seed: number;
  /** Asked for from the tool row. The panel also shows itself while a file loads, after a
   * refusal and while imported weights are in; otherwise the step badge says what runs. */
  readonly open: boolean;
}

export function WeightsPanel({ view, seed, open }: Props) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const { summary, kept } = view;
  const [more, setMore] = useState(false);
  const progress = useProgress(view.progress);
  const shown = open || Boolean(progress || view.refusal || summary || view.restoring);
  return (
    <section
      className="panel weights-panel present-hide"
      aria-labelledby="weights-heading"
      data-testid="weights-panel"
      id="weights-panel"
      // Hidden, not unmounted: the file input and the page-wide drop work either way.
      hidden={!shown}
    >
      <div className="weights-line">
        <h2 id="weights-heading">{t('weights.heading')}</h2>
        <p data-testid="weights-current">
          {summary
            ? t(view.trained ? 'weights.current.trained' : 'weights.current.random', {
                source: sourceLabel(t, summary),
                seed,
              })
            : t('weights.current.none', { seed })}
        </p>
        <button
          type="button"
          className="button button-primary"
          onClick={() => input.current?.click()}
          data-testid="weights-pick"
        >
          {t('weights.pick')}
        </button>
        <button
          type="button"
          className="button"
          aria-expanded={more}
          aria-controls="weights-more"
          onClick={() => setMore((m) => !m)}
          data-testid="weights-more"
        >
          {t(more ? 'weights.less' : 'weights.more')}
        </button>
      </div>
      <div className="weights-top">
        <div className="weights-pick">
          {summary ? <p className="muted">{detailsLine(t, summary)}</p> : null}
          <input
            ref={input}
            type="file"
            hidden
            data-testid="weights-file"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = ''; // the same file again must fire again
              if (file) view.importFile(file);
            }}
          />
          {view.restoring ? (
            <p role="status" data-testid="weights-restoring">
              {t('weights.restoring')}
            </p>
          ) : null}
          {progress ? <WeightsProgress progress={progress} /> : null}
          {progress && view.preview ? <FirstLook preview={view.preview} /> : null}
          {view.refusal ? (
            <p className="image-alert" role="alert" data-testid="weights-alert">
              {refusalText(t, view.refusal)}
            </p>
          ) : null}
          {summary ? (
            <div className="weights-controls">
              <WeightsToggle weights={{ view, seed }} />
              <label>
                {t('weights.preset.label')}{' '}
                <select
                  value={view.preset}
                  data-testid="weights-preset"
                  onChange={(e) => view.setPreset(e.target.value === 'caffe' ? 'caffe' : 'torchvision')}
                >
                  {presets.map((p) => (
                    <option key={p} value={p}>
                      {t(`weights.preset.${p}`)}
                    </option>
                  ))}
                </select>
              </label>
              <p className="muted" data-testid="weights-kept">
                {kept.kind === 'kept'
                  ? kept.use
                    ? t('weights.kept.kept', { used: formatBytes(kept.use.usage), quota: formatBytes(kept.use.quota) })
                    : t('weights.kept.keptNoEstimate')
                  : kept.kind === 'refused'
                    ? t('weights.kept.refused', { reason: kept.reason })
                    : null}
              </p>
              <button type="button" className="button" onClick={view.forget} data-testid="weights-forget">
                {t('weights.kept.forget')}
              </button>
            </div>
          ) : null}
        </div>
      </div>
      {more ? (
        <div id="weights-more" className="weights-top">
          <div className="weights-pick">
            <p className="image-lead">{t('weights.lead')}</p>
            <p className="muted">{t('weights.dropHint')}</p>
            <p className="privacy-line">{t('weights.privacy')}</p>
          </div>
          <WhereToGet />
        </div>
      ) : null}
    </section>
  );
}
