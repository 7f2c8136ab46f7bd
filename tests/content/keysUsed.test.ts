/**
 * Every English string key is used somewhere in src, and every key has its Chinese twin.
 * A key counts as used when src (outside the string tables) names it in quotes, fetches its
 * parent as a whole table (t('image.notes', { returnObjects: true })), or builds it from one of
 * the dynamic patterns below. A pattern is honest only if src really has that template
 * (`kind.${layer.kind}`) and names the part that fills it in quotes somewhere ('softmax').
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/content';
import { zh } from '../../src/content/zh';

function leaves(obj: unknown, prefix = ''): string[] {
  if (typeof obj === 'string') return [prefix];
  if (!obj || typeof obj !== 'object') return [];
  return Object.entries(obj).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(p) ? [p] : [];
  });
}

/** The citation map names keys without using them: it is cut out of sources.ts below. */
const withoutCitations = (text: string) => text.replace(/export const citations[\s\S]*?\n};\n/, '');

/** The code that looks strings up: everything in src but the string tables and the citation map. */
const code = files('src')
  .filter((f) => !/content[/\\](strings[/\\]|ui\.(en|zh)\.ts)/.test(f))
  .map((f) => withoutCitations(readFileSync(f, 'utf8')))
  .join('\n');

/** Keys built at run time: `*` is the part a variable fills. */
const dynamic = [
  'classroom.quiz.prompt.*',
  'classroom.quiz.reason.*',
  'editor.code.*',
  'editor.compare.*',
  'editor.edit.fields.*',
  'editor.edit.values.*',
  'editor.problem.*',
  'engine.*',
  'engine.backendName.*',
  'engine.error.*',
  'image.camera.problems.*',
  'image.credits.*',
  'image.preprocess.*',
  'image.samples.*',
  'kind.*',
  'mode.*',
  'overview.play.*',
  'pipeline.*.body',
  'pipeline.*.title',
  'pipeline.formula.*',
  'pipeline.kind.*.label',
  'pipeline.lead.*',
  'pipeline.numbers.*.label',
  'pipeline.numbers.*.note',
  'pipeline.numbers.*.value',
  'pipeline.step.*.title',
  'shell.status.*',
  'shell.views.*',
  'attribution.methods.*',
  'attribution.about.*',
  'attribution.map.legend.*',
  'lab.run.*',
  'lab.run.status.*',
  'lab.classes.*',
  'lab.switch.*',
  'sources.full.*',
  'variant.*',
  'variant.source.*',
  'viz.colormap.*',
  'viz.dot.channels.*',
  'viz.dot.problem.*',
  'viz.dot.stage.*',
  'viz.grid.scale.*',
  'viz.grid.sort.*',
  'walk.kind.*.what',
  'walk.kind.*.why',
  'walk.quizHints.*',
  'walk.role.*',
  'walk.ui.paramsNone.*',
  'webgpu.*',
  'weights.error.*',
  'weights.format.*',
  'weights.preset.*',
  'weights.preset.*Steps',
  'weights.stage.*',
] as const;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const quoted = (s: string) => [`'${s}'`, `"${s}"`, `\`${s}\``].some((q) => code.includes(q));
const wholeTables = [...code.matchAll(/t\('([\w.]+)',\s*\{\s*returnObjects: true/g)].map((m) => `${m[1] ?? ''}.`);
/** i18next plural forms share one key in code: 'x_one', 'x_other' are both t('x', { count }). */
const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');

function usedBy(key: string): string | undefined {
  const k = base(key);
  if (quoted(k)) return 'literal';
  if (wholeTables.some((p) => k.startsWith(p))) return 'table';
  for (const pattern of dynamic) {
    const [prefix = '', suffix = ''] = pattern.split('*');
    const m = new RegExp(`^${escape(prefix)}(.+)${escape(suffix)}$`).exec(k);
    if (m?.[1] && quoted(m[1])) return pattern;
  }
  return undefined;
}

describe('string keys', () => {
  const enKeys = leaves(en);
  const zhKeys = new Set(leaves(zh));

  it('reads the citation map out of the code it searches', () => {
    expect(code).not.toContain("'walk.layer.conv1.maps': [");
    expect(code).toContain("export const localRefs = ['article', 'app']");
  });

  it('every dynamic pattern is a template in src', () => {
    const missing = dynamic.filter((p) => {
      const [prefix = '', suffix = ''] = p.split('*');
      return !new RegExp(`\`${escape(prefix)}\\$\\{[^}]+\\}${escape(suffix)}\``).test(code);
    });
    expect(missing).toEqual([]);
  });

  it('every English key is used in src', () => {
    expect(enKeys.filter((k) => !usedBy(k))).toEqual([]);
  });

  it('every English key has a Chinese one, and no Chinese key is extra', () => {
    expect(enKeys.filter((k) => !zhKeys.has(k))).toEqual([]);
    const enSet = new Set(enKeys);
    expect([...zhKeys].filter((k) => !enSet.has(k))).toEqual([]);
  });
});
