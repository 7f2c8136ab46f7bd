/**
 * All strings of the app, one object per language, assembled from one file per area so that
 * areas can be written independently. Namespaces: the top-level keys of ui.en.ts, plus one
 * per file in strings/. English is bundled with the page; Chinese (./zh.ts) is a chunk of its
 * own, fetched before the first render when the page opens in Chinese or the reader switches.
 *
 * `en` (and zh.ts's `zh`) hold every string (types, tests); `enFirst` (and `zhFirst`) leave out
 * the training lab's (`lab`), which its lazy chunk adds to i18next when it loads
 * (content/labStrings.ts), so that the first paint does not wait for them.
 */
import { attributionEn } from './strings/attribution.en';
import { classroomEn } from './strings/classroom.en';
import { diagramEn } from './strings/diagram.en';
import { editorEn } from './strings/editor.en';
import { engineEn } from './strings/engine.en';
import { imageEn } from './strings/image.en';
import { labEn } from './strings/lab.en';
import { pipelineEn } from './strings/pipeline.en';
import { slidesEn } from './strings/slides.en';
import { sourcesEn } from './strings/sources.en';
import { overviewEn } from './strings/overview.en';
import { layoutEn } from './strings/layout.en';
import { vizEn } from './strings/viz.en';
import { walkEn } from './strings/walk.en';
import { weightsEn } from './strings/weights.en';
import { shellEn } from './strings/shell.en';
import { webgpuEn } from './strings/webgpu.en';
import { uiEn } from './ui.en';

export const enFirst = {
  ...uiEn,
  engine: engineEn,
  viz: vizEn,
  diagram: diagramEn,
  image: imageEn,
  layout: layoutEn,
  walk: walkEn,
  classroom: classroomEn,
  sources: sourcesEn,
  pipeline: pipelineEn,
  editor: editorEn,
  overview: overviewEn,
  weights: weightsEn,
  slides: slidesEn,
  webgpu: webgpuEn,
  shell: shellEn,
  attribution: attributionEn,
} as const;

/** `first` with the lab's strings: a pure call, so a bundle that never reads the result drops them. */
export function withLab<T, L>(first: T, lab: L): T & { readonly lab: L } {
  return { ...first, lab };
}

export const en = /* @__PURE__ */ withLab(enFirst, labEn);
