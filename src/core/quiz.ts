/**
 * The article's questions for every layer, generated from the analysis so they work for any
 * variant: how many output maps and of what size, how deep each kernel is, how many learnable
 * parameters (and, for pooling, why none). Answers are checked here; on a wrong answer the UI
 * shows `working`, the same derivation the step panel shows, after `reason` where the working
 * starts from a rule rather than a formula. Core writes no prose: a reason is a key and numbers
 * that the UI puts into words in the reader's language (classroom.quiz.reason.<key>).
 */
import type { Analysis, LayerInfo } from './analyze';
import { type Derivation, expr, intExpr } from './format';

export type QuestionKind = 'maps' | 'size' | 'length' | 'depth' | 'params';

/** Why the working starts where it does, e.g. { key: 'perKernel', values: { filters: 96 } }. */
export interface WorkingReason {
  readonly key: 'perKernel' | 'poolKeeps' | 'inputChannels' | 'perGroup' | 'noWeights';
  readonly values: Readonly<Record<string, number>>;
}

export interface QuizQuestion {
  /** Stable id: `conv1:params`. */
  readonly id: string;
  readonly layerId: string;
  readonly kind: QuestionKind;
  readonly answer: number;
  /** How to get there, step by step: arithmetic only. */
  readonly working: Derivation;
  /** The rule the working rests on, when it is not a formula (one map per kernel). */
  readonly reason?: WorkingReason;
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
    reason?: WorkingReason,
  ): QuizQuestion => ({
    id: `${id}:${kind}`,
    layerId: id,
    kind,
    answer,
    working,
    ...(reason ? { reason } : {}),
    values: { layer: id, ...values },
  });
  /** A working that is just its result, for answers a rule gives directly. */
  const just = (n: number): Derivation => ({ steps: [intExpr(n)], result: n });
  const out: QuizQuestion[] = [];
  if (info.outputShape.kind === 'spatial' && (layer.kind === 'conv' || layer.kind === 'maxpool')) {
    const [h, , c] = info.outputShape.hwc;
    const reason: WorkingReason =
      layer.kind === 'conv'
        ? { key: 'perKernel', values: { filters: layer.filters } }
        : { key: 'poolKeeps', values: { maps: c } };
    out.push(q('maps', c, just(c), {}, reason));
    if (info.size) out.push(q('size', h, info.size.derivation));
  }
  if (layer.kind === 'conv' && info.kernelDepth !== undefined && info.inputShape.kind === 'spatial') {
    const channels = info.inputShape.hwc[2];
    const grouped = layer.groups > 1;
    const working: Derivation = grouped
      ? { steps: [expr(`${channels}/${layer.groups}`), intExpr(info.kernelDepth)], result: info.kernelDepth }
      : just(info.kernelDepth);
    const reason: WorkingReason = grouped
      ? { key: 'perGroup', values: { channels, groups: layer.groups } }
      : { key: 'inputChannels', values: { channels } };
    out.push(q('depth', info.kernelDepth, working, { channels, groups: layer.groups }, reason));
  }
  if (layer.kind === 'flatten' && info.inputShape.kind === 'spatial') {
    const [h, w, c] = info.inputShape.hwc;
    const n = h * w * c;
    out.push(
      q('length', n, { steps: [expr(`${h}·${w}·${c}`, `${h} \\cdot ${w} \\cdot ${c}`), intExpr(n)], result: n }),
    );
  }
  if (layer.kind === 'conv' || layer.kind === 'dense' || layer.kind === 'maxpool') {
    const values = { pooling: layer.kind === 'maxpool' ? 'yes' : 'no' };
    const derived = info.params.derivation;
    if (derived) out.push(q('params', info.params.total, derived, values));
    else out.push(q('params', 0, just(0), values, { key: 'noWeights', values: {} }));
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
