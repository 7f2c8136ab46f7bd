/** What a visualisation shows instead of a picture when the data has the wrong shape. */
import { useTranslation } from 'react-i18next';
import type { TensorData } from '../../core/tensorData';
import { shapeText } from '../../viz/maps/tensorShape';

export function ShapeError({ expected, data }: { expected: string; data: TensorData }) {
  const { t } = useTranslation();
  return (
    <p className="viz-error" role="alert">
      {t('viz.shapeError', { expected, got: shapeText(data.shape), count: data.data.length })}
    </p>
  );
}
