/**
 * What the walkthrough adds to a step for issue 9: the sliding window for conv and pool
 * layers, one output map built from its parts for conv layers, and the worked numbers of
 * ReLU, max-pool, LRN, dropout and softmax. Everything from the engine's activations.
 */
import type { LayerInfo } from '../../core/analyze';
import type { RgbaImage } from '../../core/tensorData';
import type { EngineView } from '../useEngine';
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
  const output = engine.activations?.get(layer.id);
  const input = previousActivation(engine.activations, layer.id);
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
