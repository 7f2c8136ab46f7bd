/**
 * The React face of the engine. Builds the network in the worker when the spec, seed or backend
 * choice changes, runs the image through it when the image or the model changes, and keeps the
 * previous activations on screen until new ones arrive. A newer request supersedes an older
 * one; answers to superseded requests are dropped.
 *
 * const engine = useEngine(variants.seed, 42, 'auto', { key: 'cat', pixels });
 * engine.activations?.get('conv1')  // { shape: [55, 55, 96], data: Float32Array(290400) }
 */
import { startTransition, useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { NetworkSpec } from '../../core/spec';
import type { RgbaImage, TensorData } from '../../core/tensorData';
import type { BackendChoice } from '../viewState';
import type { BackendInfo } from '../../tf/backendChoice';
import {
  type BuiltInfo,
  EngineError,
  type ForwardInfo,
  type SpeedResult,
  Superseded,
  pageEngine,
} from '../../tf/client';
import { requestBuild } from './requestBuild';
import type { ErrorCode, MemoryInfo, NoticeKey } from '../../tf/protocol';
import { type EngineWeights, weightsArgs } from '../weights/engineWeights';

export interface EngineView {
  status: 'starting' | 'building' | 'running' | 'ready' | 'error';
  /** The backend, why (an i18n key: engine.reason.* or webgpu.reason.*), the renderer and the WebGPU adapter. */
  backend?: BackendInfo;
  /** Every layer's output keyed by layer id ('input' = the normalised model input), for the image last forwarded. */
  activations?: ReadonlyMap<string, TensorData>;
  /** The id of the image (caller-supplied key) these activations belong to. */
  imageKey?: string;
  error?: { code: string; message: string };
  notice?: string; // e.g. fallback after context loss, already translated
  diagnostics: {
    modelReadyMs?: number;
    lastForwardMs?: number;
    numTensors?: number;
    numBytes?: number;
    /** Set by measureSpeed(). */
    speed?: SpeedResult;
  };
  /** Weights of a conv layer, [k,k,depth,filters]; resolves from the worker. A new function after each build. */
  getKernel(layerId: string): Promise<TensorData>;
  /** Times 10 forwards of the current image each way (diagnostics panel, bench). */
  measureSpeed(): Promise<SpeedResult>;
  /** How many times the worker died and was started again (an imported network must come back). */
  restarts: number;
}

interface State {
  readonly status: EngineView['status'];
  readonly backend?: BackendInfo;
  readonly forwarded?: ForwardInfo;
  /** Early layers from the worker while a build runs (cleared by the next whole forward). */
  readonly early?: { readonly imageKey: string; readonly activations: ReadonlyMap<string, TensorData> };
  readonly error?: { readonly code: ErrorCode; readonly detail: string };
  readonly notice?: NoticeKey | 'notice.restarted';
  readonly built?: BuiltInfo;
  readonly memory?: MemoryInfo;
  readonly speed?: SpeedResult;
  /** Bumped after every finished build (and after a rebuild on another backend). */
  readonly model: number;
  readonly forwardMs?: number;
  /** Bumped when the worker dies: the build runs again in a new worker. */
  readonly restarts: number;
}

type Action =
  | { type: 'building' }
  /** `running`: a forward follows at once (an image is there), so say so in the same render. */
  | { type: 'built'; info: BuiltInfo; running: boolean }
  | { type: 'running' }
  | { type: 'forwarded'; info: ForwardInfo }
  /** The early layers of the image on screen, while the build goes on. */
  | { type: 'early'; imageKey: string; activations: ReadonlyMap<string, TensorData> }
  | { type: 'backend'; backend: BackendInfo }
  | { type: 'rebuilt'; memory: MemoryInfo }
  | { type: 'notice'; key: NoticeKey }
  | { type: 'speed'; speed: SpeedResult }
  | { type: 'crashed' }
  | { type: 'error'; code: ErrorCode; detail: string };

const sameBackend = (a: BackendInfo | undefined, b: BackendInfo) =>
  a !== undefined &&
  a.name === b.name &&
  a.reason === b.reason &&
  a.renderer === b.renderer &&
  a.software === b.software &&
  a.webgpu?.available === b.webgpu?.available &&
  a.timing === b.timing;

/** Returns `s` itself when nothing changes, so that React skips the re-render of the app. */
function reduce(s: State, a: Action): State {
  switch (a.type) {
    case 'building':
      return s.status === 'building' && !s.error ? s : { ...s, status: 'building', error: undefined };
    case 'early':
      return { ...s, early: { imageKey: a.imageKey, activations: a.activations } };
    case 'built':
      return {
        ...s,
        status: a.running ? 'running' : 'ready',
        built: a.info,
        backend: a.info.backend,
        memory: a.info.memory,
        model: s.model + 1,
      };
    case 'running':
      return s.status === 'building' || s.status === 'running' ? s : { ...s, status: 'running' };
    case 'forwarded':
      return {
        ...s,
        status: s.status === 'building' ? s.status : 'ready',
        forwarded: a.info,
        early: undefined,
        memory: a.info.memory,
        forwardMs: a.info.roundTripMs,
      };
    case 'backend':
      return sameBackend(s.backend, a.backend) ? s : { ...s, backend: a.backend };
    case 'rebuilt':
      return { ...s, status: 'ready', memory: a.memory, model: s.model + 1 };
    case 'notice':
      return { ...s, notice: a.key };
    case 'speed':
      return { ...s, speed: a.speed };
    case 'crashed':
      return { ...s, status: 'building', error: undefined, notice: 'notice.restarted', restarts: s.restarts + 1 };
    case 'error':
      // A request cut short by a crash is not the news: the restart is, and it is under way.
      return a.code === 'workerCrashed' && s.restarts > 0
        ? s
        : { ...s, status: 'error', error: { code: a.code, detail: a.detail } };
  }
}

function asError(err: unknown, fallback: ErrorCode): { code: ErrorCode; detail: string } {
  if (err instanceof EngineError) return { code: err.code, detail: err.message };
  return { code: fallback, detail: err instanceof Error ? err.message : String(err) };
}

export function useEngine(
  spec: NetworkSpec,
  seed: number,
  backend: BackendChoice,
  image: { key: string; pixels: RgbaImage } | null,
  weights?: EngineWeights,
): EngineView {
  const { t } = useTranslation();
  // 'building' from the start: the first build is sent during the first render, below.
  const [state, dispatchNow] = useReducer(reduce, { status: 'building', model: 0, restarts: 0 });
  // Answers from the worker re-render the whole app. As transitions, those renders yield to the
  // browser every few milliseconds instead of holding the main thread for one long task.
  const dispatch = useCallback((a: Action) => startTransition(() => dispatchNow(a)), []);
  const hasImage = useRef(false);
  /** The weights of the model last built: the imported network's hash, or 'random'. */
  const builtWith = useRef('random');
  // One engine per page. Its first build was asked for before React rendered (main.tsx, through
  // requestBuild); the effect below asks for the same build, which costs nothing.
  const [client] = useState(() => {
    const c = pageEngine();
    c.setListener({
      onBackend: (b) => dispatch({ type: 'backend', backend: b }),
      onRebuilt: (_b, memory) => dispatch({ type: 'rebuilt', memory }),
      onNotice: (key) => dispatch({ type: 'notice', key }),
      onEarly: (imageKey, activations, weights) => {
        // detail.weights: which network these maps are of (the bench tells a restore's from the random one's).
        performance.mark('engine:early-activations', { detail: { weights: weights ?? 'random' } });
        dispatch({ type: 'early', imageKey, activations });
      },
      onCrash: () => dispatch({ type: 'crashed' }),
    });
    return c;
  });
  useEffect(() => () => client.dispose(), [client]);

  const restarts = state.restarts;
  const w = weightsArgs(weights, seed);
  const { buildSeed, trained, preset } = w;
  const onProgress = useRef(w.onProgress);
  useEffect(() => {
    onProgress.current = w.onProgress;
  });
  useEffect(() => {
    let live = true;
    dispatch({ type: 'building' });
    void restarts; // a new worker after a crash: the same build again
    requestBuild(spec, buildSeed, backend, trained, (p) => onProgress.current?.(p)).then(
      (info) => {
        if (!live) return;
        builtWith.current = trained?.sha256 ?? 'random';
        dispatch({ type: 'built', info, running: hasImage.current });
      },
      (err: unknown) => {
        if (live && !(err instanceof Superseded)) dispatch({ type: 'error', ...asError(err, 'buildFailed') });
      },
    );
    return () => {
      live = false;
    };
  }, [dispatch, spec, buildSeed, backend, trained, restarts]);

  const imageKey = image?.key;
  const pixels = image?.pixels;
  useEffect(() => {
    hasImage.current = imageKey !== undefined && pixels !== undefined;
  }, [imageKey, pixels]);
  // While a build runs, the worker learns the image on screen: it sends that image's conv
  // layers as soon as they are on the device, before the dense layers are made (`early`).
  const building = state.status === 'building';
  useEffect(() => {
    if (building && imageKey !== undefined && pixels) client.showWhileBuilding(imageKey, pixels, preset);
  }, [client, building, imageKey, pixels, preset]);
  useEffect(() => {
    if (state.model === 0 || imageKey === undefined || !pixels) return;
    let live = true;
    dispatch({ type: 'running' });
    const start = performance.now();
    client.forward(imageKey, pixels, 'all', 'view', preset).then(
      (info) => {
        if (!live) return;
        performance.measure('engine:forward', { start, end: performance.now(), detail: info.workerMs });
        performance.mark('engine:activations', { detail: { weights: builtWith.current } });
        dispatch({ type: 'forwarded', info });
      },
      (err: unknown) => {
        if (live && !(err instanceof Superseded)) dispatch({ type: 'error', ...asError(err, 'forwardFailed') });
      },
    );
    return () => {
      live = false;
    };
  }, [client, dispatch, state.model, imageKey, pixels, preset]);

  const model = state.model;
  const getKernel = useCallback(
    (layerId: string) => {
      void model; // a new function per model, so that users refetch after a rebuild
      return client.kernel(layerId);
    },
    [client, model],
  );

  const measureSpeed = useCallback(async () => {
    if (imageKey === undefined || !pixels) throw new EngineError('noImage', 'no image to measure with');
    const speed = await client.measureSpeed(imageKey, pixels);
    dispatch({ type: 'speed', speed });
    return speed;
  }, [client, dispatch, imageKey, pixels]);

  return useMemo(() => view(state, t, getKernel, measureSpeed), [state, t, getKernel, measureSpeed]);
}

function view(
  state: State,
  t: TFunction,
  getKernel: EngineView['getKernel'],
  measureSpeed: EngineView['measureSpeed'],
): EngineView {
  // The early layers, while the build goes on, stand in for the whole forward until it lands.
  const f = state.early ?? state.forwarded;
  return {
    status: state.status,
    backend: state.backend,
    activations: f?.activations,
    imageKey: f?.imageKey,
    error: state.error ? { code: state.error.code, message: t(`engine.error.${state.error.code}`) } : undefined,
    notice: state.notice ? t(`engine.${state.notice}`) : undefined,
    diagnostics: {
      modelReadyMs: state.built?.roundTripMs,
      lastForwardMs: state.forwardMs,
      numTensors: state.memory?.numTensors,
      numBytes: state.memory?.numBytes,
      speed: state.speed,
    },
    getKernel,
    measureSpeed,
    restarts: state.restarts,
  };
}
