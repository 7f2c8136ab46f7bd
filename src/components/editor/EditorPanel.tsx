/**
 * The architecture editor (`#edit`): a draft of the network's layers that the student changes
 * freely. Core checks the draft on every keystroke and its messages sit beside the fields;
 * whenever the draft works, it is written to the link after a short pause, and the whole app
 * (walkthrough, diagram, quiz, table, exports, engine) follows it. The app keeps showing the
 * last network that worked while the draft does not.
 */
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { analyze } from '../../core/analyze';
import { addLayer, canMove, moveLayer, removeLayer, setField } from '../../core/editor/edits';
import { editedSpec } from '../../core/editor/network';
import { draftProblems } from '../../core/editor/problems';
import { encodeNetwork } from '../../core/editor/urlCodec';
import { formatInt } from '../../core/format';
import type { LayerSpec } from '../../core/spec';
import { type VariantId, variantIds } from '../../core/variants';
import { AddLayer } from './AddLayer';
import { JsonFileButtons } from './JsonFileButtons';
import { LayerRow } from './LayerRow';
import { useProblemText } from './problemText';

interface Props {
  readonly base: VariantId;
  /** The layers the app shows now (edited or built-in). */
  readonly layers: readonly LayerSpec[];
  /** `net` as in the link ('' for a built-in variant): tells this panel's own commits from outside changes. */
  readonly net: string;
  readonly onCommit: (net: string, base: VariantId) => void;
  readonly onStartFrom: (base: VariantId) => void;
}

/** A pause after the last keystroke before the engine rebuilds (a build takes seconds). */
const commitDelayMs = 400;

export function EditorPanel({ base, layers, net, onCommit, onStartFrom }: Props) {
  const { t } = useTranslation();
  const text = useProblemText();
  const [draft, setDraft] = useState<{ base: VariantId; layers: readonly LayerSpec[] }>({ base, layers });
  const [pending, setPending] = useState(false);
  const [pick, setPick] = useState<VariantId>(base);
  // When the network changes from outside (another variant, a pasted link), start over from it.
  const source = net || `variant:${base}`;
  const [seen, setSeen] = useState({ source, mine: '' });
  if (seen.source !== source) {
    // Our own last commit coming back through the link is no news; anything else is, and once
    // the draft has started over from it, that commit is no longer ours to recognise (choosing
    // the edited network again in the chooser must bring its layers back).
    const echo = source === seen.mine;
    setSeen({ source, mine: echo ? seen.mine : '' });
    if (!echo) {
      setDraft({ base, layers });
      setPick(base);
    }
  }
  const timer = useRef<number | undefined>(undefined);
  const problems = useMemo(() => draftProblems(draft.base, draft.layers), [draft]);
  const analysis = useMemo(() => analyze(editedSpec(draft.base, draft.layers)), [draft]);
  const ok = !problems.some((p) => p.severity === 'error');

  const change = (next: readonly LayerSpec[], nextBase: VariantId = draft.base, delay = commitDelayMs) => {
    setDraft({ base: nextBase, layers: next });
    window.clearTimeout(timer.current);
    const works = !draftProblems(nextBase, next).some((p) => p.severity === 'error');
    setPending(works);
    if (!works) return;
    timer.current = window.setTimeout(() => {
      const encoded = encodeNetwork(nextBase, next);
      setSeen((s) => ({ ...s, mine: encoded }));
      setPending(false);
      onCommit(encoded, nextBase);
    }, delay);
  };
  const rows = draft.layers;

  return (
    <section className="panel editor-panel" aria-labelledby="editor-heading" data-testid="editor">
      <h2 id="editor-heading">{t('editor.edit.heading')}</h2>
      <p className="panel-intro">{t('editor.edit.intro')}</p>
      <div className="editor-bar">
        <label>
          {t('editor.edit.startFrom')}{' '}
          <select value={pick} onChange={(e) => setPick(e.target.value as VariantId)}>
            {variantIds.map((id) => (
              <option key={id} value={id}>
                {t(`variant.${id}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => onStartFrom(pick)}>
          {t('editor.edit.start')}
        </button>
        <JsonFileButtons base={draft.base} layers={draft.layers} onLoad={(b, l) => change(l, b, 0)} />
      </div>
      <p className={ok ? 'editor-status' : 'editor-status editor-status-bad'} data-testid="editor-status">
        {ok
          ? t('editor.edit.valid', { params: formatInt(analysis.totals.params), macs: formatInt(analysis.totals.macs) })
          : t('editor.edit.invalid')}
        {pending ? ` ${t('editor.edit.pending')}` : ''}
      </p>
      {problems
        .filter((p) => p.layerIndex < 0)
        .map((p) => (
          <p key={p.code} className="edit-msg edit-msg-error" role="alert">
            {text.draft(p)}
          </p>
        ))}
      <ol className="edit-rows" aria-label={t('editor.edit.layers')}>
        {rows.map((layer, i) => (
          <LayerRow
            // Keyed by id so a moved row keeps its focus; a repeated id (core reports it) gets a suffix.
            key={rows.slice(0, i).some((l) => l.id === layer.id) ? `${layer.id}-${i}` : layer.id}
            layer={layer}
            index={i}
            info={analysis.layers[i]}
            problems={problems.filter((p) => p.layerIndex === i)}
            canUp={canMove(rows, i, -1)}
            canDown={canMove(rows, i, 1)}
            onField={(field, value) => change(setField(rows, i, field, value))}
            onMove={(delta) => change(moveLayer(rows, i, delta))}
            onRemove={i > 0 ? () => change(removeLayer(rows, i)) : undefined}
          />
        ))}
      </ol>
      <AddLayer layers={rows} onAdd={(after, kind) => change(addLayer(rows, after, kind))} />
    </section>
  );
}
