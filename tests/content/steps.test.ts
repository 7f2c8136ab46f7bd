/**
 * The walkthrough's one step list: data → augmentation → training → every layer → results,
 * for every variant; pipeline ids that no layer id can take; the opening step is the input;
 * every pipeline paragraph belongs to exactly one step.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { layerIdPattern } from '../../src/core/editor/schema';
import { variantIds, variants } from '../../src/core/variants';
import { hasNote, pipelineNumbers } from '../../src/content/pipeline';
import {
  diagramLayer,
  firstLayerStep,
  layerPosition,
  pipelineItems,
  pipelineTopics,
  stepIndexOf,
  walkSteps,
} from '../../src/content/steps';
import { pipelineEn } from '../../src/content/strings/pipeline.en';
import { parseHash } from '../../src/state/viewState';

describe('walkSteps', () => {
  for (const id of variantIds) {
    it(`puts data, augmentation, training before ${id}'s layers and results after them`, () => {
      const analysis = analyze(variants[id]);
      const steps = walkSteps(analysis);
      const layerIds = analysis.layers.map((l) => l.layer.id);
      expect(steps.map((s) => s.id)).toEqual([
        'pipeline-data',
        'pipeline-augmentation',
        'pipeline-training',
        ...layerIds,
        'pipeline-results',
      ]);
      // Each layer step carries its own layer and index into analysis.layers.
      steps.forEach((s, i) => {
        if (s.kind === 'layer') {
          expect(s.layerIndex).toBe(i - 3);
          expect(s.info).toBe(analysis.layers[s.layerIndex]);
        }
      });
      expect(steps.filter((s) => s.kind === 'pipeline').map((s) => s.kind === 'pipeline' && s.part)).toEqual([
        'before',
        'before',
        'before',
        'after',
      ]);
      // The opening step (and a bad #layer=) is the input, the fourth step.
      expect(firstLayerStep(steps)).toBe(3);
      expect(steps[firstLayerStep(steps)]?.id).toBe('input');
      // The same array for the same analysis: React's deps stay stable.
      expect(walkSteps(analysis)).toBe(steps);
    });
  }

  it('counts 27 steps for the seed net: 3 + 23 layers + 1', () => {
    expect(walkSteps(analyze(variants.seed))).toHaveLength(27);
  });

  it('gives pipeline steps ids that no layer may have, and that the URL accepts', () => {
    const steps = walkSteps(analyze(variants.seed));
    for (const s of steps.filter((x) => x.kind === 'pipeline')) {
      expect(layerIdPattern.test(s.id)).toBe(false);
      expect(parseHash(`#layer=${s.id}`)).toMatchObject({ state: { layer: s.id }, rejected: [] });
    }
    for (const s of steps.filter((x) => x.kind === 'layer')) expect(layerIdPattern.test(s.id)).toBe(true);
    expect(stepIndexOf(steps, 'pipeline-results')).toBe(26);
    expect(stepIndexOf(steps, 'results')).toBe(-1);
    expect(stepIndexOf(steps, 'conv1')).toBe(4);
  });

  it('places pipeline steps among the layers and lights the input or the output on a slide', () => {
    const analysis = analyze(variants.seed);
    const steps = walkSteps(analysis);
    const at = (id: string) => steps[stepIndexOf(steps, id)];
    expect(layerPosition(at('pipeline-training'), analysis)).toBe(-1);
    expect(layerPosition(at('conv1'), analysis)).toBe(1);
    expect(layerPosition(at('pipeline-results'), analysis)).toBe(23);
    const lit = (id: string) => {
      const s = at(id);
      return s ? diagramLayer(s, analysis) : undefined;
    };
    expect(lit('pipeline-data')).toBe('input');
    expect(lit('pipeline-results')).toBe('softmax');
    expect(lit('pool2')).toBe('pool2');
  });
});

describe('pipeline content', () => {
  it('tells every paragraph of the pipeline strings in exactly one step', () => {
    const told = pipelineTopics.flatMap((t) => pipelineItems[t]);
    const paragraphs = Object.entries(pipelineEn)
      .filter(([, v]) => typeof v === 'object' && 'body' in v)
      .map(([k]) => k);
    expect([...told].sort()).toEqual([...paragraphs].sort());
    expect(new Set(told).size).toBe(told.length);
  });

  it('has key numbers for every step, each under its own step, with notes where the strings have them', () => {
    for (const topic of pipelineTopics) {
      const numbers = pipelineNumbers[topic];
      expect(numbers.length).toBeGreaterThanOrEqual(3);
      for (const n of numbers) {
        expect(n.key.startsWith(`${topic}.`)).toBe(true);
        const [, id = ''] = n.key.split('.');
        const strings: Readonly<Record<string, object>> = pipelineEn.numbers[topic];
        expect(hasNote(n.key)).toBe('note' in (strings[id] ?? {}));
      }
    }
    // The augmentation's 2048 and the ten test patches, worked by hand.
    const [crops, tenCrop] = pipelineNumbers.augmentation;
    expect(crops?.formula?.text).toBe(`(256 − 224)² · 2 = ${(256 - 224) ** 2 * 2}`);
    expect(tenCrop?.formula?.text).toBe(`(4 corners + centre) · 2 = ${(4 + 1) * 2}`);
  });
});
