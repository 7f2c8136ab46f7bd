/**
 * The steps around the network: before the input (data, augmentation, training) and after
 * the output (results, the abstract's counts against this app's, depth). Shown on the first
 * and the last step of the walkthrough; each paragraph carries its citations.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Analysis } from '../../core/analyze';
import { isVariantId } from '../../core/variants';
import { pipelineTex, pipelineText, pipelineValues } from '../../content/pipeline';
import { Cites } from '../sources/Cites';
import { SourcesPanel } from '../sources/SourcesPanel';
import { Formula } from '../walk/Formula';
import './pipeline.css';

type Item = 'data' | 'torchvision' | 'crops' | 'pca' | 'tenCrop' | 'training' | 'init' | 'schedule' | 'time';
type AfterItem = 'results' | 'counts' | 'depth';
const before: readonly Item[] = [
  'data',
  'torchvision',
  'crops',
  'pca',
  'tenCrop',
  'training',
  'init',
  'schedule',
  'time',
];
const after: readonly AfterItem[] = ['results', 'counts', 'depth'];
/** Which items show a formula under their text. */
const formulas: Partial<Record<Item | AfterItem, 'pca' | 'update'>> = { pca: 'pca', training: 'update' };

interface Props {
  readonly part: 'before' | 'after';
  readonly analysis: Analysis;
  readonly variantId: string;
}

export function Pipeline({ part, analysis, variantId }: Props) {
  const { t } = useTranslation();
  const name = isVariantId(variantId) ? t(`variant.${variantId}`) : variantId;
  const [sources, setSources] = useState(false);
  const open = () => setSources(true);
  const values = pipelineValues(analysis, name);
  const items: readonly (Item | AfterItem)[] = part === 'before' ? before : after;
  const keys = [`pipeline.${part}.intro`, ...items.map((i) => `pipeline.${i}.body`)];
  return (
    <details className="pipeline" data-testid={`pipeline-${part}`}>
      <summary>{t(`pipeline.${part}.heading`)}</summary>
      <p>
        {t(`pipeline.${part}.intro`)}
        <Cites k={`pipeline.${part}.intro`} onOpen={open} />
      </p>
      {items.map((item) => {
        const formula = formulas[item];
        return (
          <section key={item} className="pipeline-item" data-testid={`pipeline-${item}`}>
            <h4>{t(`pipeline.${item}.title`)}</h4>
            <p>
              {t(`pipeline.${item}.body`, values)}
              <Cites k={`pipeline.${item}.body`} onOpen={open} />
            </p>
            {formula ? (
              <figure className="pipeline-formula">
                <figcaption>{t(`pipeline.formula.${formula}`)}</figcaption>
                <Formula tex={pipelineTex[formula]} text={pipelineText[formula]} display />
              </figure>
            ) : null}
          </section>
        );
      })}
      <SourcesPanel keys={keys} open={sources} onClose={() => setSources(false)} />
    </details>
  );
}
