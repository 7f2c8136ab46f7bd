/**
 * What a slide shows under its numbers, by the step's kind, so that the lecture ends on what the
 * network predicts: the photo and its preprocessing for the input; every feature map (with
 * conv1's filters) for a layer with maps; the activation strip for a vector layer (flatten,
 * fc6 …), with the top five beside fc8's; the top five for the softmax, beside where the network
 * looked for its top class (Grad-CAM at the last conv layer, issue 20), and for the results. Pipeline
 * steps before the input, and any step whose activations are still being computed, show the
 * network diagram with the step lit, at one height on every slide (slides.css).
 */
import type { Analysis } from '../../core/analyze';
import type { RgbaImage } from '../../core/tensorData';
import { type WalkStep, diagramLayer } from '../../content/steps';
import type { EngineView } from '../../state/engine/useEngine';
import { usePresetNow, useTrainedNow } from '../../state/weights/WeightsContext';
import { NetworkDiagram } from '../NetworkDiagram';
import type { VizSettings } from '../walk/vizSettings';
import { SlideMaps } from './SlideMaps';
import { SlidePreprocess } from './SlidePreprocess';
import { SlideStrip } from './SlideStrip';
import { SlideTopFive } from './SlideTopFive';
import { OutputGradCam } from '../attribution/OutputGradCam';
import type { AttributionSubject } from '../../state/attribution/subject';

/** What the softmax slide's Grad-CAM is of, and the crop it is drawn over. */
export interface SlideAttribution {
  readonly subject: AttributionSubject;
  readonly crop: RgbaImage | null;
}

interface Props {
  readonly step: WalkStep;
  readonly analysis: Analysis;
  /** The network's name, for the diagram's accessible label. */
  readonly name: string;
  readonly engine: EngineView;
  readonly settings: VizSettings;
  /** The chosen photo as decoded (the input slide's preprocessing), null until one is. */
  readonly original: RgbaImage | null;
  readonly onStep: (layerId: string) => void;
  readonly attribution?: SlideAttribution;
}

export function SlidePicture({ step, analysis, name, engine, settings, original, onStep, attribution }: Props) {
  const trained = useTrainedNow();
  const preset = usePresetNow();
  const acts = engine.activations;
  const softmax = analysis.layers.find((l) => l.layer.kind === 'softmax')?.layer.id;
  const probs = softmax ? acts?.get(softmax) : undefined;
  const diagram = (
    <NetworkDiagram
      analysis={analysis}
      name={name}
      current={diagramLayer(step, analysis)}
      onSelect={onStep}
      legend={false}
    />
  );
  if (step.kind === 'pipeline')
    return step.topic === 'results' && probs ? <SlideTopFive probs={probs} random={!trained} /> : diagram;

  const { info, layerIndex } = step;
  const { layer, outputShape } = info;
  if (layer.kind === 'input') {
    const size = outputShape.kind === 'spatial' ? outputShape.hwc[0] : 227;
    return original ? <SlidePreprocess original={original} size={size} preset={preset} /> : diagram;
  }
  const data = acts?.get(layer.id);
  if (!data) return diagram;
  if (outputShape.kind === 'spatial') {
    const isFirstConv = layer.id === analysis.layers.find((l) => l.layer.kind === 'conv')?.layer.id;
    return (
      <SlideMaps info={info} maps={data} getKernel={isFirstConv ? engine.getKernel : undefined} settings={settings} />
    );
  }
  if (layer.kind === 'softmax') {
    const top = <SlideTopFive probs={data} random={!trained} />;
    return attribution ? (
      <div className="slide-pair">
        {top}
        <OutputGradCam analysis={analysis} crop={attribution.crop} subject={attribution.subject} />
      </div>
    ) : (
      top
    );
  }
  const strip = <SlideStrip layerId={layer.id} values={data} colormap={settings.colormap} />;
  // The layer the softmax reads (fc8): its scores, and what they become.
  const feedsSoftmax = analysis.layers[layerIndex + 1]?.layer.kind === 'softmax';
  return feedsSoftmax && probs ? (
    <div className="slide-pair">
      {strip}
      <SlideTopFive probs={probs} random={!trained} />
    </div>
  ) : (
    strip
  );
}
