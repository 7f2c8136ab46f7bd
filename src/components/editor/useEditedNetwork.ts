/**
 * The edited network of the link (`#net=…`), decoded and checked by core. A link whose network
 * cannot be used falls back to the variant and says why, in a note the user can dismiss
 * (dismissing also drops the bad value from the link).
 *
 * const edited = useEditedNetwork(state.net, state.variant, update);
 * const spec = edited.network?.spec ?? variants[state.variant];
 */
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditedNetwork } from '../../core/editor/network';
import { decodeNetwork } from '../../core/editor/urlCodec';
import type { ViewState } from '../../state/viewState';
import { useProblemText } from './problemText';

export interface EditedNetworkHandle {
  /** The edited network, when the link holds one that works; the same object while `net` is unchanged. */
  readonly network?: EditedNetwork;
  /** Why the link's network was not used, translated; undefined when nothing is wrong. */
  readonly note?: string;
  readonly dismiss: () => void;
}

export function useEditedNetwork(
  net: string,
  variant: ViewState['variant'],
  update: (patch: Partial<ViewState>) => void,
): EditedNetworkHandle {
  const { t } = useTranslation();
  const { linkFailure } = useProblemText();
  const decoded = useMemo(() => (net ? decodeNetwork(net) : undefined), [net]);
  const dismiss = useCallback(() => update({ net: '' }), [update]);
  if (!decoded) return { dismiss };
  if (decoded.ok) return { network: decoded.network, dismiss };
  return { note: `${linkFailure(decoded)} ${t('editor.link.fallback', { base: t(`variant.${variant}`) })}`, dismiss };
}
