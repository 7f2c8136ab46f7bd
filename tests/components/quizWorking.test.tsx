/**
 * The quiz's working in the reader's language: core gives the rule as a key and numbers, and
 * the Chinese page words it in Chinese, with full-width punctuation after its labels.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, describe, expect, it } from 'vitest';
import { QuizWorking } from '../../src/components/classroom/QuizQuestionForm';
import { analyze } from '../../src/core/analyze';
import { quizFor } from '../../src/core/quiz';
import { paper, seed } from '../../src/core/variants';
import { initI18n } from '../../src/i18n';

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

function working(spec: typeof seed, id: string, lang: 'en' | 'zh'): string {
  initI18n(lang);
  const analysis = analyze(spec);
  const question = quizFor(analysis).find((q) => q.id === id);
  const layer = analysis.layers.find((l) => l.layer.id === question?.layerId)?.layer;
  if (!question || !layer) throw new Error(id);
  return text(renderToStaticMarkup(<QuizWorking question={question} layer={layer} />));
}

describe('the quiz working', () => {
  afterAll(() => initI18n('en'));

  it('states the rule in English, then the arithmetic', () => {
    expect(working(seed, 'conv1:maps', 'en')).toContain('One kernel makes one feature map, and conv1 has 96 kernels:');
    expect(working(paper, 'conv2:depth', 'en')).toContain('split into 2 groups');
    expect(working(seed, 'pool1:params', 'en')).toContain('uses no weights and no biases');
  });

  it('states it in Chinese on the Chinese page, with no English left', () => {
    const maps = working(seed, 'conv1:maps', 'zh');
    expect(maps).toContain('一个卷积核产生一张特征图，conv1 有 96 个卷积核：');
    expect(maps).not.toMatch(/one map|kernel|pooling keeps|input channels/i);
    expect(working(seed, 'conv1:size', 'zh')).toContain('提示：');
    expect(working(seed, 'conv1:depth', 'zh')).toContain('输入有 3 个通道');
  });
});
