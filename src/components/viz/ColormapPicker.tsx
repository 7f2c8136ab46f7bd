/** Picks the sequential colour map used by the feature maps and dense strips. */
import { useTranslation } from 'react-i18next';
import { type SequentialColormap, sequentialColormaps } from '../../viz/maps/colormap';

export interface ColormapPickerProps {
  readonly value: SequentialColormap;
  readonly onChange: (colormap: SequentialColormap) => void;
}

export function ColormapPicker({ value, onChange }: ColormapPickerProps) {
  const { t } = useTranslation();
  return (
    <label className="viz-colormap-picker">
      {t('viz.colormap.label')}{' '}
      <select
        value={value}
        onChange={(e) => {
          const next = sequentialColormaps.find((c) => c === e.target.value);
          if (next) onChange(next);
        }}
      >
        {sequentialColormaps.map((c) => (
          <option key={c} value={c}>
            {t(`viz.colormap.${c}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
