/**
 * The edited network of the link (`#net=…`), decoded and checked by core. A link whose network
 * cannot be used falls back to a variant and says why (the components translate `failure`);
 * dismissing the note drops the bad value from the link. The last good edited network is kept
 * in memory, so the network chooser can offer it again after the reader looked at a variant.
 *
 * const edited = useEditedNetwork(state.net, update);
 * edited.network?.spec  // the edited spec, the same object while `net` is unchanged
 */
import { useCallback, useMemo, useState } from 'react';
import type { EditedNetwork } from '../../core/editor/network';
import { type DecodeFailure, decodeNetwork } from '../../core/editor/urlCodec';
import type { ViewState } from '../viewState';

export interface EditedNetworkHandle {
  /** The edited network, when the link holds one that works. */
  readonly network?: EditedNetwork;
  /** Why the link's network was not used; undefined when nothing is wrong. */
  readonly failure?: DecodeFailure;
  /** The last edited network that worked (`net` value and network), also after switching away. */
  readonly last?: { readonly net: string; readonly network: EditedNetwork };
  readonly dismiss: () => void;
}

export function useEditedNetwork(net: string, update: (patch: Partial<ViewState>) => void): EditedNetworkHandle {
  const decoded = useMemo(() => (net ? decodeNetwork(net) : undefined), [net]);
  const [last, setLast] = useState<EditedNetworkHandle['last']>(undefined);
  // Derived state, set while rendering (React's pattern for it): no extra commit, no effect.
  if (decoded?.ok && last?.net !== net) setLast({ net, network: decoded.network });
  const dismiss = useCallback(() => update({ net: '' }), [update]);
  if (!decoded) return { dismiss, last };
  if (decoded.ok) return { network: decoded.network, dismiss, last };
  return { failure: decoded, dismiss, last };
}
