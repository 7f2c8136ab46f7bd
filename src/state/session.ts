/**
 * The session: everything the page knows, in one place. The view state and its link, the chosen
 * photo, the imported and kept weights, the edited network, the network on screen and the engine
 * session. Components read it and dispatch to it; they never reach the engine themselves.
 *
 * const session = useSession();
 * session.network.spec        // the spec on screen (variant, imported file's or edited)
 * session.engine.activations  // every layer's output for session.image.image
 */
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { type Analysis, analyze } from '../core/analyze';
import type { PickedImage } from '../image/picked';
import { type EngineView, useEngine } from './engine/useEngine';
import { type ChosenImage, useChosenImage } from './image/useChosenImage';
import { type EditedNetworkHandle, useEditedNetwork } from './network/useEditedNetwork';
import { type CurrentNetwork, denormalizeFor, useNetwork } from './network/useNetwork';
import { useViewState, type ViewStateHandle } from './useViewState';
import type { NetworkChoice, SampleId, View, ViewState } from './viewState';
import { routeFiles } from './weights/fileRoute';
import { type WeightsView, useWeights } from './weights/useWeights';
import type { RgbaImage } from '../core/tensorData';
import type { AttributionSubject } from './attribution/subject';
import { useAttributionSubject } from './attribution/useSubject';

export interface Session {
  readonly view: ViewStateHandle;
  readonly image: ChosenImage;
  readonly weights: WeightsView;
  readonly edited: EditedNetworkHandle;
  readonly network: CurrentNetwork;
  readonly analysis: Analysis;
  readonly engine: EngineView;
  /** The crop the model saw, rebuilt from its input; null until the first forward. */
  readonly cropped: RgbaImage | null;
  /** What attribution maps are of: this photo on this network with these weights, and whether the engine has run it. */
  readonly attributionSubject: AttributionSubject;
  /** Opens a view (a new history entry), at its top. */
  readonly go: (view: View, patch?: Partial<ViewState>) => void;
  /** Shows another network: a variant, the imported file's, or the edited one. */
  readonly chooseNetwork: (choice: NetworkChoice) => void;
  readonly chooseSample: (id: SampleId | 'upload') => void;
  /**
   * Files from the photo picker, a drop or a paste: weight files (told apart by their bytes) go to
   * the importer; the rest resolve as the images to decode.
   */
  readonly takeFiles: (files: readonly File[]) => Promise<File[]>;
  readonly setUpload: (image: PickedImage) => void;
}

export function useSession(): Session {
  const view = useViewState();
  const { state, update } = view;
  const edited = useEditedNetwork(state.net, update);
  const onForgetLink = useCallback(() => update({ weights: '' }), [update]);
  // A file imported and checked is what the reader wants to see: the chooser moves to it.
  const onImported = useCallback(() => update({ variant: 'imported', net: '' }), [update]);
  const weights = useWeights({ link: state.weights, wanted: state.variant === 'imported', onImported, onForgetLink });
  const network = useNetwork(state.variant, state.seed, weights, edited, view.netBase);
  const analysis = useMemo(() => analyze(network.spec), [network.spec]);

  const chooseSample = useCallback((image: SampleId | 'upload') => update({ image }), [update]);
  const image = useChosenImage(state.image, chooseSample);
  const engine = useEngine(network.spec, state.seed, state.backend, image.image, network.engineWeights);
  const modelInput = engine.activations?.get('input');
  const preset = network.preset;
  const cropped = useMemo(() => (modelInput ? denormalizeFor(modelInput, preset) : null), [modelInput, preset]);

  // After the engine's worker died, the new one knows nothing of the imported file: bring it back.
  const restarts = useRef(engine.restarts);
  const { restore } = weights;
  const importedOnScreen = network.choice === 'imported';
  useEffect(() => {
    if (engine.restarts === restarts.current) return;
    restarts.current = engine.restarts;
    if (importedOnScreen) restore();
  }, [engine.restarts, importedOnScreen, restore]);

  const go = useCallback((v: View, patch: Partial<ViewState> = {}) => update({ ...patch, view: v }), [update]);
  const { last } = edited;
  const chooseNetwork = useCallback(
    (choice: NetworkChoice) => {
      if (choice === 'edited') update({ variant: 'edited', net: last?.net ?? '' });
      else update({ variant: choice, net: '', layer: 'input' });
    },
    [update, last],
  );
  const { importFile } = weights;
  const takeFiles = useCallback((files: readonly File[]) => routeFiles(files, importFile), [importFile]);
  const { setUpload } = image;

  const attributionSubject = useAttributionSubject(
    image.image,
    network.spec,
    state.seed,
    network.engineWeights?.sha256 ?? null,
    network.preset,
    engine.status === 'ready' && engine.imageKey === image.image?.key,
  );
  return {
    view,
    image,
    weights,
    edited,
    network,
    analysis,
    engine,
    cropped,
    attributionSubject,
    go,
    chooseNetwork,
    chooseSample,
    takeFiles,
    setUpload,
  };
}
