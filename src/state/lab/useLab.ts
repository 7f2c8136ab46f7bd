/**
 * The lab's session: two runs (A and B, one worker each), their settings from the link
 * (`lab=`, core/lab/labCode.ts), and their keeping on this device. Components read what it
 * returns and call its actions; they never see a worker.
 *
 * A run always belongs to the settings on screen: changing a run's switches resets that run,
 * changing the shared settings resets both. Kept runs whose settings match the link's come back
 * on reload, paused where they were kept.
 */
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { decodeLab, encodeLab } from '../../core/lab/labCode';
import { type LabSettings, type RunSwitches, defaultLab, figure1Runs } from '../../core/lab/settings';
import type { BackendChoice } from '../../tf/backendChoices';
import { type RunId, forgetRun, keepRun, keptRun } from './labStore';
import { type LabNetwork, networkOf } from './labNetwork';
import { type KeptRun, type LabRunConfig, RunStore, type RunSnapshot } from './runStore';

export type { RunId, RunSnapshot, LabNetwork };

export interface LabHandle {
  readonly settings: LabSettings;
  readonly a: RunSnapshot;
  readonly b: RunSnapshot;
  /** True when the runs are Figure 1's: ReLU and tanh, each stopping at the target. */
  readonly figure1: boolean;
  /** New settings (written to the link); runs they no longer describe are reset. */
  readonly setSettings: (next: LabSettings) => void;
  readonly start: () => void;
  readonly pause: () => void;
  readonly resume: () => void;
  readonly reset: () => void;
  /** Sets B to A with tanh and A with ReLU, and trains both until the target training error. */
  readonly reproduceFigure1: () => void;
  /** A run's network as it is at its last checkpoint, as a .pth (undefined before one). */
  readonly network: (id: RunId) => LabNetwork | undefined;
}

/** The settings a link's `lab=` value stands for ('' or a value not understood: the defaults). */
export function labSettingsOf(code: string): LabSettings {
  return (code && decodeLab(code)) || defaultLab;
}

const sameJson = (x: unknown, y: unknown) => JSON.stringify(x) === JSON.stringify(y);

/** Least time between two writes of a run to IndexedDB. */
const keepEveryMs = 1000;

/** A store per run, and a throttled keeper that writes the latest state of each. */
function useRunStore(id: RunId): RunStore {
  const [store] = useState(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let latest: KeptRun | undefined;
    const write = () => {
      timer = undefined;
      if (latest) void keepRun(id, latest).catch(() => undefined); // kept is a courtesy: training goes on
      latest = undefined;
    };
    return new RunStore(id, (kept) => {
      latest = kept;
      timer ??= setTimeout(write, keepEveryMs);
    });
  });
  useEffect(() => () => store.dispose(), [store]);
  return store;
}

export function useLab(code: string, onCode: (code: string) => void, backend: BackendChoice): LabHandle {
  const settings = useMemo(() => labSettingsOf(code), [code]);
  const storeA = useRunStore('a');
  const storeB = useRunStore('b');
  const a = useSyncExternalStore(storeA.subscribe, storeA.snapshot);
  const b = useSyncExternalStore(storeB.subscribe, storeB.snapshot);

  const configOf = useCallback(
    (switches: RunSwitches, s: LabSettings, stopAtTarget: boolean): LabRunConfig => ({
      switches,
      shared: s.shared,
      backend,
      data: {
        train: new URL('lab/train.fmnz', document.baseURI).href,
        test: new URL('lab/test.fmnz', document.baseURI).href,
      },
      stopAtTarget,
    }),
    [backend],
  );

  // Kept runs come back if they belong to the settings on screen.
  useEffect(() => {
    let live = true;
    for (const [id, store, switches] of [
      ['a', storeA, settings.a],
      ['b', storeB, settings.b],
    ] as const) {
      if (store.snapshot().status !== 'idle') continue;
      void keptRun(id)
        .then((kept) => {
          const fits =
            kept && sameJson(kept.config.switches, switches) && sameJson(kept.config.shared, settings.shared);
          if (live && kept && fits && store.snapshot().status === 'idle') store.restore(kept);
        })
        .catch(() => undefined);
    }
    return () => {
      live = false;
    };
  }, [storeA, storeB, settings]);

  const setSettings = useCallback(
    (next: LabSettings) => {
      for (const [id, store, switches] of [
        ['a', storeA, next.a],
        ['b', storeB, next.b],
      ] as const) {
        const config = store.snapshot().config;
        if (config && !(sameJson(config.switches, switches) && sameJson(config.shared, next.shared))) {
          store.reset();
          void forgetRun(id).catch(() => undefined);
        }
      }
      onCode(sameJson(next, defaultLab) ? '' : encodeLab(next));
    },
    [storeA, storeB, onCode],
  );

  const both = [storeA, storeB] as const;
  const start = () => {
    storeA.start(configOf(settings.a, settings, false));
    storeB.start(configOf(settings.b, settings, false));
  };
  const reproduceFigure1 = () => {
    const runs = figure1Runs(settings.a);
    const next: LabSettings = { ...settings, a: runs.relu, b: runs.tanh };
    setSettings(next);
    storeA.start(configOf(next.a, next, true));
    storeB.start(configOf(next.b, next, true));
  };
  const network = (id: RunId) => {
    const s = id === 'a' ? a : b;
    const { config, checkpoint } = s;
    return config && checkpoint
      ? networkOf(id, { config, checkpoint, series: s.series, done: s.status === 'done' })
      : undefined;
  };
  return {
    settings,
    a,
    b,
    figure1: a.config?.stopAtTarget === true && b.config?.stopAtTarget === true,
    setSettings,
    start,
    pause: () => both.forEach((s) => s.pause()),
    resume: () => both.forEach((s) => s.resume()),
    reset: () => {
      both.forEach((s) => s.reset());
      void Promise.all([forgetRun('a'), forgetRun('b')]).catch(() => undefined);
    },
    reproduceFigure1,
    network,
  };
}
