/**
 * Which network is on screen, as a choice: the four variants, then the imported file's network
 * and the edited one when they exist. The chooser always names what the page shows (an imported
 * file still arriving is named, marked "restoring").
 */
import { useTranslation } from 'react-i18next';
import type { ChooserEntry } from '../../state/network/useNetwork';
import type { NetworkChoice } from '../../state/viewState';

interface Props {
  readonly value: NetworkChoice;
  readonly entries: readonly ChooserEntry[];
  readonly onChoose: (choice: NetworkChoice) => void;
}

export function NetworkChooser({ value, entries, onChoose }: Props) {
  const { t } = useTranslation();
  const name = (e: ChooserEntry): string =>
    e.choice === 'imported'
      ? t(e.restoring ? 'shell.network.importedRestoring' : 'shell.network.imported', { file: e.fileName })
      : e.choice === 'edited'
        ? t('shell.network.edited', { base: t(`variant.${e.base}`) })
        : t(`variant.${e.choice}`);
  return (
    <label className="chooser network-chooser">
      <span className="chooser-label">{t('shell.network.label')}</span>
      <select
        value={value}
        onChange={(e) => {
          const next = entries.find((x) => x.choice === e.target.value);
          if (next) onChoose(next.choice);
        }}
        data-testid="network-chooser"
      >
        {entries.map((e) => (
          <option key={e.choice} value={e.choice}>
            {name(e)}
          </option>
        ))}
      </select>
    </label>
  );
}
