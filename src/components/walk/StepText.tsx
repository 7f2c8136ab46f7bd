/** What the layer does, why, and the notes worth knowing for this layer of this variant. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LayerSpec } from '../../core/spec';
import { type WalkValues, teachingKeys } from '../../content/walkSteps';
import { Cites } from '../sources/Cites';
import { SourcesPanel } from '../sources/SourcesPanel';

export function StepText({ layer, variantId, values }: { layer: LayerSpec; variantId: string; values: WalkValues }) {
  const { t } = useTranslation();
  const keys = teachingKeys(layer, variantId);
  const [sources, setSources] = useState(false);
  const open = () => setSources(true);
  return (
    <div className="step-text">
      <h3>{t('walk.ui.what')}</h3>
      <p data-testid="step-what">
        {t(keys.what, values)}
        <Cites k={keys.what} onOpen={open} />
      </p>
      <h3>{t('walk.ui.why')}</h3>
      <p data-testid="step-why">
        {t(keys.why, values)}
        <Cites k={keys.why} onOpen={open} />
      </p>
      {keys.notes.length > 0 ? (
        <>
          <h3>{t('walk.ui.notes')}</h3>
          <ul className="step-notes">
            {keys.notes.map((k) => (
              <li key={k}>
                {t(k, values)}
                <Cites k={k} onOpen={open} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <SourcesPanel keys={[keys.what, keys.why, ...keys.notes]} open={sources} onClose={() => setSources(false)} />
    </div>
  );
}
