/**
 * The code view (`#code=pytorch|keras|tfjs`): the current network (built-in or edited) as
 * code, shown as text, with copy and download. The code comes from core/codegen; the
 * PyTorch file prints the same shapes and parameter counts as the app's table.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Analysis } from '../../core/analyze';
import { type CodeTarget, codeFileName, codeTargets, exportCode } from '../../core/codegen';
import type { NetworkSpec } from '../../core/spec';
import { downloadBlob } from '../classroom/download';

interface Props {
  readonly target: CodeTarget;
  readonly spec: NetworkSpec;
  readonly analysis: Analysis;
  readonly onTarget: (target: CodeTarget) => void;
}

export function CodePanel({ target, spec, analysis, onTarget }: Props) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const file = codeFileName(target, spec.id);
  const code = useMemo(
    () => (analysis.ok ? exportCode(target, analysis, spec.name, file) : ''),
    [target, analysis, spec.name, file],
  );
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <section className="panel code-panel" aria-labelledby="code-heading" data-testid="code-view">
      <div className="panel-head">
        <h2 id="code-heading">{t('editor.code.heading')}</h2>
      </div>
      <p className="panel-intro">{t('editor.code.intro')}</p>
      <fieldset className="code-targets">
        <legend>{t('editor.code.targets')}</legend>
        {codeTargets.map((c) => (
          <label key={c} className={c === target ? 'chip chip-on' : 'chip'}>
            <input type="radio" name="code-target" value={c} checked={c === target} onChange={() => onTarget(c)} />
            {t(`editor.code.${c}`)}
          </label>
        ))}
      </fieldset>
      <div className="code-actions">
        <button type="button" onClick={() => void copy()}>
          {t('editor.code.copy')}
        </button>
        <button
          type="button"
          data-testid="code-download"
          onClick={() => downloadBlob(new Blob([code], { type: 'text/plain;charset=utf-8' }), file)}
        >
          {t('editor.code.download', { file })}
        </button>
        <span role="status">{copied ? t(copied === 'yes' ? 'editor.code.copied' : 'editor.code.copyFailed') : ''}</span>
      </div>
      <pre
        className="code-text"
        tabIndex={0}
        aria-label={t('editor.code.label', { target: t(`editor.code.${target}`), name: spec.name })}
      >
        <code data-testid="code-text">{code}</code>
      </pre>
    </section>
  );
}
