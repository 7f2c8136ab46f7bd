/** Adding a layer: which kind, and after which existing layer (default: the last one). */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addableKinds } from '../../core/editor/schema';
import type { LayerKind, LayerSpec } from '../../core/spec';

interface Props {
  readonly layers: readonly LayerSpec[];
  readonly onAdd: (afterIndex: number, kind: LayerKind) => void;
}

export function AddLayer({ layers, onAdd }: Props) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<LayerKind>('conv');
  const [after, setAfter] = useState<string>('');
  const afterIndex = Math.max(0, after === '' ? layers.length - 1 : layers.findIndex((l) => l.id === after));
  return (
    <div className="editor-add">
      <label>
        {t('editor.edit.addKind')}{' '}
        <select value={kind} onChange={(e) => setKind(e.target.value as LayerKind)}>
          {addableKinds.map((k) => (
            <option key={k} value={k}>
              {t(`kind.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('editor.edit.addAfter')}{' '}
        <select value={layers[afterIndex]?.id ?? ''} onChange={(e) => setAfter(e.target.value)}>
          {layers.map((l) => (
            <option key={l.id} value={l.id}>
              {l.id}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => onAdd(afterIndex, kind)}>
        {t('editor.edit.add')}
      </button>
    </div>
  );
}
