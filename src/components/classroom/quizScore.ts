/**
 * The quiz's session score, kept by the caller so that it survives stepping between layers.
 * Only the first answer to each question counts: a student who has seen the working can try
 * again for practice, but the score says what they knew before. Pure: no React, no storage.
 */
import type { Analysis, LayerInfo } from '../../core/analyze';
import { type Score, questionsFor, scoreAnswer } from '../../core/quiz';

/** Core's running score plus which questions were answered, and whether the first try was right. */
export interface SessionScore extends Score {
  /** `answerKey(variant, question)` → first answer right? */
  readonly answered: Readonly<Record<string, boolean>>;
}

export const emptyScore: SessionScore = { asked: 0, right: 0, answered: {} };

/**
 * Question ids (`conv2:params`) repeat across variants with different answers (614,656 in the
 * seed variant, 307,456 in the paper's grouped one), so the variant is part of the key.
 */
export function answerKey(variantId: string, questionId: string): string {
  return `${variantId}/${questionId}`;
}

/** Counts an answer if it is the first one to this question; a repeat changes nothing. */
export function recordAnswer(score: SessionScore, key: string, correct: boolean): SessionScore {
  if (Object.hasOwn(score.answered, key)) return score;
  return { ...scoreAnswer(score, correct), answered: { ...score.answered, [key]: correct } };
}

/**
 * Reads a score saved as JSON (sessionStorage); anything malformed gives the empty score.
 * asked/right are recounted from `answered` so the three can never disagree.
 */
export function parseScore(text: string | null): SessionScore {
  if (!text) return emptyScore;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return emptyScore;
  }
  const answered = data && typeof data === 'object' && 'answered' in data ? data.answered : null;
  if (!answered || typeof answered !== 'object' || Array.isArray(answered)) return emptyScore;
  const entries = Object.entries(answered).filter((e): e is [string, boolean] => typeof e[1] === 'boolean');
  return entries.reduce<SessionScore>((s, [key, correct]) => recordAnswer(s, key, correct), emptyScore);
}

/**
 * The first layer after `index` that has questions (after relu1 of the seed variant: pool1,
 * since pooling has questions too), or undefined when no later layer has any.
 */
export function nextQuizLayer(analysis: Analysis, index: number): LayerInfo | undefined {
  return analysis.layers.slice(index + 1).find((info) => questionsFor(info).length > 0);
}

/**
 * True while a question of `info` has no answer yet: quiz mode then hides everything on the
 * page that would give the step's answers away (its text, pictures and shapes). A layer with
 * no questions has nothing to hide.
 */
export function stepUnanswered(score: SessionScore, variantId: string, info: LayerInfo | undefined): boolean {
  if (!info) return false;
  return questionsFor(info).some((q) => !Object.hasOwn(score.answered, answerKey(variantId, q.id)));
}
