/**
 * The lab's settings as a short text for the URL (`#view=lab&lab=…`), so a teacher can send the
 * exact comparison, seed included:
 *
 *   r2NOaMW-t2NOaMW-s1-r0.01-b128-e3-p1-t25
 *
 * Two runs, then the shared settings. A run is seven characters: activation (r ReLU, t tanh),
 * dropout (0: off, 1: 0.25, 2: 0.5, 3: 0.75), then one letter per switch, upper case for on:
 * N LRN, O overlapping pooling, A augmentation, M momentum, W weight decay. Shared: s seed,
 * r learning rate, b batch, e epochs, p schedule on/off, t Figure 1's target in percent.
 * Parsing is strict: anything else is refused (undefined) and the view state falls back.
 */
import {
  type LabSettings,
  type RunSwitches,
  type SharedSettings,
  batchSizes,
  dropoutRates,
  epochChoices,
  learningRates,
  maxSeed,
  targetChoices,
} from './settings';

const flags = [
  ['lrn', 'n'],
  ['overlap', 'o'],
  ['augment', 'a'],
  ['momentum', 'm'],
  ['weightDecay', 'w'],
] as const;

function runCode(r: RunSwitches): string {
  const drop = dropoutRates.indexOf(r.dropout as (typeof dropoutRates)[number]);
  return `${r.activation === 'tanh' ? 't' : 'r'}${Math.max(0, drop)}${flags.map(([k, l]) => (r[k] ? l.toUpperCase() : l)).join('')}`;
}

function readRun(code: string): RunSwitches | undefined {
  const m = /^([rt])([0-3])([nN])([oO])([aA])([mM])([wW])$/.exec(code);
  if (!m) return undefined;
  const on = (i: number) => (m[i] ?? '') === (m[i] ?? '').toUpperCase();
  return {
    activation: m[1] === 't' ? 'tanh' : 'relu',
    dropout: dropoutRates[Number(m[2])] ?? 0,
    lrn: on(3),
    overlap: on(4),
    augment: on(5),
    momentum: on(6),
    weightDecay: on(7),
  };
}

/** The settings as the URL text. */
export function encodeLab(s: LabSettings): string {
  const { seed, learningRate, batch, epochs, plateau, target } = s.shared;
  return [
    runCode(s.a),
    runCode(s.b),
    `s${seed}`,
    `r${learningRate}`,
    `b${batch}`,
    `e${epochs}`,
    `p${plateau ? 1 : 0}`,
    `t${target}`,
  ].join('-');
}

const among = <T extends number>(list: readonly T[], v: number): T | undefined =>
  (list as readonly number[]).includes(v) ? (v as T) : undefined;

/** The settings the text describes, or undefined when any part is not understood. */
export function decodeLab(text: string): LabSettings | undefined {
  const parts = text.split('-');
  if (parts.length !== 8) return undefined;
  const [a, b, ...rest] = parts;
  const runA = readRun(a ?? '');
  const runB = readRun(b ?? '');
  const value = (prefix: string, i: number) => {
    const p = rest[i] ?? '';
    return p.startsWith(prefix) && /^\d+(\.\d+)?$/.test(p.slice(1)) ? Number(p.slice(1)) : NaN;
  };
  const seed = value('s', 0);
  const shared: Partial<SharedSettings> = {
    seed: Number.isInteger(seed) && seed >= 0 && seed <= maxSeed ? seed : undefined,
    learningRate: among(learningRates, value('r', 1)),
    batch: among(batchSizes, value('b', 2)),
    epochs: among(epochChoices, value('e', 3)),
    plateau: value('p', 4) === 1 ? true : value('p', 4) === 0 ? false : undefined,
    target: among(targetChoices, value('t', 5)),
  };
  if (!runA || !runB || Object.values(shared).some((v) => v === undefined)) return undefined;
  return { a: runA, b: runB, shared: shared as SharedSettings };
}
