/**
 * One quiz question: the prompt as the input's label, a numeric text field (type="text" with
 * inputmode="numeric", so "34,944" and full-width digits from a Chinese IME are accepted and
 * parsed by core's parseAnswer), a Check button, a live verdict, and on a wrong answer the
 * working step by step plus the hint. Core's working is arithmetic only; the rule it starts
 * from comes as a key and numbers, put into words here (classroom.quiz.reason.<key>).
 */
import { type FormEvent, type Ref, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInt } from '../../core/format';
import { type QuizQuestion, parseAnswer } from '../../core/quiz';
import type { LayerSpec } from '../../core/spec';
import { quizHintKey } from '../../content/walkSteps';
import { Formula } from '../walk/Formula';

export interface QuizQuestionFormProps {
  readonly question: QuizQuestion;
  readonly layer: LayerSpec;
  /** The first answer given earlier in the session (true: right), if any. */
  readonly earlier: boolean | undefined;
  /** Called with the verdict of every readable answer; the caller decides what counts. */
  readonly onAnswer: (correct: boolean) => void;
  readonly inputRef?: Ref<HTMLInputElement>;
}

type Result =
  { readonly kind: 'right' } | { readonly kind: 'wrong'; readonly given: number } | { readonly kind: 'unreadable' };

export function QuizQuestionForm({ question, layer, earlier, onAnswer, inputRef }: QuizQuestionFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [result, setResult] = useState<Result | null>(null);
  // What the score said when this question appeared: answering now must not show "earlier".
  const [earlierOnArrival] = useState(earlier);
  const pool = question.kind === 'params' && layer.kind === 'maxpool';

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const input = e.currentTarget.elements.namedItem('answer');
    const value = parseAnswer(text);
    const next: Result =
      value === null
        ? { kind: 'unreadable' }
        : value === question.answer
          ? { kind: 'right' }
          : { kind: 'wrong', given: value };
    setResult(next);
    if (next.kind !== 'unreadable') onAnswer(next.kind === 'right');
    // A wrong or unreadable answer: keep the student in the field, text selected, to retype.
    if (next.kind !== 'right' && input instanceof HTMLInputElement) {
      input.focus();
      input.select();
    }
  };

  const answer = formatInt(question.answer);
  const verdict =
    result?.kind === 'right'
      ? pool
        ? t('classroom.quiz.rightPool')
        : t('classroom.quiz.right', { answer })
      : result?.kind === 'wrong'
        ? t('classroom.quiz.wrong', { given: formatInt(result.given), answer })
        : result?.kind === 'unreadable'
          ? t('classroom.quiz.unreadable')
          : '';
  return (
    <form className="quiz-question" onSubmit={submit} noValidate data-testid={`quiz-${question.kind}`}>
      <label htmlFor={`${id}-answer`} className="quiz-prompt">
        {t(`classroom.quiz.prompt.${question.kind}`, { layer: layer.id })}
        {earlierOnArrival === undefined ? null : (
          <span className="quiz-earlier">
            {' '}
            {earlierOnArrival ? t('classroom.quiz.earlierRight') : t('classroom.quiz.earlierWrong')}
          </span>
        )}
      </label>
      <div className="quiz-answer-row">
        <input
          ref={inputRef}
          id={`${id}-answer`}
          name="answer"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="done"
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-describedby={`${id}-verdict`}
          aria-invalid={result?.kind === 'wrong' || result?.kind === 'unreadable'}
          data-testid="quiz-input"
        />
        <button type="submit">{t('classroom.quiz.check')}</button>
      </div>
      <p
        id={`${id}-verdict`}
        className={`quiz-verdict ${result?.kind ?? ''}`}
        aria-live="polite"
        data-testid="quiz-verdict"
      >
        {verdict}
      </p>
      {result?.kind === 'wrong' ? <QuizWorking question={question} layer={layer} /> : null}
    </form>
  );
}

/** The rule (if any), the derivation from core, one "= step" per line, then the hint. */
export function QuizWorking({ question, layer }: { readonly question: QuizQuestion; readonly layer: LayerSpec }) {
  const { t } = useTranslation();
  const { reason } = question;
  // Every placeholder any reason uses; those this reason lacks stay empty (and unused).
  const n = (key: string) => {
    const v = reason?.values[key];
    return v === undefined ? '' : formatInt(v);
  };
  const values = {
    layer: layer.id,
    filters: n('filters'),
    maps: n('maps'),
    channels: n('channels'),
    groups: n('groups'),
  };
  return (
    <div className="quiz-working" data-testid="quiz-working">
      <p className="quiz-working-title">{t('classroom.quiz.working')}</p>
      {reason ? (
        <p className="quiz-reason" data-testid="quiz-reason">
          {t(`classroom.quiz.reason.${reason.key}`, values)}
        </p>
      ) : null}
      <ol className="quiz-steps">
        {question.working.steps.map((step, i) => (
          <li key={i}>
            <span className="quiz-eq" aria-hidden={i === 0 ? true : undefined}>
              {i > 0 ? '=' : ''}
            </span>
            <Formula tex={step.tex} text={step.text} display />
          </li>
        ))}
      </ol>
      <p className="quiz-hint">
        <strong>{t('punct.colon', { label: t('classroom.quiz.hint') })}</strong>
        {t(quizHintKey(question.kind, layer))}
      </p>
    </div>
  );
}
