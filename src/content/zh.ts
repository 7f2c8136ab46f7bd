/**
 * The Chinese strings, the same keys as English (content/index.ts). A chunk of its own, so
 * that English readers do not fetch them before the first paint; i18n/index.ts loads `zhFirst`
 * (the lab's part comes with the lab's chunk: content/labStrings.ts).
 */
import { withLab } from './index';
import { attributionZh } from './strings/attribution.zh';
import { labZh } from './strings/lab.zh';
import { classroomZh } from './strings/classroom.zh';
import { diagramZh } from './strings/diagram.zh';
import { editorZh } from './strings/editor.zh';
import { engineZh } from './strings/engine.zh';
import { imageZh } from './strings/image.zh';
import { pipelineZh } from './strings/pipeline.zh';
import { slidesZh } from './strings/slides.zh';
import { sourcesZh } from './strings/sources.zh';
import { overviewZh } from './strings/overview.zh';
import { layoutZh } from './strings/layout.zh';
import { vizZh } from './strings/viz.zh';
import { walkZh } from './strings/walk.zh';
import { weightsZh } from './strings/weights.zh';
import { shellZh } from './strings/shell.zh';
import { webgpuZh } from './strings/webgpu.zh';
import { uiZh } from './ui.zh';

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
  shell: shellZh,
  attribution: attributionZh,
};

export const zh = /* @__PURE__ */ withLab(zhFirst, labZh);
