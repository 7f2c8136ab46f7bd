/**
 * The compare view offers the imported network (an ONNX graph brings its own spec): rendered to
 * static markup in Node, the paper-shaped network against torchvision's differs as core says.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { ComparePanel } from '../../../src/components/compare/ComparePanel';
import { variants } from '../../../src/core/variants';
import { initI18n } from '../../../src/i18n';

beforeAll(() => {
  initI18n('en');
});

const noop = () => undefined;

describe('ComparePanel with an imported network', () => {
  it('compares the imported network by its own spec and names it', () => {
    const imported = { ...variants.paper, id: 'imported-onnx', name: 'bvlcalexnet.onnx' };
    const html = renderToStaticMarkup(<ComparePanel value="seed,imported" imported={imported} onChange={noop} />);
    expect(html).toContain('the imported network (bvlcalexnet.onnx)');
    // seed vs the paper's grouped layout: 62,378,344 − 60,965,224 = 1,413,120 fewer parameters.
    expect(html).toContain('−1,413,120');
  });

  it('falls back to seed and paper when no network is imported', () => {
    const html = renderToStaticMarkup(<ComparePanel value="seed,imported" onChange={noop} />);
    expect(html).not.toContain('the imported network');
    expect(html).toContain('“seed,imported”');
  });
});
