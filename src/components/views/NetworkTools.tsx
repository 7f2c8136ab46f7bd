/**
 * The views that change the network and take it away: the editor (`#view=edit`), two networks
 * side by side (`#view=compare&compare=seed,paper`) and the network as code
 * (`#view=code&code=keras`). Loaded on demand (lazyParts.tsx): the first screen never waits
 * for them.
 */
import { useTranslation } from 'react-i18next';
import type { VariantId } from '../../core/variants';
import type { Session } from '../../state/session';
import { CodePanel } from '../code/CodePanel';
import { ComparePanel } from '../compare/ComparePanel';
import { EditorPanel } from '../editor/EditorPanel';
import '../editor/editor.css';

/** The pair the compare view opens on: the base against the edited or imported network, or a neighbour. */
export function defaultPair(base: VariantId, hasEdited: boolean, hasImported: boolean): string {
  if (hasEdited) return `${base},custom`;
  if (hasImported) return `${base},imported`;
  return base === 'paper' ? 'seed,paper' : `${base},paper`;
}

export function EditView({ session }: { session: Session }) {
  const { t } = useTranslation();
  const { view, network, edited } = session;
  const { state, update } = view;
  const base = network.base;
  const baseName = t(`variant.${base}`);
  return (
    <div className="workbench">
      <EditorPanel
        base={base}
        layers={network.spec.layers}
        net={state.variant === 'edited' ? state.net : ''}
        onCommit={(net, variant) => update({ net, variant: net ? 'edited' : variant })}
        onStartFrom={(variant) => update({ net: '', variant, layer: 'input' })}
      />
      {edited.network && network.choice === 'edited' ? (
        <p className="workbench-edited" data-testid="edited-badge">
          {t('editor.tools.edited', { base: baseName })}{' '}
          <button type="button" onClick={() => update({ net: '', variant: base, layer: 'input' })}>
            {t('editor.tools.revert', { base: baseName })}
          </button>
        </p>
      ) : null}
    </div>
  );
}

export function CompareView({ session }: { session: Session }) {
  const { view, network, edited, weights } = session;
  const { state, update } = view;
  const value = state.compare || defaultPair(network.base, edited.last !== undefined, weights.summary !== undefined);
  return (
    <div className="workbench">
      <ComparePanel
        value={value}
        edited={edited.last?.network}
        imported={weights.summary?.spec}
        onChange={(compare) => update({ compare })}
      />
    </div>
  );
}

export function CodeView({ session }: { session: Session }) {
  const { view, network, analysis } = session;
  const { state, update } = view;
  return (
    <div className="workbench">
      <CodePanel target={state.code} spec={network.spec} analysis={analysis} onTarget={(code) => update({ code })} />
    </div>
  );
}
