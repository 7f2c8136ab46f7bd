/**
 * The session layer's plain parts, without React: the status line's precedence, which files go
 * to the weights importer (by their bytes, never their names), what a drag looks like before the
 * drop, and the step a link names.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { variants } from '../../src/core/variants';
import { currentStep } from '../../src/state/currentStep';
import { statusOf } from '../../src/state/status';
import { guessDragged, isWeightsFile, routeFiles } from '../../src/state/weights/fileRoute';

describe('the status line', () => {
  it('says the engine stopped first, then weights coming back, then a file being read, then the engine', () => {
    expect(statusOf({ engine: 'error', restoring: true, importing: 'a.pth' })).toEqual({ kind: 'error' });
    expect(statusOf({ engine: 'building', restoring: true, importing: 'a.pth' })).toEqual({ kind: 'restoring' });
    expect(statusOf({ engine: 'ready', restoring: false, importing: 'a.pth' })).toEqual({
      kind: 'importing',
      file: 'a.pth',
    });
    expect(statusOf({ engine: 'running', restoring: false })).toEqual({ kind: 'running' });
  });
});

describe('files given to the page', () => {
  const zip = new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0])], 'weights.jpg');
  const png = new File([readFileSync('tests/fixtures/images/gray.png')], 'model.pth', { type: 'image/png' });

  it('are told apart by their first bytes: a zip named .jpg is weights, a PNG named .pth is a photo', async () => {
    expect(await isWeightsFile(zip)).toBe(true);
    expect(await isWeightsFile(png)).toBe(false);
    const imported: string[] = [];
    const images = await routeFiles([png, zip], (f) => imported.push(f.name));
    expect(imported).toEqual(['weights.jpg']);
    expect(images.map((f) => f.name)).toEqual(['model.pth']);
  });

  it('are guessed from their MIME types while dragged (the bytes are not readable before the drop)', () => {
    expect(guessDragged(['image/png'])).toBe('photo');
    expect(guessDragged(['', 'application/octet-stream'])).toBe('weights');
    expect(guessDragged(['image/png', ''])).toBe('unknown');
    expect(guessDragged([])).toBe('unknown');
  });
});

describe('the step a link names', () => {
  const analysis = analyze(variants.seed);
  it('is found among the pipeline steps and the layers', () => {
    const conv2 = currentStep(analysis, 'conv2');
    expect(conv2.step?.id).toBe('conv2');
    expect(conv2.info?.layer.kind).toBe('conv');
    expect(conv2.missing).toBe(false);
    expect(currentStep(analysis, 'pipeline-data').info).toBeUndefined();
  });
  it('falls back to the input step, and says so, for a step the network does not have', () => {
    const bad = currentStep(analysis, 'norm1');
    expect(bad.missing).toBe(true);
    expect(bad.step?.id).toBe('input');
  });
});
