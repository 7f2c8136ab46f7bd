/**
 * Saving the draft as a JSON file, and loading one back through core's schema check. A file
 * that fails the check changes nothing and says why (role="alert").
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fromJsonFile, toJsonFile } from '../../core/editor/jsonFile';
import type { LayerSpec } from '../../core/spec';
import type { VariantId } from '../../core/variants';
import { downloadBlob } from '../classroom/download';
import { useProblemText } from './problemText';

interface Props {
  readonly base: VariantId;
  readonly layers: readonly LayerSpec[];
  readonly onLoad: (base: VariantId, layers: readonly LayerSpec[]) => void;
}

export function JsonFileButtons({ base, layers, onLoad }: Props) {
  const { t } = useTranslation();
  const { fileFailure } = useProblemText();
  const inputId = useId();
  const [message, setMessage] = useState<{ text: string; bad: boolean } | null>(null);

  const load = async (file: File) => {
    const result = fromJsonFile(await file.text());
    if (!result.ok) {
      setMessage({ text: fileFailure(result), bad: true });
      return;
    }
    setMessage({ text: t('editor.edit.loaded', { name: file.name }), bad: false });
    onLoad(result.network.base, result.network.spec.layers);
  };

  return (
    <span className="editor-files">
      <button
        type="button"
        onClick={() =>
          downloadBlob(
            new Blob([toJsonFile(base, layers)], { type: 'application/json' }),
            `alexnet-${base}-edited.json`,
          )
        }
      >
        {t('editor.edit.save')}
      </button>
      <input
        id={inputId}
        className="visually-hidden-input"
        type="file"
        accept="application/json,.json"
        data-testid="editor-load"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void load(file);
        }}
      />
      <label htmlFor={inputId} className="editor-file-button">
        {t('editor.edit.load')}
      </label>
      {message ? (
        <span className={message.bad ? 'edit-msg edit-msg-error' : 'edit-msg'} role={message.bad ? 'alert' : 'status'}>
          {message.text}
        </span>
      ) : null}
    </span>
  );
}
