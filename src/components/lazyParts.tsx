/**
 * Parts of the page loaded on demand, so that the first paint waits only for the first screen:
 * the exports and the QR code (below the fold) and the quiz. Each keeps its props; nothing is
 * shown in its place while its chunk loads (a moment, after the first paint).
 */
import { type ComponentProps, Suspense, lazy } from 'react';
import type { ClassroomBar as ClassroomBarType } from './ClassroomBar';
import type { QuizPanel as QuizPanelType } from './classroom/QuizPanel';

const ClassroomBarChunk = lazy(() => import('./ClassroomBar').then((m) => ({ default: m.ClassroomBar })));
const QuizPanelChunk = lazy(() => import('./classroom/QuizPanel').then((m) => ({ default: m.QuizPanel })));

/** `ClassroomBar` (exports, share link, QR code), loaded on demand. */
export function ClassroomBar(props: ComponentProps<typeof ClassroomBarType>) {
  return (
    <Suspense fallback={null}>
      <ClassroomBarChunk {...props} />
    </Suspense>
  );
}

/** `QuizPanel`, loaded when quiz mode is first opened. */
export function QuizPanel(props: ComponentProps<typeof QuizPanelType>) {
  return (
    <Suspense fallback={null}>
      <QuizPanelChunk {...props} />
    </Suspense>
  );
}
