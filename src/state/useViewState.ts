/**
 * Keeps the view state and the URL hash in step: the hash is read on load and on every
 * `hashchange` (Back, Forward, a pasted link), and every change of state is written back. A move
 * to another place (view, network, mode) pushes a history entry, so Back returns to it; a step
 * within a view replaces the entry, so stepping through 27 layers does not flood Back.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { type ParsedHash, type ViewState, isNewPlace, parseHash, toHash } from './viewState';

export interface ViewStateHandle {
  readonly state: ViewState;
  readonly rejected: ParsedHash['rejected'];
  /** The variant an older link named beside its edited network (the fallback if it is unusable). */
  readonly netBase: ParsedHash['netBase'];
  readonly update: (patch: Partial<ViewState>) => void;
  readonly dismissRejected: () => void;
}

/**
 * The state a new hash gives, from the state on screen: a hash that does not name an image keeps
 * the user's own photo (it is never in the URL), so Back or a step link does not drop it.
 */
export function fromHash(hash: string, current: ViewState | undefined): ParsedHash {
  const parsed = parseHash(hash);
  if (current?.image === 'upload' && !parsed.named.has('image'))
    return { ...parsed, state: { ...parsed.state, image: 'upload' } };
  return parsed;
}

export function useViewState(): ViewStateHandle {
  const [firstHash] = useState(() => window.location.hash);
  const [parsed, setParsed] = useState<ParsedHash>(() => parseHash(firstHash));
  // The state the URL holds now: what a push or replace is decided against.
  const written = useRef<ViewState>(parsed.state);

  useEffect(() => {
    const onHash = () =>
      setParsed((p) => {
        const next = fromHash(window.location.hash, p.state);
        written.current = next.state;
        return next;
      });
    window.addEventListener('hashchange', onHash);
    // The first render commits a moment after the page has loaded (it renders as a transition,
    // main.tsx): a link followed meanwhile fired its hashchange before this listener existed.
    if (window.location.hash !== firstHash) onHash();
    return () => window.removeEventListener('hashchange', onHash);
  }, [firstHash]);

  useEffect(() => {
    const hash = toHash(parsed.state);
    const before = written.current;
    written.current = parsed.state;
    if (hash === window.location.hash) return;
    if (isNewPlace(before, parsed.state)) window.history.pushState(null, '', hash);
    else window.history.replaceState(null, '', hash);
  }, [parsed.state]);

  const update = useCallback(
    (patch: Partial<ViewState>) => setParsed((p) => ({ ...p, state: { ...p.state, ...patch } })),
    [],
  );
  const dismissRejected = useCallback(() => setParsed((p) => ({ ...p, rejected: [] })), []);
  return { state: parsed.state, rejected: parsed.rejected, netBase: parsed.netBase, update, dismissRejected };
}
