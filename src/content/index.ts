/**
 * All strings of the app, one object per language, assembled from one file per area so that
 * areas can be written independently. Namespaces: the top-level keys of ui.en.ts, plus one
 * per file in strings/.
 *
 * `en`/`zh` hold every string (types, tests); `enFirst`/`zhFirst` leave out the training lab's
 * (`lab`), which its lazy chunk adds to i18next when it loads (content/labStrings.ts), so that
 * the first paint does not wait for them.
 */
import { classroomEn } from './strings/classroom.en';
import { classroomZh } from './strings/classroom.zh';
import { diagramEn } from './strings/diagram.en';
import { diagramZh } from './strings/diagram.zh';
import { editorEn } from './strings/editor.en';
import { editorZh } from './strings/editor.zh';
import { engineEn } from './strings/engine.en';
import { engineZh } from './strings/engine.zh';
import { imageEn } from './strings/image.en';
import { imageZh } from './strings/image.zh';
import { labEn } from './strings/lab.en';
import { labZh } from './strings/lab.zh';
import { pipelineEn } from './strings/pipeline.en';
import { pipelineZh } from './strings/pipeline.zh';
import { slidesEn } from './strings/slides.en';
import { slidesZh } from './strings/slides.zh';
import { sourcesEn } from './strings/sources.en';
import { sourcesZh } from './strings/sources.zh';
import { overviewEn } from './strings/overview.en';
import { overviewZh } from './strings/overview.zh';
import { layoutEn } from './strings/layout.en';
import { layoutZh } from './strings/layout.zh';
import { vizEn } from './strings/viz.en';
import { vizZh } from './strings/viz.zh';
import { walkEn } from './strings/walk.en';
import { walkZh } from './strings/walk.zh';
import { weightsEn } from './strings/weights.en';
import { weightsZh } from './strings/weights.zh';
import { webgpuEn } from './strings/webgpu.en';
import { webgpuZh } from './strings/webgpu.zh';
import { uiEn } from './ui.en';
import { uiZh } from './ui.zh';

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
} as const;

/** `first` with the lab's strings: a pure call, so a bundle that never reads the result drops them. */
function withLab<T, L>(first: T, lab: L): T & { readonly lab: L } {
  return { ...first, lab };
}

export const en = /* @__PURE__ */ withLab(enFirst, labEn);

export const zhFirst = {
  ...uiZh,
  engine: engineZh,
  viz: vizZh,
  diagram: diagramZh,
  image: imageZh,
  layout: layoutZh,
  walk: walkZh,
  classroom: classroomZh,
  sources: sourcesZh,
  pipeline: pipelineZh,
  editor: editorZh,
  overview: overviewZh,
  weights: weightsZh,
  slides: slidesZh,
  webgpu: webgpuZh,
};

export const zh = /* @__PURE__ */ withLab(zhFirst, labZh);
