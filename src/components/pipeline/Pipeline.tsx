/**
 * A pipeline step of the walkthrough (content/steps.ts): before the input (data,
 * augmentation, training) or after the output (results, the abstract's counts against this
 * app's, depth). `PipelineNumbers` is the step's key numbers, under its heading, as a layer
 * step's numbers are; `PipelineText` is its lead and paragraphs, each with its citations and
 * formula, where a layer step shows its pictures.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Analysis } from '../../core/analyze';
import { isVariantId } from '../../core/variants';
import { pipelineTex, pipelineText, pipelineValues } from '../../content/pipeline';
import { type PipelineStep, pipelineFormulas, pipelineItems } from '../../content/steps';
import { Cites } from '../sources/Cites';
import { SourcesPanel } from '../sources/SourcesPanel';
import { Formula } from '../walk/Formula';
import { pipelineSlideNumbers, pipelineTextKeys } from './pipelineSlide';
import './pipeline.css';

interface Props {
  readonly step: PipelineStep;
  readonly analysis: Analysis;
  readonly variantId: string;
}

/** The app's counts and the variant's name, for the step's {{placeholders}}. */
function useValues(analysis: Analysis, variantId: string) {
  const { t } = useTranslation();
  const name = isVariantId(variantId) ? t(`variant.${variantId}`) : variantId;
  return pipelineValues(analysis, name);
}

/** The step's key numbers: "×2048" with (256 − 224)² · 2 = 2048, batch 128, 37.5 % / 17.0 %. */
export function PipelineNumbers({ step, analysis, variantId }: Props) {
  const { t } = useTranslation();
  const values = useValues(analysis, variantId);
  return (
    <dl className="step-numbers pipeline-numbers" data-testid="pipeline-numbers">
      {pipelineSlideNumbers(step, values, t).map((n) => (
        <div key={n.id} data-testid={`pipeline-number-${n.id}`}>
          <dt>{n.label}</dt>
          <dd>
            <strong>{n.value}</strong>
            {n.note ? <span className="muted pipeline-note"> {n.note}</span> : null}
            {/* A long formula (PCA jitter, the SGD update) is shown full size in the text beside. */}
            {n.formula && !n.wide ? <Formula tex={n.formula.tex} text={n.formula.text} display /> : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** The step's lead and its paragraphs, each with its citations (and the PCA or SGD formula). */
export function PipelineText({ step, analysis, variantId }: Props) {
  const { t } = useTranslation();
  const [sources, setSources] = useState(false);
  const open = () => setSources(true);
  const values = useValues(analysis, variantId);
  const lead = `pipeline.lead.${step.topic}` as const;
  const formulaKeys = pipelineItems[step.topic].flatMap((i) => {
    const f = pipelineFormulas[i];
    return f ? [`pipeline.formula.${f}`] : [];
  });
  return (
    <div className="pipeline step-text" data-testid="pipeline-text">
      <p className="pipeline-lead" data-testid="pipeline-lead">
        {t(lead)}
        <Cites k={lead} onOpen={open} />
      </p>
      {pipelineItems[step.topic].map((item) => {
        const formula = pipelineFormulas[item];
        return (
          <section key={item} className="pipeline-item" data-testid={`pipeline-${item}`}>
            <h3>{t(`pipeline.${item}.title`)}</h3>
            <p>
              {t(`pipeline.${item}.body`, values)}
              <Cites k={`pipeline.${item}.body`} onOpen={open} />
            </p>
            {formula ? (
              <figure className="pipeline-formula">
                <figcaption>
                  {t(`pipeline.formula.${formula}`)}
                  <Cites k={`pipeline.formula.${formula}`} onOpen={open} />
                </figcaption>
                <Formula tex={pipelineTex[formula]} text={pipelineText[formula]} display />
              </figure>
            ) : null}
          </section>
        );
      })}
      <SourcesPanel
        keys={[...pipelineTextKeys(step), ...formulaKeys]}
        open={sources}
        onClose={() => setSources(false)}
      />
    </div>
  );
}
