/**
 * The one place that asks the engine for a build: the session's early start (main.tsx, before
 * React renders) and the engine hook's effect both come here. Asking twice for the same build
 * costs nothing: the client returns the same promise.
 */
import type { NetworkSpec } from '../../core/spec';
import { decodeNetwork } from '../../core/editor/urlCodec';
import { isVariantId, variants } from '../../core/variants';
import { type BuiltInfo, type ImportProgress, pageEngine } from '../../tf/client';
import type { TrainedWeights } from '../../tf/weights/messages';
import type { BackendChoice, ViewState } from '../viewState';

export function requestBuild(
  spec: NetworkSpec,
  seed: number,
  backend: BackendChoice,
  trained?: TrainedWeights,
  onProgress?: (p: ImportProgress) => void,
): Promise<BuiltInfo> {
  return pageEngine().build(spec, seed, backend, trained, onProgress);
}

/**
 * Starts the engine before React renders, for the network the link shows: the worker, its
 * backend and the random weights then load while the first screen renders. An imported network
 * waits for its file (the weights come from it, not from the seed); when the link asks for the
 * one kept on this device, the worker starts reading its record now, and the weights hook finds
 * the answer waiting (the client keeps it).
 */
export function startEngineEarly(state: ViewState): void {
  if (state.variant === 'imported' && state.weights === '')
    pageEngine()
      .restoreKept()
      .catch(() => undefined);
  const edited = state.variant === 'edited' && state.net ? decodeNetwork(state.net) : undefined;
  const spec = edited?.ok ? edited.network.spec : isVariantId(state.variant) ? variants[state.variant] : undefined;
  if (!spec) return;
  // Errors and superseding are the app's to show: its engine hook holds the same promise.
  requestBuild(spec, state.seed, state.backend).catch(() => undefined);
}
