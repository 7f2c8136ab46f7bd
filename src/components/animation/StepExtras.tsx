/**
 * What the walkthrough adds to a step for issue 9: the sliding window for conv and pool
 * layers, one output map built from its parts for conv layers, and the worked numbers of
 * ReLU, max-pool, LRN, dropout and softmax. Everything from the engine's activations.
 */
import { useDeferredValue } from 'react';
import type { LayerInfo } from '../../core/analyze';
import type { RgbaImage } from '../../core/tensorData';
import type { EngineView } from '../../state/engine/useEngine';
import { previousActivation } from './activations';
import { ChannelBuild } from './ChannelBuild';
import { LayerAnimation } from './LayerAnimation';
import { OpExplain } from './OpExplain';

interface Props {
  readonly info: LayerInfo;
  readonly engine: EngineView;
  readonly photo: RgbaImage | null;
}

export function StepExtras({ info, engine, photo }: Props) {
  const { layer } = info;
  // Drawn in a pass of their own, after the step's numbers and maps are on screen: the window,
  // the channel build and the worked numbers cost tens of ms together, and rendered with the
  // step they made one main-thread task of 100–400 ms. (Mounted per step: see LayerView.)
  // Not from the early layers while the build goes on: the page's CPU is then better left to
  // the workers making the dense layers (2 cores), and the extras follow the whole forward.
  const activations = useDeferredValue(engine.status === 'building' ? undefined : engine.activations, undefined);
  const output = activations?.get(layer.id);
  const input = previousActivation(activations, layer.id);
  if (!output || !input) return null;
  return (
    <div className="step-extras" key={layer.id}>
      {layer.kind === 'conv' || layer.kind === 'maxpool' ? (
        <LayerAnimation info={info} input={input} output={output} photo={photo} />
      ) : null}
      {layer.kind === 'conv' ? (
        <ChannelBuild layer={layer} input={input.data} output={output} getKernel={engine.getKernel} />
      ) : null}
      <OpExplain layer={layer} input={input.data} output={output} />
    </div>
  );
}
