/**
 * The trained networks leave the lab: each run is kept on this device as it trains (the
 * session layer does that), and can be exported as a .pth file that PyTorch and this app's
 * weight import both read. `onUse`, when the shell provides it, hands the file to the import.
 */
import { useTranslation } from 'react-i18next';
import type { LabHandle, LabNetwork, RunId } from '../../state/lab/useLab';

interface Props {
  readonly lab: LabHandle;
  /** Loads a run's network into the rest of the app (the shell wires it to the weights import). */
  readonly onUse?: (network: LabNetwork) => void;
}

/** Saves a Blob under a file name through a temporary link (no other origin involved). */
function download(file: Blob, name: string): void {
  const url = URL.createObjectURL(file);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function UseNetwork({ lab, onUse }: Props) {
  const { t } = useTranslation();
  const runs: RunId[] = ['a', 'b'];
  return (
    <section className="lab-use" aria-labelledby="lab-use-heading" data-testid="lab-use">
      <h3 id="lab-use-heading">{t('lab.use.heading')}</h3>
      <p className="lab-note">{t('lab.use.intro')}</p>
      <div className="lab-buttons">
        {runs.flatMap((id) => {
          const has = (id === 'a' ? lab.a : lab.b).checkpoint !== undefined;
          const run = id.toUpperCase();
          const act = (use: boolean) => () => {
            const net = lab.network(id);
            if (net && use && onUse) onUse(net);
            else if (net) download(net.file, net.fileName);
          };
          const title = has ? undefined : t('lab.use.exportNone', { run });
          return [
            <button
              key={`${id}-export`}
              type="button"
              disabled={!has}
              title={title}
              onClick={act(false)}
              data-testid={`lab-export-${id}`}
            >
              {t('lab.use.export', { run })}
            </button>,
            onUse ? (
              <button
                key={`${id}-open`}
                type="button"
                disabled={!has}
                title={title}
                onClick={act(true)}
                data-testid={`lab-open-${id}`}
              >
                {t('lab.use.open', { run })}
              </button>
            ) : null,
          ];
        })}
      </div>
      <p className="lab-note mono">{t('lab.use.python', { file: 'alexnet-lab-a-relu-it174.pth' })}</p>
    </section>
  );
}
