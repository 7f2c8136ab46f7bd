/**
 * One layer in the editor: its name and kind, an input per hyper-parameter with core's
 * message beside the field that causes it, its output and parameters when they can be
 * worked out, and buttons to move or remove it.
 */
import { useTranslation } from 'react-i18next';
import type { LayerInfo } from '../../core/analyze';
import type { DraftProblem } from '../../core/editor/problems';
import { layerFields } from '../../core/editor/schema';
import { formatInt } from '../../core/format';
import { type LayerSpec, formatShape } from '../../core/spec';
import { useProblemText } from './problemText';

interface Props {
  readonly layer: LayerSpec;
  readonly index: number;
  readonly info?: LayerInfo;
  readonly problems: readonly DraftProblem[];
  readonly canUp: boolean;
  readonly canDown: boolean;
  readonly onField: (field: string, value: number | string) => void;
  readonly onMove: (delta: number) => void;
  readonly onRemove?: () => void;
}

export function LayerRow({ layer, index, info, problems, canUp, canDown, onField, onMove, onRemove }: Props) {
  const { t } = useTranslation();
  const text = useProblemText();
  const record = layer as unknown as Readonly<Record<string, unknown>>;
  const idFor = (field: string) => `edit-${index}-${field}`;
  const messages = (field: string) => problems.filter((p) => p.field === field);
  const layerMessages = messages('');
  return (
    <li className="edit-row" data-testid={`edit-row-${layer.id}`}>
      <div className="edit-name">
        <strong>{layer.id}</strong> <span className="edit-kind">{t(`kind.${layer.kind}`)}</span>
      </div>
      <div className="edit-fields">
        {layerFields[layer.kind].map((f) => {
          const own = messages(f.name);
          const bad = own.some((p) => p.severity === 'error');
          const value = record[f.name];
          const describedBy = own.length > 0 ? `${idFor(f.name)}-msg` : undefined;
          return (
            <div key={f.name} className={bad ? 'edit-field edit-field-bad' : 'edit-field'}>
              {/* Named with its layer for screen readers ("conv2 stride"): every row has a stride. */}
              <label htmlFor={idFor(f.name)}>
                <span className="visually-hidden">{layer.id} </span>
                {text.fieldName(f.name)}
              </label>
              {f.type === 'enum' ? (
                <select id={idFor(f.name)} value={String(value)} onChange={(e) => onField(f.name, e.target.value)}>
                  {f.values.map((v) => (
                    <option key={v} value={v}>
                      {text.valueName(v)}
                    </option>
                  ))}
                </select>
              ) : (
                <input
                  id={idFor(f.name)}
                  type="number"
                  inputMode={f.type === 'int' ? 'numeric' : 'decimal'}
                  step={f.type === 'int' ? 1 : 'any'}
                  min={f.min}
                  max={f.max}
                  value={typeof value === 'number' && Number.isFinite(value) ? value : ''}
                  aria-invalid={bad}
                  aria-describedby={describedBy}
                  onChange={(e) => onField(f.name, e.target.value === '' ? Number.NaN : Number(e.target.value))}
                />
              )}
              {own.length > 0 ? (
                <span
                  id={describedBy}
                  className={bad ? 'edit-msg edit-msg-error' : 'edit-msg'}
                  role={bad ? 'alert' : undefined}
                >
                  {own.map((p) => text.draft(p)).join(' ')}
                </span>
              ) : null}
            </div>
          );
        })}
      </div>
      <div className="edit-out" data-testid={`edit-out-${layer.id}`}>
        {info ? (
          <>
            <span className="mono">{formatShape(info.outputShape)}</span>
            {info.params.total > 0 ? <span className="mono"> · {formatInt(info.params.total)}</span> : null}
          </>
        ) : null}
      </div>
      <div className="edit-actions">
        <button
          type="button"
          disabled={!canUp}
          aria-label={t('editor.edit.up', { layer: layer.id })}
          onClick={() => onMove(-1)}
        >
          ↑
        </button>
        <button
          type="button"
          disabled={!canDown}
          aria-label={t('editor.edit.down', { layer: layer.id })}
          onClick={() => onMove(1)}
        >
          ↓
        </button>
        {onRemove ? (
          <button type="button" aria-label={t('editor.edit.remove', { layer: layer.id })} onClick={onRemove}>
            ✕
          </button>
        ) : null}
      </div>
      {layerMessages.length > 0 ? (
        <p className="edit-msg edit-msg-error edit-row-msg" role="alert">
          {layerMessages.map((p) => text.draft(p)).join(' ')}
        </p>
      ) : null}
    </li>
  );
}
