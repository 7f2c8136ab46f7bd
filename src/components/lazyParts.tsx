/**
 * Parts of the page loaded on demand, so that the first paint waits only for the first screen:
 * the exports and the QR code (below the fold), the quiz, the presentation slides, the editor,
 * compare and code views, the size playground and the presenter window. Each keeps its
 * props; nothing is shown in its place while its chunk loads (a moment, after the first paint).
 * scripts/check-budget.mjs fails the tests when the first paint's JavaScript outgrows its budget.
 */
import { type ComponentProps, type ComponentType, type ReactElement, Suspense, lazy } from 'react';
import type { ClassroomBar as ClassroomBarType } from './ClassroomBar';
import type { QuizPanel as QuizPanelType } from './classroom/QuizPanel';
import type { SlideDeck as SlideDeckType } from './classroom/SlideDeck';
import type { Session } from '../state/session';
import type { Playground as PlaygroundType } from './playground/Playground';
import type { AttributionPlace as AttributionPlaceType } from './views/AttributionPlace';
import type { LabView as LabViewType } from './lab/LabView';
import type { FashionSamples as FashionSamplesType } from './image/FashionSamples';

/** A component whose code is fetched the first time it renders. */
function onDemand<P extends object>(load: () => Promise<ComponentType<P>>): (props: P) => ReactElement {
  const Chunk = lazy(() => load().then((c) => ({ default: c })));
  const Part = (props: P) => (
    <Suspense fallback={null}>
      <Chunk {...props} />
    </Suspense>
  );
  return Part;
}

/** Exports, share link, QR code. */
export const ClassroomBar = onDemand<ComponentProps<typeof ClassroomBarType>>(() =>
  import('./ClassroomBar').then((m) => m.ClassroomBar),
);
/** Loaded when quiz mode is first opened. */
export const QuizPanel = onDemand<ComponentProps<typeof QuizPanelType>>(() =>
  import('./classroom/QuizPanel').then((m) => m.QuizPanel),
);
/** Presentation mode's slides (with the full-screen QR code). */
export const SlideDeck = onDemand<ComponentProps<typeof SlideDeckType>>(() =>
  import('./classroom/SlideDeck').then((m) => m.SlideDeck),
);
/** The editor, compare and code views (`#view=edit`, `#view=compare`, `#view=code`): one chunk. */
export const EditView = onDemand<{ session: Session }>(() => import('./views/NetworkTools').then((m) => m.EditView));
export const CompareView = onDemand<{ session: Session }>(() =>
  import('./views/NetworkTools').then((m) => m.CompareView),
);
export const CodeView = onDemand<{ session: Session }>(() => import('./views/NetworkTools').then((m) => m.CodeView));
/** `#view=playground`. */
export const Playground = onDemand<ComponentProps<typeof PlaygroundType>>(() =>
  import('./playground/Playground').then((m) => m.Playground),
);
/** `?presenter`: the speaker's window. */
export const PresenterView = onDemand<object>(() => import('./presenter/PresenterView').then((m) => m.PresenterView));
/** What the network looks at (`#view=attribution`): the attribution methods and their engine requests. */
export const AttributionPlace = onDemand<ComponentProps<typeof AttributionPlaceType>>(() =>
  import('./views/AttributionPlace').then((m) => m.AttributionPlace),
);
/** `#view=lab`: the training lab (issue 21), its workers and its strings. */
export const LabView = onDemand<ComponentProps<typeof LabViewType>>(() =>
  import('./lab/LabView').then((m) => m.LabView),
);
/** Fashion-MNIST test images in the photo drawer, for a network trained in the lab (with the lab's class names). */
export const FashionSamples = onDemand<ComponentProps<typeof FashionSamplesType>>(() =>
  import('./image/FashionSamples').then((m) => m.FashionSamples),
);
