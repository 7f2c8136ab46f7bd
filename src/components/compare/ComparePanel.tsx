/**
 * The compare view (`#compare=seed,paper`): two networks side by side, aligned by role, with
 * what differs summarised first, the receptive fields of both on one chart, and the table
 * with the changed cells marked. Either side may be `custom`, the edited network, or
 * `imported`, the network of an imported weight file (an ONNX graph brings its own).
 */
import { useTranslation } from 'react-i18next';
import { analyze } from '../../core/analyze';
import { compareNetworks } from '../../core/compare/diff';
import { type EditedNetwork, editedId } from '../../core/editor/network';
import type { NetworkSpec } from '../../core/spec';
import { isVariantId, variantIds, variants } from '../../core/variants';
import { CompareSummary } from './CompareSummary';
import { CompareTable } from './CompareTable';
import { RfChart } from './RfChart';
import './compare.css';

interface Props {
  /** "seed,paper" as in the link. */
  readonly value: string;
  readonly edited?: EditedNetwork;
  /** The network of the imported weight file, if one is in. */
  readonly imported?: NetworkSpec;
  readonly onChange: (value: string) => void;
}

/** Id of the imported network in `#compare=`. */
const importedId = 'imported';

/** The networks that can be compared: the built-in ones, and the edited and imported ones when there are. */
function choices(edited?: EditedNetwork, imported?: NetworkSpec): string[] {
  return [...variantIds, ...(edited ? [editedId] : []), ...(imported ? [importedId] : [])];
}

/** The two ids of "seed,paper", or seed and paper when the value names something unknown. */
function pickPair(value: string, allowed: readonly string[]): { left: string; right: string; valid: boolean } {
  const [left = '', right = ''] = value.split(',');
  const valid = allowed.includes(left) && allowed.includes(right);
  return valid ? { left, right, valid } : { left: 'seed', right: 'paper', valid };
}

function specOf(id: string, edited?: EditedNetwork, imported?: NetworkSpec): NetworkSpec {
  if (isVariantId(id)) return variants[id];
  return (id === importedId ? imported : edited?.spec) ?? variants.seed;
}

export function ComparePanel({ value, edited, imported, onChange }: Props) {
  const { t } = useTranslation();
  const allowed = choices(edited, imported);
  const { left, right, valid } = pickPair(value, allowed);
  const label = (id: string): string =>
    isVariantId(id)
      ? t(`variant.${id}`)
      : id === importedId
        ? t('editor.compare.imported', { name: imported?.name ?? '' })
        : t('editor.compare.edited');
  const leftSpec = specOf(left, edited, imported);
  const rightSpec = specOf(right, edited, imported);
  // Two analyses of ~24 layers: cheap enough to redo on every render, no memo needed.
  const comparison = compareNetworks(analyze(leftSpec), analyze(rightSpec));

  const picker = (side: 'left' | 'right', current: string) => (
    <label>
      {t(`editor.compare.${side}`)}{' '}
      <select
        value={current}
        data-testid={`compare-${side}`}
        onChange={(e) => onChange(side === 'left' ? `${e.target.value},${right}` : `${left},${e.target.value}`)}
      >
        {allowed.map((id) => (
          <option key={id} value={id}>
            {label(id)}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <section className="panel compare-panel" aria-labelledby="compare-heading" data-testid="compare-view">
      <div className="panel-head">
        <h2 id="compare-heading">{t('editor.compare.heading')}</h2>
      </div>
      {valid ? null : (
        <p className="notice" role="alert">
          {t('editor.compare.badLink', { value, left: label(left), right: label(right) })}
        </p>
      )}
      <div className="compare-pickers">
        {picker('left', left)}
        {picker('right', right)}
      </div>
      <CompareSummary comparison={comparison} leftName={label(left)} rightName={label(right)} />
      <RfChart comparison={comparison} leftName={label(left)} rightName={label(right)} />
      <CompareTable comparison={comparison} leftName={label(left)} rightName={label(right)} />
    </section>
  );
}
