/** The 224-versus-227 puzzle, computed rather than asserted: shown for the paper's variant. */
import { useTranslation } from 'react-i18next';
import { windowSize } from '../core/arithmetic';
import { derivationText } from '../core/format';
import type { ConvLayer } from '../core/spec';

export function PuzzleNote({ conv1 }: { conv1: ConvLayer }) {
  const { t } = useTranslation();
  const printed = windowSize(224, conv1.kernel, conv1.stride, conv1.padding, 'floor', true);
  const working = windowSize(227, conv1.kernel, conv1.stride, conv1.padding, 'floor', true);
  // torchvision's way out, computed too: padding 2 at 224 is still uneven and is rounded down.
  const padded = windowSize(224, conv1.kernel, conv1.stride, 2, 'floor', true);
  const exact = `(224 − ${conv1.kernel} + 2·${conv1.padding})/${conv1.stride} + 1 = ${printed.exact}`;
  return (
    <aside className="panel puzzle" data-testid="puzzle">
      <h2>{t('puzzle.heading')}</h2>
      <p>
        {t('puzzle.body')} <code>{exact}</code>
      </p>
      <p>
        {t('puzzle.conclusion')} <code>{derivationText(working.derivation)}</code>
      </p>
      <p>
        {t('puzzle.torchvision')} <code>{derivationText(padded.derivation)}</code>
      </p>
    </aside>
  );
}
