/**
 * Where the file comes from, beside the picker: the official torchvision address as a plain
 * link (the browser downloads it when the user follows it; the app never fetches it) and the
 * one line of Python that puts the same file in the torch hub cache.
 */
import { useTranslation } from 'react-i18next';

/** torchvision's IMAGENET1K_V1 AlexNet checkpoint. */
export const officialUrl = 'https://download.pytorch.org/models/alexnet-owt-7be5be79.pth';
export const pythonLine = `python3 -c "import torchvision; torchvision.models.alexnet(weights='IMAGENET1K_V1')"`;

export function WhereToGet() {
  const { t } = useTranslation();
  return (
    <details className="weights-where" data-testid="weights-where" open>
      <summary>{t('weights.where.heading')}</summary>
      <p>
        {t('weights.where.official')}{' '}
        <a href={officialUrl} rel="noreferrer noopener" data-testid="weights-official-link">
          {officialUrl}
        </a>
      </p>
      <p>{t('weights.where.python')}</p>
      <pre>
        <code data-testid="weights-python">{pythonLine}</code>
      </pre>
      <p className="muted">{t('weights.where.onnx')}</p>
    </details>
  );
}
