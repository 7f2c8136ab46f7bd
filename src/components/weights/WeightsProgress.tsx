/** The import's progress: a bar with the stage, and bytes done of bytes in all. */
import { useTranslation } from 'react-i18next';
import { formatBytes } from '../../core/format';
import type { ShownProgress } from '../../state/weights/progressStore';

export function WeightsProgress({ progress }: { progress: ShownProgress }) {
  const { t } = useTranslation();
  const { stage, done, total, fileName } = progress;
  const known = total > 0;
  return (
    <div className="weights-progress" data-testid="weights-progress" data-stage={stage}>
      <progress
        aria-label={t('weights.progressLabel')}
        max={known ? total : undefined}
        value={known ? Math.min(done, total) : undefined}
      />
      <p role="status">
        {t('weights.progress', {
          stage: t(`weights.stage.${stage}`),
          name: fileName,
          done: formatBytes(stage === 'checking' ? done * 4 : done),
          total: known ? formatBytes(stage === 'checking' ? total * 4 : total) : '…',
        })}
      </p>
    </div>
  );
}
