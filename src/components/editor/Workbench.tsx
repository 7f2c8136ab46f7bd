/**
 * The "change the network" tools: a bar that opens the editor (`#edit`), the compare view
 * (`#compare=seed,paper`) and the code view (`#code=pytorch`), says when the app shows an
 * edited network, and the open views themselves.
 */
import { useTranslation } from 'react-i18next';
import type { Analysis } from '../../core/analyze';
import type { EditedNetwork } from '../../core/editor/network';
import type { NetworkSpec } from '../../core/spec';
import type { ViewState } from '../../state/viewState';
import { CodePanel } from '../code/CodePanel';
import { ComparePanel } from '../compare/ComparePanel';
import { EditorPanel } from './EditorPanel';
import './editor.css';

interface Props {
  readonly state: ViewState;
  readonly update: (patch: Partial<ViewState>) => void;
  readonly spec: NetworkSpec;
  readonly analysis: Analysis;
  readonly edited?: EditedNetwork;
  /** The network of the imported weight file, offered to the compare view. */
  readonly imported?: NetworkSpec;
}

/** What the compare button opens: the variant against the edited or imported network, or a neighbour. */
function defaultPair(variant: ViewState['variant'], hasEdited: boolean, hasImported = false): string {
  if (hasEdited) return `${variant},custom`;
  if (hasImported) return `${variant},imported`;
  return variant === 'paper' ? 'seed,paper' : `${variant},paper`;
}

export function Workbench({ state, update, spec, analysis, edited, imported }: Props) {
  const { t } = useTranslation();
  const baseName = t(`variant.${state.variant}`);
  return (
    <div className="workbench present-hide">
      <nav className="workbench-bar" aria-label={t('editor.tools.label')}>
        <button type="button" aria-pressed={state.edit} onClick={() => update({ edit: !state.edit })}>
          {t('editor.tools.edit')}
        </button>
        <button
          type="button"
          aria-pressed={state.compare !== ''}
          onClick={() =>
            update({
              compare: state.compare ? '' : defaultPair(state.variant, edited !== undefined, imported !== undefined),
            })
          }
        >
          {t('editor.tools.compare')}
        </button>
        <button
          type="button"
          aria-pressed={state.code !== ''}
          onClick={() => update({ code: state.code ? '' : 'pytorch' })}
        >
          {t('editor.tools.code')}
        </button>
        {edited ? (
          <span className="workbench-edited" data-testid="edited-badge">
            {t('editor.tools.edited', { base: baseName })}{' '}
            <button type="button" onClick={() => update({ net: '', layer: 'input' })}>
              {t('editor.tools.revert', { base: baseName })}
            </button>
          </span>
        ) : null}
      </nav>
      {state.edit ? (
        <EditorPanel
          base={state.variant}
          layers={spec.layers}
          net={state.net}
          onCommit={(net, variant) => update({ net, variant })}
          onStartFrom={(variant) => update({ net: '', variant, layer: 'input' })}
        />
      ) : null}
      {state.compare ? (
        <ComparePanel
          value={state.compare}
          edited={edited}
          imported={imported}
          onChange={(compare) => update({ compare })}
        />
      ) : null}
      {state.code ? (
        <CodePanel target={state.code} spec={spec} analysis={analysis} onTarget={(code) => update({ code })} />
      ) : null}
    </div>
  );
}
