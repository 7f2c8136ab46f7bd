/**
 * The article's questions for every layer, generated from the analysis so they work for any
 * variant: how many output maps and of what size, how deep each kernel is, how many learnable
 * parameters (and, for pooling, why none). Answers are checked here; on a wrong answer the UI
 * shows `working`, the same derivation the step panel shows.
 */
import type { Analysis, LayerInfo } from './analyze';
import { type Derivation, expr, intExpr } from './format';

export type QuestionKind = 'maps' | 'size' | 'length' | 'depth' | 'params';

export interface QuizQuestion {
  /** Stable id: `conv1:params`. */
  readonly id: string;
  readonly layerId: string;
  readonly kind: QuestionKind;
  readonly answer: number;
  /** How to get there, step by step. */
  readonly working: Derivation;
  /** Values for the prompt and explanation templates (i18n). */
  readonly values: Readonly<Record<string, number | string>>;
}

/** The questions for one layer: none for layers that only pass values through. */
export function questionsFor(info: LayerInfo): QuizQuestion[] {
  const { layer } = info;
  const id = layer.id;
  const q = (
    kind: QuestionKind,
    answer: number,
    working: Derivation,
    values: Record<string, number | string> = {},
  ) => ({
    id: `${id}:${kind}`,
    layerId: id,
    kind,
    answer,
    working,
    values: { layer: id, ...values },
  });
  const out: QuizQuestion[] = [];
  if (info.outputShape.kind === 'spatial' && (layer.kind === 'conv' || layer.kind === 'maxpool')) {
    const [h, , c] = info.outputShape.hwc;
    const mapsWorking: Derivation =
      layer.kind === 'conv'
        ? { steps: [expr(`one map per kernel: ${layer.filters}`), intExpr(c)], result: c }
        : { steps: [expr(`pooling keeps every map: ${c}`), intExpr(c)], result: c };
    out.push(q('maps', c, mapsWorking));
    if (info.size) out.push(q('size', h, info.size.derivation));
  }
  if (layer.kind === 'conv' && info.kernelDepth !== undefined && info.inputShape.kind === 'spatial') {
    const channels = info.inputShape.hwc[2];
    const working: Derivation =
      layer.groups > 1
        ? {
            steps: [expr(`${channels}/${layer.groups}`, `${channels}/${layer.groups}`), intExpr(info.kernelDepth)],
            result: info.kernelDepth,
          }
        : { steps: [expr(`input channels = ${channels}`), intExpr(info.kernelDepth)], result: info.kernelDepth };
    out.push(q('depth', info.kernelDepth, working, { channels, groups: layer.groups }));
  }
  if (layer.kind === 'flatten' && info.inputShape.kind === 'spatial') {
    const [h, w, c] = info.inputShape.hwc;
    const n = h * w * c;
    out.push(
      q('length', n, { steps: [expr(`${h}·${w}·${c}`, `${h} \\cdot ${w} \\cdot ${c}`), intExpr(n)], result: n }),
    );
  }
  if (layer.kind === 'conv' || layer.kind === 'dense' || layer.kind === 'maxpool') {
    const working: Derivation = info.params.derivation ?? {
      steps: [expr('no weights, no biases: 0'), intExpr(0)],
      result: 0,
    };
    out.push(q('params', info.params.total, working, { pooling: layer.kind === 'maxpool' ? 'yes' : 'no' }));
  }
  return out;
}

/** Every question of a network, in layer order. */
export function quizFor(analysis: Analysis): QuizQuestion[] {
  return analysis.layers.flatMap(questionsFor);
}

/**
 * Reads a typed answer: "34,944", "34 944", "３４９４４" (full-width digits from a Chinese
 * IME) and "55×55" (both sides equal) all count. Returns null when no single number is meant.
 */
export function parseAnswer(text: string): number | null {
  const ascii = text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48))
    .replace(/[，,\s_'’]/g, '');
  const numbers = ascii.match(/\d+/g)?.map(Number) ?? [];
  if (numbers.length === 0) return null;
  const first = numbers[0] ?? 0;
  return numbers.every((n) => n === first) && /^[\d×x*X]+$/.test(ascii) ? first : null;
}

/** True when the typed answer is the number asked for. */
export function isCorrect(question: QuizQuestion, text: string): boolean {
  return parseAnswer(text) === question.answer;
}

/** A running score for the session. */
export interface Score {
  readonly asked: number;
  readonly right: number;
}

export function scoreAnswer(score: Score, correct: boolean): Score {
  return { asked: score.asked + 1, right: score.right + (correct ? 1 : 0) };
}
