/**
 * The projector's side of the presenter view: a BroadcastChannel (same origin, same machine:
 * nothing leaves it) on which the presenter window says where to go, and this window says
 * where it is. Either window can close at any time; the other simply stops hearing from it.
 *
 * Messages: { type: 'go', layer } from the presenter; { type: 'at', layer, variant, lang }
 * from the projector after every step, and in answer to { type: 'hello' }.
 */
import { useEffect, useRef } from 'react';

/** The channel's name, shared by both windows. */
export const channelName = 'alexnet-presenter';

export type SyncMessage =
  | { readonly type: 'go'; readonly layer: string }
  | { readonly type: 'hello' }
  | { readonly type: 'at'; readonly layer: string; readonly variant: string; readonly lang: string };

/** True when `data` is one of the messages above (anything else on the channel is ignored). */
export function isSyncMessage(data: unknown): data is SyncMessage {
  if (!data || typeof data !== 'object') return false;
  const m = data as Record<string, unknown>;
  if (m.type === 'hello') return true;
  if (m.type === 'go') return typeof m.layer === 'string';
  return m.type === 'at' && typeof m.layer === 'string' && typeof m.variant === 'string' && typeof m.lang === 'string';
}

/** While `active`, follows 'go' messages and announces every step (layer, variant, lang). */
export function usePresenterSync(
  active: boolean,
  where: { layer: string; variant: string; lang: string },
  onGo: (layer: string) => void,
): void {
  const channel = useRef<BroadcastChannel | null>(null);
  const go = useRef(onGo);
  const here = useRef(where);
  useEffect(() => {
    go.current = onGo;
    here.current = where;
  });
  useEffect(() => {
    if (!active || typeof BroadcastChannel === 'undefined') return;
    const ch = new BroadcastChannel(channelName);
    channel.current = ch;
    ch.onmessage = (e: MessageEvent) => {
      if (!isSyncMessage(e.data)) return;
      if (e.data.type === 'go') go.current(e.data.layer);
      if (e.data.type === 'hello') ch.postMessage({ type: 'at', ...here.current });
    };
    return () => {
      ch.close();
      channel.current = null;
    };
  }, [active]);
  const { layer, variant, lang } = where;
  useEffect(() => {
    channel.current?.postMessage({ type: 'at', layer, variant, lang });
  }, [layer, variant, lang, active]);
}
