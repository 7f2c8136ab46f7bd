/**
 * conv1's filters as the two GPUs of the paper held them (Figure 3): when the next convolution
 * is grouped in two, filters 0…F/2−1 fed only GPU 1's half of it and F/2…F−1 only GPU 2's, so
 * they are shown side by side. Selecting a filter selects the same (global) filter index.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TensorData } from '../../core/tensorData';
import { FilterGrid } from '../viz/FilterGrid';
import { kernelFilters } from './channelStats';

interface Props {
  readonly kernel: TensorData;
  readonly layerLabel: string;
  readonly selected: number | null;
  readonly onSelect: (filter: number) => void;
}

export function Conv1Halves({ kernel, layerLabel, selected, onSelect }: Props) {
  const { t } = useTranslation();
  const filters = kernel.shape[3] ?? 0;
  const half = Math.floor(filters / 2);
  const parts = useMemo(
    () => [kernelFilters(kernel, 0, half), kernelFilters(kernel, half, filters)],
    [kernel, half, filters],
  );
  return (
    <div data-testid="conv1-halves">
      <p className="honesty">{t('weights.teach.grouped')}</p>
      <div className="gpu-halves">
        {parts.map((part, g) => {
          const from = g * half;
          return (
            <figure key={g} data-testid="gpu-half">
              <figcaption>{t('weights.teach.gpu', { n: g + 1, from, to: from + (part.shape[3] ?? 0) - 1 })}</figcaption>
              <FilterGrid
                kernel={part}
                layerLabel={`${layerLabel} GPU ${g + 1}`}
                selected={selected !== null && selected >= from && selected < from + half ? selected - from : null}
                onSelect={(f) => onSelect(from + f)}
              />
            </figure>
          );
        })}
      </div>
    </div>
  );
}
