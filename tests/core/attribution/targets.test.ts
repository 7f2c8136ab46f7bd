/** Layers by kind, defaults, CSV and job keys. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import { mapToCsv } from '../../../src/core/attribution/csv';
import { defaultJob, jobFits, jobKey, smoothGradDefaults, withClass } from '../../../src/core/attribution/defaults';
import { cascadeOrder, classCount, convTarget, convTargets, logitsIndex } from '../../../src/core/attribution/targets';
import { variants } from '../../../src/core/variants';

const seed = analyze(variants.seed);
const tv = analyze(variants.torchvision);

describe('targets', () => {
  it('uses each conv layer’s output after its ReLU; the default is conv5 → relu5, 13×13×256', () => {
    expect(convTargets(seed).map((t) => `${t.convId}>${t.layerId}`)).toEqual([
      'conv1>relu1',
      'conv2>relu2',
      'conv3>relu3',
      'conv4>relu4',
      'conv5>relu5',
    ]);
    expect(convTarget(seed)).toMatchObject({ convId: 'conv5', layerId: 'relu5', hwc: [13, 13, 256] });
    expect(convTarget(tv)).toMatchObject({ convId: 'conv5', layerId: 'relu5', hwc: [13, 13, 256] });
    expect(convTarget(seed, 'conv2')?.hwc).toEqual([27, 27, 256]);
    expect(seed.layers[convTarget(seed)?.index ?? -1]?.layer.id).toBe('relu5');
  });

  it('finds the logits (fc8, before softmax), the classes, and the cascade from the top', () => {
    expect(seed.layers[logitsIndex(seed)]?.layer.id).toBe('fc8');
    expect(classCount(seed)).toBe(1000);
    expect(cascadeOrder(seed)).toEqual(['fc8', 'fc7', 'fc6', 'conv5', 'conv4', 'conv3', 'conv2', 'conv1']);
  });
});

describe('defaults and keys', () => {
  it('follows the papers: SmoothGrad σ 15 %, n 50; occlusion a 7×7 grid; Grad-CAM at conv5', () => {
    expect(smoothGradDefaults).toEqual({ samples: 50, noise: 0.15 });
    expect(defaultJob('occlusion', tv)).toEqual({ method: 'occlusion', classIndex: 'top', size: 56, stride: 28 });
    expect(defaultJob('gradcam', seed, 3)).toEqual({ method: 'gradcam', classIndex: 3, layerId: 'conv5' });
    expect(defaultJob('deconvnet', seed)).toEqual({ method: 'deconvnet', layerId: 'conv5', channel: 'top' });
  });

  it('changes the class of class methods only', () => {
    expect(withClass(defaultJob('saliency', seed), 7)).toEqual({ method: 'saliency', classIndex: 7 });
    const unit = defaultJob('guided', seed);
    expect(withClass(unit, 7)).toBe(unit);
  });

  it('gives the same key whatever the order of the settings', () => {
    expect(jobKey({ method: 'smoothgrad', classIndex: 1, samples: 5, noise: 0.1 })).toBe(
      jobKey({ noise: 0.1, samples: 5, classIndex: 1, method: 'smoothgrad' }),
    );
  });
});

describe('CSV', () => {
  it('writes one line per map row, the raw values at float32 precision', () => {
    const data = Float32Array.from([0, 0.1, -3, 1e-7, 12345.678, 2]);
    const csv = mapToCsv({ shape: [2, 3], data });
    expect(csv).toBe('0,0.100000001,-3\n1.00000001e-7,12345.6777,2\n');
    const back = csv
      .trim()
      .split('\n')
      .flatMap((l) => l.split(',').map(Number));
    expect(Float32Array.from(back)).toEqual(data);
    expect(() => mapToCsv({ shape: [6], data })).toThrow(RangeError);
  });
});

describe('jobs that fit a network', () => {
  it('keep to its conv layers, channels, crop and the limits', () => {
    expect(jobFits(defaultJob('gradcam', seed), seed)).toBe(true);
    expect(jobFits({ method: 'gradcam', classIndex: 'top', layerId: 'fc6' }, seed)).toBe(false);
    expect(jobFits({ method: 'deconvnet', layerId: 'conv1', channel: 95 }, seed)).toBe(true);
    expect(jobFits({ method: 'deconvnet', layerId: 'conv1', channel: 96 }, seed)).toBe(false);
    expect(jobFits({ method: 'occlusion', classIndex: 'top', size: 228, stride: 8 }, seed)).toBe(false);
    expect(jobFits({ method: 'smoothgrad', classIndex: 'top', samples: 1, noise: 0.1 }, seed)).toBe(false);
    expect(jobFits({ method: 'smoothgrad', classIndex: 'top', samples: 25, noise: 0.1 }, seed)).toBe(true);
  });
});
