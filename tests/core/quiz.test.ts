import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { derivationText } from '../../src/core/format';
import { isCorrect, parseAnswer, questionsFor, quizFor, scoreAnswer } from '../../src/core/quiz';
import { paper, seed, variants } from '../../src/core/variants';

const seedA = analyze(seed);
const find = (id: string) => {
  const q = quizFor(seedA).find((x) => x.id === id);
  if (!q) throw new Error(`no question ${id}`);
  return q;
};

describe('quiz questions from core', () => {
  it('asks the article’s three questions for conv1 with the hand-worked answers', () => {
    expect(find('conv1:maps').answer).toBe(96);
    expect(find('conv1:size').answer).toBe(55);
    expect(find('conv1:depth').answer).toBe(3);
    expect(find('conv1:params').answer).toBe(34_944);
    expect(derivationText(find('conv1:params').working)).toBe('(11·11·3 + 1)·96 = 34,944');
    expect(derivationText(find('conv1:size').working)).toBe('(227 − 11 + 2·0)/4 + 1 = 216/4 + 1 = 54 + 1 = 55');
  });
  it('writes no prose: a rule is a key with numbers, the working is arithmetic only', () => {
    expect(find('conv1:maps').reason).toEqual({ key: 'perKernel', values: { filters: 96 } });
    expect(derivationText(find('conv1:maps').working)).toBe('96');
    expect(find('conv1:depth').reason).toEqual({ key: 'inputChannels', values: { channels: 3 } });
    expect(find('conv1:params').reason).toBeUndefined();
    for (const spec of Object.values(variants)) {
      for (const q of quizFor(analyze(spec))) {
        for (const step of q.working.steps) expect(step.text, `${q.id}: ${step.text}`).not.toMatch(/[A-Za-z]{2}/);
      }
    }
  });
  it('pooling has no parameters, and keeps the number of maps', () => {
    expect(find('pool1:params').answer).toBe(0);
    expect(find('pool1:params').values.pooling).toBe('yes');
    expect(find('pool1:params').reason).toEqual({ key: 'noWeights', values: {} });
    expect(find('pool1:maps').answer).toBe(96);
    expect(find('pool1:maps').reason).toEqual({ key: 'poolKeeps', values: { maps: 96 } });
    expect(find('pool5:size').answer).toBe(6); // (13 − 3)/2 + 1, not the article's 5
  });
  it('flatten asks for the vector length 6·6·256 = 9216; FC layers for their parameters', () => {
    expect(find('flatten:length').answer).toBe(9216);
    expect(find('fc6:params').answer).toBe(37_752_832);
    expect(find('fc8:params').answer).toBe(4_097_000);
  });
  it('grouped convolutions in the paper have half-depth kernels', () => {
    const conv2 = analyze(paper).layers.find((l) => l.layer.id === 'conv2');
    if (!conv2) throw new Error('conv2');
    const depth = questionsFor(conv2).find((q) => q.kind === 'depth');
    expect(depth?.answer).toBe(48); // 96 / 2
    expect(derivationText(depth?.working ?? { steps: [], result: 0 })).toBe('96/2 = 48');
    expect(depth?.reason).toEqual({ key: 'perGroup', values: { channels: 96, groups: 2 } });
  });
  it('passes-through layers have no questions; every variant yields questions', () => {
    expect(quizFor(seedA).some((q) => q.layerId.startsWith('relu') || q.layerId.startsWith('drop'))).toBe(false);
    for (const spec of Object.values(variants)) expect(quizFor(analyze(spec)).length).toBeGreaterThan(15);
  });
});

describe('answer parsing', () => {
  it.each([
    ['34,944', 34944],
    ['34 944', 34944],
    ['３４９４４', 34944],
    ['34，944', 34944],
    ['55×55', 55],
    ['55x55', 55],
    [' 96 ', 96],
  ])('%s → %d', (text, n) => expect(parseAnswer(text)).toBe(n));
  it.each(['', 'abc', '55×27', '12 apples', '-3'])('refuses %j', (text) => {
    expect(parseAnswer(text)).toBeNull();
  });
  it('checks and scores', () => {
    expect(isCorrect(find('conv2:params'), '614,656')).toBe(true);
    expect(isCorrect(find('conv2:params'), '614,400')).toBe(false);
    expect(scoreAnswer(scoreAnswer({ asked: 0, right: 0 }, true), false)).toEqual({ asked: 2, right: 1 });
  });
});
