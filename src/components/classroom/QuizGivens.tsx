/**
 * What a quiz question starts from, since quiz mode hides the step's own text and numbers:
 * the layer's input (its shape, and which layer made it) and the layer's definition from the
 * spec (kernels, window, stride, padding, groups, units). Never a result: no output size, no
 * kernel depth, no parameter count.
 *   conv2 of the seed net → "Input: 27×27×96, the output of pool1" ·
 *                           "256 kernels of 5×5, stride 1, padding 2"
 */
import { useTranslation } from 'react-i18next';
import type { Analysis, LayerInfo } from '../../core/analyze';
import { formatInt } from '../../core/format';
import { formatShape } from '../../core/spec';

interface Props {
  readonly analysis: Analysis;
  readonly info: LayerInfo;
}

export function QuizGivens({ analysis, info }: Props) {
  const { t } = useTranslation();
  const { layer } = info;
  const index = analysis.layers.indexOf(info);
  const from = analysis.layers[index - 1]?.layer;
  const shape = formatShape(info.inputShape);
  const lines: string[] = [
    from && from.kind !== 'input'
      ? t('classroom.quiz.given.input', { shape, from: from.id })
      : t('classroom.quiz.given.inputImage', { shape }),
  ];
  if (layer.kind === 'conv') {
    const values = {
      filters: formatInt(layer.filters),
      kernel: layer.kernel,
      stride: layer.stride,
      padding: layer.padding,
      groups: layer.groups,
    };
    lines.push(t(layer.groups > 1 ? 'classroom.quiz.given.convGroups' : 'classroom.quiz.given.conv', values));
  } else if (layer.kind === 'maxpool') {
    const values = { size: layer.size, stride: layer.stride };
    lines.push(
      t(layer.rounding === 'ceil' ? 'classroom.quiz.given.maxpoolCeil' : 'classroom.quiz.given.maxpool', values),
    );
  } else if (layer.kind === 'dense') {
    lines.push(t('classroom.quiz.given.dense', { units: formatInt(layer.units) }));
  }
  return (
    <div className="quiz-givens" data-testid="quiz-givens">
      <p className="quiz-givens-heading">{t('classroom.quiz.given.heading')}</p>
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}
