/** The quiz's session score: first answers only, per variant, robust to bad storage. */
import { describe, expect, it } from 'vitest';
import { type Analysis, type LayerInfo, analyze } from '../../src/core/analyze';
import { type QuestionKind, type QuizQuestion, isCorrect, questionsFor } from '../../src/core/quiz';
import { variants } from '../../src/core/variants';
import {
  answerKey,
  emptyScore,
  nextQuizLayer,
  parseScore,
  recordAnswer,
} from '../../src/components/classroom/quizScore';

const seed = analyze(variants.seed);
const paper = analyze(variants.paper);
const indexOf = (id: string) => seed.layers.findIndex((l) => l.layer.id === id);
function layer(analysis: Analysis, id: string): LayerInfo {
  const info = analysis.layers.find((l) => l.layer.id === id);
  if (!info) throw new Error(`no layer ${id}`);
  return info;
}
function question(analysis: Analysis, id: string, kind: QuestionKind): QuizQuestion {
  const q = questionsFor(layer(analysis, id)).find((x) => x.kind === kind);
  if (!q) throw new Error(`no ${kind} question for ${id}`);
  return q;
}

describe('recordAnswer', () => {
  it('counts the first answer to a question, right or wrong', () => {
    let s = recordAnswer(emptyScore, answerKey('seed', 'conv1:params'), true);
    s = recordAnswer(s, answerKey('seed', 'conv1:maps'), false);
    expect({ asked: s.asked, right: s.right }).toEqual({ asked: 2, right: 1 });
  });
  it('ignores a second answer to the same question, even a right one after the working', () => {
    const once = recordAnswer(emptyScore, answerKey('seed', 'conv1:size'), false);
    expect(recordAnswer(once, answerKey('seed', 'conv1:size'), true)).toBe(once);
  });
  it('keeps the same question of two variants apart (their answers differ)', () => {
    const seedConv2 = question(seed, 'conv2', 'params');
    const paperConv2 = question(paper, 'conv2', 'params');
    expect([seedConv2.answer, paperConv2.answer]).toEqual([614656, 307456]);
    let s = recordAnswer(emptyScore, answerKey('seed', seedConv2.id), true);
    s = recordAnswer(s, answerKey('paper', paperConv2.id), false);
    expect(s.asked).toBe(2);
  });
});

describe('answers as students type them', () => {
  const params = question(seed, 'conv1', 'params');
  const size = question(seed, 'conv1', 'size');
  it.each(['34944', '34,944', '34 944', '３４９４４', '３４，９４４'])(
    'accepts %s for conv1’s 34,944 parameters',
    (text) => {
      expect(isCorrect(params, text)).toBe(true);
    },
  );
  it.each(['55', '55×55', '５５'])('accepts %s for conv1’s map size', (text) => {
    expect(isCorrect(size, text)).toBe(true);
  });
  it('asks pooling about parameters, and the answer is none', () => {
    expect(question(seed, 'pool1', 'params').answer).toBe(0);
  });
});

describe('parseScore', () => {
  it('reads back what useSessionScore stores, recounting asked and right', () => {
    const text = JSON.stringify({
      answered: { 'seed/conv1:maps': true, 'seed/conv1:size': false, 'seed/pool1:params': true },
    });
    expect(parseScore(text)).toMatchObject({ asked: 3, right: 2 });
  });
  it.each([null, '', 'not json', '[]', '{"answered":[true]}', '{"answered":null}', '42'])(
    'falls back to zero for %s',
    (text) => {
      expect(parseScore(text)).toEqual(emptyScore);
    },
  );
  it('drops entries that are not booleans', () => {
    expect(parseScore('{"answered":{"a":true,"b":"yes","c":1}}')).toMatchObject({ asked: 1, right: 1 });
  });
});

describe('nextQuizLayer', () => {
  it('points from a layer without questions to the next one with questions', () => {
    expect(questionsFor(layer(seed, 'relu1'))).toEqual([]);
    expect(nextQuizLayer(seed, indexOf('relu1'))?.layer.id).toBe('pool1');
    expect(nextQuizLayer(seed, indexOf('relu5'))?.layer.id).toBe('pool5');
    expect(nextQuizLayer(seed, indexOf('drop6'))?.layer.id).toBe('fc7'); // fc6 → relu6 → drop6 → fc7
  });
  it('finds nothing after the last dense layer', () => {
    expect(nextQuizLayer(seed, indexOf('fc8'))).toBeUndefined();
    expect(nextQuizLayer(seed, seed.layers.length - 1)).toBeUndefined();
  });
});
