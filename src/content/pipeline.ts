/**
 * The app's own numbers for the pipeline steps (strings/pipeline.*.ts): parameters and neurons
 * of the network shown and of the paper's, set against the abstract's "60 million parameters
 * and 650,000 neurons", and the largest share of parameters held by one convolution layer.
 * Pure: computed from core's analysis, never copied.
 */
import { type Analysis, analyze } from '../core/analyze';
import { formatInt } from '../core/format';
import { variants } from '../core/variants';
import type { PipelineTopic } from './steps';
import { pipelineEn } from './strings/pipeline.en';

/** Neurons as the paper counts them: one per output value of a conv or fully connected layer. */
export function neurons(analysis: Analysis): number {
  return analysis.layers
    .filter((l) => l.layer.kind === 'conv' || l.layer.kind === 'dense')
    .reduce(
      (sum, l) =>
        sum + (l.outputShape.kind === 'spatial' ? l.outputShape.hwc.reduce((a, b) => a * b, 1) : l.outputShape.length),
      0,
    );
}

/** Largest share of all parameters held by one convolution layer, in percent. */
export function convShareMax(analysis: Analysis): number {
  return Math.max(0, ...analysis.layers.filter((l) => l.layer.kind === 'conv').map((l) => l.paramShare * 100));
}

let paperAnalysis: Analysis | undefined;

/** Every placeholder of the `pipeline` namespace, as strings ready for t(). */
export function pipelineValues(analysis: Analysis, name: string) {
  paperAnalysis ??= analyze(variants.paper);
  const first = analysis.layers[0]?.outputShape;
  return {
    name,
    imageSize: String(first?.kind === 'spatial' ? first.hwc[0] : ''),
    params: formatInt(analysis.totals.params),
    neurons: formatInt(neurons(analysis)),
    paperParams: formatInt(paperAnalysis.totals.params),
    paperNeurons: formatInt(neurons(paperAnalysis)),
    convShareMax: convShareMax(analysis).toFixed(1),
  };
}

/** The pipeline's two formulas in TeX: PCA colour jitter and the SGD update (AlexNet §4.1, §5). */
export const pipelineTex = {
  pca: String.raw`[\mathbf p_1,\mathbf p_2,\mathbf p_3]\,[\alpha_1\lambda_1,\ \alpha_2\lambda_2,\ \alpha_3\lambda_3]^{\mathsf T},\quad \alpha_i\sim\mathcal N(0,\,0.1^2)`,
  update: String.raw`v \leftarrow 0.9\,v - 0.0005\,\epsilon\,w - \epsilon\,\Big\langle \tfrac{\partial L}{\partial w}\Big\rangle_{\!D_i},\qquad w \leftarrow w + v`,
} as const;

/** The same formulas as plain text, for screen readers and copying. */
export const pipelineText = {
  pca: '[p1, p2, p3] [α1·λ1, α2·λ2, α3·λ3]ᵀ, αi ~ N(0, 0.1²)',
  update: 'v ← 0.9·v − 0.0005·ε·w − ε·⟨∂L/∂w⟩;  w ← w + v',
} as const;

/** The short formulas of the pipeline steps' key numbers, in TeX and as plain text. */
const numberFormulas = {
  meanImage: { tex: String.raw`x_{ijc}-\bar x_{ijc}`, text: 'x[i,j,c] − x̄[i,j,c]' },
  meanStd: { tex: String.raw`(x_{ijc}/255-\mu_c)/\sigma_c`, text: '(x[i,j,c]/255 − μ[c]) / σ[c]' },
  crops: { tex: String.raw`(256-224)^2\cdot 2 = 2048`, text: '(256 − 224)² · 2 = 2048' },
  tenCrop: { tex: String.raw`(4+1)\cdot 2 = 10`, text: '(4 corners + centre) · 2 = 10' },
  pca: { tex: pipelineTex.pca, text: pipelineText.pca },
  rate: { tex: String.raw`0.01 / 10^3 = 0.00001`, text: '0.01 / 10³ = 0.00001' },
  update: { tex: pipelineTex.update, text: pipelineText.update },
} as const;

type Numbers = typeof pipelineEn.numbers;
/** `data.images`, `results.params`: a key number's place under `pipeline.numbers`. */
export type PipelineNumberKey = { [T in keyof Numbers]: `${T}.${keyof Numbers[T] & string}` }[keyof Numbers];
/** The keys whose strings have a `note` (a qualifier shown after the value). */
type NotedKey = {
  [T in keyof Numbers]: {
    [N in keyof Numbers[T]]: Numbers[T][N] extends { readonly note: string } ? `${T}.${N & string}` : never;
  }[keyof Numbers[T]];
}[keyof Numbers];

/** Whether the key number has a note ("one patch: 39.0 % / 18.3 %"), read from the strings themselves. */
export function hasNote(key: PipelineNumberKey): key is NotedKey {
  const [topic = '', id = ''] = key.split('.');
  const entry = (pipelineEn.numbers as Readonly<Record<string, Readonly<Record<string, object>>>>)[topic]?.[id];
  return entry !== undefined && 'note' in entry;
}

/** One key number of a pipeline step: strings at `pipeline.numbers.<key>.{label,value,note}`. */
export interface PipelineNumber {
  readonly key: PipelineNumberKey;
  /** The arithmetic behind the value, when there is any. */
  readonly formula?: { readonly tex: string; readonly text: string };
  /** A long formula: the number takes a whole row of the slide. */
  readonly wide?: boolean;
}

/**
 * Each pipeline step's key numbers, in the order shown (the slide's two columns, row by row).
 * Example: augmentation → ×2048 with (256 − 224)² · 2 = 2048, 10 patches, > 1 % with the PCA jitter.
 */
export const pipelineNumbers: { readonly [T in PipelineTopic]: readonly PipelineNumber[] } = {
  data: [
    { key: 'data.images', wide: true },
    { key: 'data.paperPrep', formula: numberFormulas.meanImage },
    { key: 'data.torchvisionPrep', formula: numberFormulas.meanStd },
  ],
  augmentation: [
    { key: 'augmentation.crops', formula: numberFormulas.crops },
    { key: 'augmentation.tenCrop', formula: numberFormulas.tenCrop },
    { key: 'augmentation.jitter', formula: numberFormulas.pca, wide: true },
  ],
  training: [
    { key: 'training.batch' },
    { key: 'training.epochs' },
    { key: 'training.rate', formula: numberFormulas.rate },
    { key: 'training.init' },
    { key: 'training.update', formula: numberFormulas.update, wide: true },
  ],
  results: [
    { key: 'results.ilsvrc2010' },
    { key: 'results.ilsvrc2012' },
    { key: 'results.params' },
    { key: 'results.neurons' },
    { key: 'results.depth' },
  ],
};
