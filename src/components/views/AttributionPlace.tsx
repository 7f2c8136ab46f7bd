/**
 * The attribution view's place in the shell (#view=attribution): what the maps are of, from the
 * session (the photo, the network on screen and its weights, whether the engine has run that
 * photo on it), handed to the view, which draws. Its own chunk (lazyParts.ts).
 */
import type { Session } from '../../state/session';
import { AttributionView } from '../attribution/AttributionView';

export function AttributionPlace({
  session,
  onOpenChannel,
}: {
  readonly session: Session;
  readonly onOpenChannel: (layerId: string, channel: number) => void;
}) {
  const { network, engine, analysis, cropped, attributionSubject: subject } = session;
  const weights = network.context.view;
  return (
    <AttributionView
      analysis={analysis}
      crop={cropped}
      subject={subject}
      probs={engine.activations?.get(network.spec.layers.at(-1)?.id ?? '')}
      randomWeights={!(network.engineWeights && weights.summary && weights.trained)}
      onOpenChannel={onOpenChannel}
    />
  );
}
