/** The whole network at a glance: totals, the 224/227 puzzle, the layer table, the share chart. */
import { useDeferredValue } from 'react';
import { useTranslation } from 'react-i18next';
import type { Analysis } from '../core/analyze';
import type { NetworkSpec } from '../core/spec';
import { LayerTable } from './LayerTable';
import { PuzzleNote } from './PuzzleNote';
import { ShareChart } from './ShareChart';
import { Totals } from './Totals';

interface Props {
  readonly spec: NetworkSpec;
  readonly analysis: Analysis;
  readonly current: string;
  readonly onSelect: (layerId: string) => void;
}

export function Reference({ spec, analysis, current, onSelect }: Props) {
  const { t } = useTranslation();
  const conv1 = spec.layers.find((l) => l.kind === 'conv');
  // Below the first screen: drawn in a render pass of its own after the first paint, and after
  // each step (the table marks the current layer), so it never lengthens the step's own task.
  const later = useDeferredValue(true, false);
  const shownCurrent = useDeferredValue(current);
  return (
    <section className="reference present-hide" aria-labelledby="reference-heading">
      <h2 id="reference-heading" className="section-heading">
        {t('reference.heading')}
      </h2>
      {later ? (
        <>
          <div className="summary-grid">
            <Totals analysis={analysis} />
            {spec.id === 'paper' && conv1?.kind === 'conv' ? <PuzzleNote conv1={conv1} /> : null}
          </div>
          <LayerTable analysis={analysis} name={spec.name} current={shownCurrent} onSelect={onSelect} />
          <ShareChart analysis={analysis} />
        </>
      ) : null}
    </section>
  );
}
