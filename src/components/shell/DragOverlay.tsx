/** While a file is dragged over the page: what dropping it will do (use a photo, import weights). */
import { useTranslation } from 'react-i18next';
import type { Dragging } from '../image/usePageDrop';

export function DragOverlay({ dragging }: { dragging: Dragging }) {
  const { t } = useTranslation();
  if (dragging === null) return null;
  const text =
    dragging === 'photo'
      ? t('shell.drop.photo')
      : dragging === 'weights'
        ? t('shell.drop.weights')
        : t('shell.drop.either');
  return (
    <div className="drop-overlay" aria-hidden="true" data-testid="drop-overlay" data-dragging={dragging}>
      <span>{text}</span>
    </div>
  );
}
