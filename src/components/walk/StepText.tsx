/** What the layer does, why, and the notes worth knowing for this layer of this variant. */
import { useTranslation } from 'react-i18next';
import type { LayerSpec } from '../../core/spec';
import { type WalkValues, teachingKeys } from '../../content/walkSteps';

export function StepText({ layer, variantId, values }: { layer: LayerSpec; variantId: string; values: WalkValues }) {
  const { t } = useTranslation();
  const keys = teachingKeys(layer, variantId);
  return (
    <div className="step-text">
      <h3>{t('walk.ui.what')}</h3>
      <p data-testid="step-what">{t(keys.what, values)}</p>
      <h3>{t('walk.ui.why')}</h3>
      <p>{t(keys.why, values)}</p>
      {keys.notes.length > 0 ? (
        <>
          <h3>{t('walk.ui.notes')}</h3>
          <ul className="step-notes">
            {keys.notes.map((k) => (
              <li key={k}>{t(k, values)}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
