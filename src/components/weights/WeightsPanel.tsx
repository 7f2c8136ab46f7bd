/**
 * The trained-weights panel (a drawer under the header): what the network runs now, a file picker
 * (the page-wide drop goes to the same place), where to get the file, the first look at a file
 * still arriving, the preprocessing preset, and keeping or forgetting the file (asked twice, and
 * undone from the notice that follows). The progress and a refusal are notices under the header,
 * where the reader is, wherever they have scrolled.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PreprocessPreset } from '../../core/weights/types';
import { formatBytes } from '../../core/format';
import type { WeightsView } from '../../state/weights/useWeights';
import { useProgress } from '../../state/weights/progressStore';
import { FirstLook } from './FirstLook';
import { WeightsToggle } from './WeightsToggle';
import { WhereToGet } from './WhereToGet';
import { detailsLine, sourceLabel } from './weightsText';
import './weights.css';

const presets: readonly PreprocessPreset[] = ['torchvision', 'caffe'];

interface Props {
  /** The page's weights, whichever network is on screen. */
  readonly view: WeightsView;
  readonly seed: number;
  /** Shows the imported network (the chooser's "Imported" entry). */
  readonly onShow: () => void;
  /** Whether the imported network is the one on screen. */
  readonly shown: boolean;
}

export function WeightsPanel({ view, seed, onShow, shown }: Props) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const { summary, kept } = view;
  const [more, setMore] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const progress = useProgress(view.progress);
  const keptName = kept.kind === 'kept' ? kept.fileName : undefined;
  return (
    <div className="weights-panel" data-testid="weights-panel" id="weights-panel">
      <div className="weights-line">
        <p data-testid="weights-current">
          {view.restoring && !summary
            ? t('shell.status.restoring')
            : summary
              ? t(view.trained ? 'weights.current.trained' : 'weights.current.random', {
                  source: sourceLabel(t, summary),
                  seed,
                })
              : keptName
                ? t('weights.current.keptNotShown', { file: keptName, seed })
                : t('weights.current.none', { seed })}
        </p>
        {(summary || keptName) && !shown ? (
          <button type="button" className="button" onClick={onShow} data-testid="weights-show">
            {t('weights.show')}
          </button>
        ) : null}
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
          {progress && view.preview ? <FirstLook preview={view.preview} /> : null}
          {summary && shown ? (
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
              {confirming ? (
                <p className="forget-confirm" role="group" aria-label={t('weights.kept.forget')}>
                  {t('weights.kept.confirm', { file: summary.fileName })}{' '}
                  <button
                    type="button"
                    className="button button-danger"
                    onClick={() => {
                      setConfirming(false);
                      view.forget();
                    }}
                    data-testid="weights-forget-yes"
                  >
                    {t('weights.kept.confirmYes')}
                  </button>{' '}
                  <button type="button" className="button" onClick={() => setConfirming(false)}>
                    {t('weights.kept.cancel')}
                  </button>
                </p>
              ) : (
                <button
                  type="button"
                  className="button"
                  onClick={() => setConfirming(true)}
                  data-testid="weights-forget"
                >
                  {t('weights.kept.forget')}
                </button>
              )}
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
    </div>
  );
}
