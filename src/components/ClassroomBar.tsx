/** Exports and the share link for the current view (the QR code is for students' phones). */
import type { RefObject } from 'react';
import type { Analysis } from '../core/analyze';
import { type ViewState, toHash } from '../state/viewState';
import { ExportMenu } from './classroom/ExportMenu';
import { ShareLink } from './classroom/ShareLink';

interface Props {
  readonly analysis: Analysis;
  readonly name: string;
  readonly state: ViewState;
  readonly viewRef: RefObject<Element | null>;
  /** The random/trained line for the PNG slide (classroom/slideBadge.ts). */
  readonly badge: string;
}

export function ClassroomBar({ analysis, name, state, viewRef, badge }: Props) {
  return (
    <section className="panel classroom-bar" data-print-hide>
      <ExportMenu
        analysis={analysis}
        name={name}
        viewRef={viewRef}
        layerId={state.layer}
        variantId={state.variant}
        badge={badge}
        quiz={state.mode === 'quiz'}
      />
      <ShareLink hash={toHash(state)} />
    </section>
  );
}
