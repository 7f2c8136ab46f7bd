/**
 * All strings of the app, one object per language, assembled from one file per area so that
 * areas can be written independently. Namespaces: the top-level keys of ui.en.ts, plus one
 * per file in strings/.
 */
import { classroomEn } from './strings/classroom.en';
import { classroomZh } from './strings/classroom.zh';
import { diagramEn } from './strings/diagram.en';
import { diagramZh } from './strings/diagram.zh';
import { engineEn } from './strings/engine.en';
import { engineZh } from './strings/engine.zh';
import { imageEn } from './strings/image.en';
import { imageZh } from './strings/image.zh';
import { vizEn } from './strings/viz.en';
import { vizZh } from './strings/viz.zh';
import { walkEn } from './strings/walk.en';
import { walkZh } from './strings/walk.zh';
import { weightsEn } from './strings/weights.en';
import { weightsZh } from './strings/weights.zh';
import { uiEn } from './ui.en';
import { uiZh } from './ui.zh';

export const en = {
  ...uiEn,
  engine: engineEn,
  viz: vizEn,
  diagram: diagramEn,
  image: imageEn,
  walk: walkEn,
  classroom: classroomEn,
  weights: weightsEn,
} as const;

export const zh = {
  ...uiZh,
  engine: engineZh,
  viz: vizZh,
  diagram: diagramZh,
  image: imageZh,
  walk: walkZh,
  classroom: classroomZh,
  weights: weightsZh,
};
