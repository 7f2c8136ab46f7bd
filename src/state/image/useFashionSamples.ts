/**
 * Fashion-MNIST test images as samples, for a network trained in the lab (preset 'fashion'):
 * fetched from this site (public/lab, the same subset the lab trains on) when first asked for,
 * once per page, and kept. Each is a picked image like an upload: the walkthrough, the overview
 * and the attribution view take it as any photo.
 */
import { useEffect, useState } from 'react';
import { type FashionSample, loadFashionSamples } from '../../image/fashionSamples';

export type FashionSamplesState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'ready'; readonly samples: readonly FashionSample[] };

/** One sample per class, loaded once per page. */
let loaded: Promise<FashionSample[]> | undefined;

export function useFashionSamples(): FashionSamplesState {
  const [state, setState] = useState<FashionSamplesState>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    loaded ??= loadFashionSamples(1);
    loaded.then(
      (samples) => live && setState({ kind: 'ready', samples }),
      (err: unknown) => {
        loaded = undefined; // asking again retries
        if (live) setState({ kind: 'failed', message: String(err) });
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
