/**
 * Keeps the view state and the URL hash in step: the hash is read on load and on every
 * `hashchange` (back/forward, a pasted link), and every change of state is written back.
 */
import { useCallback, useEffect, useState } from 'react';
import { type ParsedHash, type ViewState, parseHash, toHash } from '../state/viewState';

export interface ViewStateHandle {
  readonly state: ViewState;
  readonly rejected: ParsedHash['rejected'];
  readonly update: (patch: Partial<ViewState>) => void;
  readonly dismissRejected: () => void;
}

export function useViewState(): ViewStateHandle {
  const [firstHash] = useState(() => window.location.hash);
  const [parsed, setParsed] = useState<ParsedHash>(() => parseHash(firstHash));

  useEffect(() => {
    const onHash = () => setParsed(parseHash(window.location.hash));
    window.addEventListener('hashchange', onHash);
    // The first render commits a moment after the page has loaded (it renders as a transition,
    // main.tsx): a link followed meanwhile fired its hashchange before this listener existed.
    if (window.location.hash !== firstHash) onHash();
    return () => window.removeEventListener('hashchange', onHash);
  }, [firstHash]);

  useEffect(() => {
    const hash = toHash(parsed.state);
    // replaceState: stepping through layers should not flood the back button.
    if (hash !== window.location.hash) window.history.replaceState(null, '', hash);
  }, [parsed.state]);

  const update = useCallback(
    (patch: Partial<ViewState>) => setParsed((p) => ({ ...p, state: { ...p.state, ...patch } })),
    [],
  );
  const dismissRejected = useCallback(() => setParsed((p) => ({ ...p, rejected: [] })), []);
  return { state: parsed.state, rejected: parsed.rejected, update, dismissRejected };
}
