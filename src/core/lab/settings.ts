/**
 * What a training run in the lab is: the paper's tricks as switches (each with its section),
 * and the settings both runs share (learning rate, batch, epochs, schedule, seed). Plain data;
 * `lab=` in the URL carries all of it (labCode.ts).
 */

/** The tricks of one run. Two runs differ only in these, so a comparison is fair. */
export interface RunSwitches {
  /** §3.1: ReLU, or the saturating tanh it replaced. */
  readonly activation: 'relu' | 'tanh';
  /** §4.2: dropout rate in the hidden dense layers, 0 = off (the paper: 0.5). */
  readonly dropout: number;
  /** §3.3: local response normalisation after the first two ReLUs. */
  readonly lrn: boolean;
  /** §3.4: overlapping 3×3 windows with stride 2, or the usual non-overlapping 2×2 with stride 2. */
  readonly overlap: boolean;
  /** §4.1: random crops (pad 2, crop 28) and horizontal flips of the training images. */
  readonly augment: boolean;
  /** §5: momentum 0.9, or plain SGD. */
  readonly momentum: boolean;
  /** §5: weight decay 0.0005, or none. */
  readonly weightDecay: boolean;
}

/** What both runs share. */
export interface SharedSettings {
  /** ε, the learning rate at the start (the paper: 0.01). */
  readonly learningRate: number;
  /** Images per step (the paper: 128). */
  readonly batch: number;
  readonly epochs: number;
  /** §5: divide ε by 10 when the validation error stops improving (at most three times). */
  readonly plateau: boolean;
  /** Seeds the weights, the order of the batches, the crops and flips, and the dropout masks. */
  readonly seed: number;
  /** Figure 1's target, a training error in percent (the paper: 25). */
  readonly target: number;
}

export interface LabSettings {
  readonly a: RunSwitches;
  readonly b: RunSwitches;
  readonly shared: SharedSettings;
}

/** The paper's recipe, but with ReLU (§3.1), dropout 0.5 (§4.2), LRN (§3.3) and overlapping pooling (§3.4). */
export const paperSwitches: RunSwitches = {
  activation: 'relu',
  dropout: 0.5,
  lrn: true,
  overlap: true,
  augment: false,
  momentum: true,
  weightDecay: true,
};

export const defaultShared: SharedSettings = {
  learningRate: 0.01,
  batch: 128,
  epochs: 3,
  plateau: true,
  seed: 1,
  target: 25,
};

/** Run A as the paper trained; run B the same with tanh: Figure 1's comparison. */
export const defaultLab: LabSettings = {
  a: paperSwitches,
  b: { ...paperSwitches, activation: 'tanh' },
  shared: defaultShared,
};

/** The paper's constants for the switches that are on. */
export const momentumOn = 0.9;
export const weightDecayOn = 0.0005;

/** Allowed values, shared by the URL parser and the controls. */
export const dropoutRates = [0, 0.25, 0.5, 0.75] as const;
export const learningRates = [0.001, 0.003, 0.01, 0.03, 0.1] as const;
export const batchSizes = [32, 64, 128, 256] as const;
export const epochChoices = [1, 2, 3, 5, 10] as const;
export const targetChoices = [10, 15, 20, 25, 30] as const;
export const maxSeed = 999_999_999;

/**
 * The two runs of "Reproduce Figure 1": run A's network and optimiser, once with ReLU and once
 * with tanh, and, as the paper's caption says of its own Figure 1, "no regularization of any
 * kind": dropout, weight decay and augmentation off. (Measured in the lab: with dropout 0.5 on
 * the narrow dense layers here, the ReLU run needs more iterations to 25 % than the tanh run,
 * the opposite of the figure, because dropout slows early training, not because of the
 * activation.)
 */
export function figure1Runs(a: RunSwitches): { readonly relu: RunSwitches; readonly tanh: RunSwitches } {
  const plain: RunSwitches = { ...a, dropout: 0, weightDecay: false, augment: false };
  return { relu: { ...plain, activation: 'relu' }, tanh: { ...plain, activation: 'tanh' } };
}

/** The switches that differ between two runs, by name ('activation', 'dropout', …). */
export function differences(a: RunSwitches, b: RunSwitches): (keyof RunSwitches)[] {
  return (Object.keys(a) as (keyof RunSwitches)[]).filter((k) => a[k] !== b[k]);
}
