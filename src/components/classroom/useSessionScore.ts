/**
 * The quiz score for this browser tab: React state mirrored to sessionStorage, so stepping,
 * switching language and even reloading keep it, while a new tab (the next student) starts
 * from zero. Storage that is unavailable (private mode, blocked) only loses the mirror.
 */
import { useCallback, useState } from 'react';
import { type SessionScore, emptyScore, parseScore } from './quizScore';

const storageKey = 'alexnet.quiz.score';

function load(): SessionScore {
  try {
    return parseScore(window.sessionStorage.getItem(storageKey));
  } catch {
    return emptyScore;
  }
}

/** `[score, setScore]` for QuizPanel's `score` and `onScore`. */
export function useSessionScore(): readonly [SessionScore, (score: SessionScore) => void] {
  const [score, setState] = useState<SessionScore>(load);
  const setScore = useCallback((next: SessionScore) => {
    setState(next);
    try {
      window.sessionStorage.setItem(storageKey, JSON.stringify({ answered: next.answered }));
    } catch {
      // Storage refused: the score still lives in React state for this page.
    }
  }, []);
  return [score, setScore] as const;
}
