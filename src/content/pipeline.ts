/**
 * The app's own numbers for the pipeline steps (strings/pipeline.*.ts): parameters and neurons
 * of the network shown and of the paper's, set against the abstract's "60 million parameters
 * and 650,000 neurons", and the largest share of parameters held by one convolution layer.
 * Pure: computed from core's analysis, never copied.
 */
import { type Analysis, analyze } from '../core/analyze';
import { formatInt } from '../core/format';
import { variants } from '../core/variants';

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
  update: 'v ← 0.9·v − 0.0005·ε·w − ε·⟨∂L/∂w⟩, then w ← w + v',
} as const;
