/**
 * The components' text alternatives and messages, rendered to static markup in Node (no DOM:
 * effects, and so canvas drawing, do not run here; the browser spec covers those).
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { Conv1DotProduct } from '../../../src/components/viz/Conv1DotProduct';
import { DenseStrip } from '../../../src/components/viz/DenseStrip';
import { FeatureMapGrid } from '../../../src/components/viz/FeatureMapGrid';
import { FilterGrid } from '../../../src/components/viz/FilterGrid';
import { ReceptiveFieldView } from '../../../src/components/viz/ReceptiveFieldView';
import { TopClasses } from '../../../src/components/viz/TopClasses';
import { initI18n } from '../../../src/i18n';

beforeAll(() => {
  initI18n('en');
});

const noop = () => undefined;
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('FeatureMapGrid', () => {
  it('describes the grid and its value range', () => {
    const data = new Float32Array(55 * 55 * 96);
    data[5] = 2.5; // channel 5 at (0, 0)
    const html = renderToStaticMarkup(
      <FeatureMapGrid maps={{ shape: [55, 55, 96], data }} layerLabel="conv1" sort="index" onSort={noop} />,
    );
    expect(html).toContain(
      'aria-label="96 feature maps of conv1, 55×55 each, in a grid of 12 columns, ordered by channel number."',
    );
    expect(text(html)).toContain('conv1: 96 feature maps of 55×55, values from 0.0000 to 2.5000.');
    expect(html).toContain('width="693"');
  });
  it('says what is wrong with data of the wrong shape', () => {
    const html = renderToStaticMarkup(
      <FeatureMapGrid
        maps={{ shape: [4096], data: new Float32Array(4096) }}
        layerLabel="fc6"
        sort="index"
        onSort={noop}
      />,
    );
    expect(html).toContain('role="alert"');
    expect(text(html)).toContain('expected [h, w, c], got data of shape 4096 (4096 values)');
  });
});

describe('ReceptiveFieldView', () => {
  const image = { width: 224, height: 224, data: new Uint8ClampedArray(224 * 224 * 4) };
  it('names the square and the padded pixels (torchvision conv1, padding 2)', () => {
    const html = renderToStaticMarkup(
      <ReceptiveFieldView
        image={image}
        rf={{ size: 11, jump: 4, start: 3, wholeImage: false }}
        at={{ x: 0, y: 3 }}
        layerLabel="conv1"
      />,
    );
    expect(text(html)).toContain(
      'Output pixel (0, 3) of conv1 sees input pixels −2 to 8 across and 10 to 20 down: a 11×11 square.',
    );
    expect(text(html)).toContain('22 of its 121 pixels lie outside the image');
  });
  it('invites a probe when none is given', () => {
    const html = renderToStaticMarkup(
      <ReceptiveFieldView
        image={image}
        rf={{ size: 11, jump: 4, start: 5, wholeImage: false }}
        at={null}
        layerLabel="conv1"
      />,
    );
    expect(text(html)).toContain('Point at a feature map');
    expect(html).toContain('aria-label="The input image, 224×224 pixels."');
  });
});

describe('Conv1DotProduct', () => {
  // A 227×227×3 input of 0.5s and a kernel of 0.01s: each output is 363·0.005 = 1.815 (+ bias).
  const input = { shape: [227, 227, 3], data: new Float32Array(227 * 227 * 3).fill(0.5) };
  const kernel = { shape: [11, 11, 3, 2], data: new Float32Array(11 * 11 * 3 * 2).fill(0.01) };
  const bias = Float32Array.from([0.1, -3]);
  const render = (channel: number, activation: number) =>
    text(
      renderToStaticMarkup(
        <Conv1DotProduct
          input={input}
          kernel={kernel}
          bias={bias}
          stride={4}
          padding={0}
          probe={{ channel, x: 3, y: 7 }}
          activation={activation}
        />,
      ),
    );
  it('shows the sum, the bias, the ReLU and the engine’s value agreeing', () => {
    const html = render(0, 1.915);
    expect(html).toContain('Σ patch · kernel (363 products) 1.815000');
    expect(html).toContain('+ bias 0.100000');
    expect(html).toContain('= conv output 1.915000');
    expect(html).toContain('laid on the input at (12, 28)');
    expect(html).toContain('✓ Same value');
  });
  it('shows the ReLU clipping and flags an engine value that disagrees', () => {
    const html = render(1, 0.5);
    expect(html).toContain('after ReLU: max(0, −1.185000) 0.000000');
    expect(html).toContain('✗ Different');
  });
});

describe('DenseStrip, FilterGrid and TopClasses', () => {
  it('give the strip its min, max and share of zeros', () => {
    const values = new Float32Array(4096);
    values[100] = 3;
    const html = text(renderToStaticMarkup(<DenseStrip values={{ shape: [4096], data: values }} layerLabel="fc6" />));
    expect(html).toContain('fc6: min 0.0000 · max 3.0000 (unit 100). 4095 of 4096 values are 0 (99.98%).');
  });
  it('explain kernels that are too deep for colour pictures', () => {
    const html = text(
      renderToStaticMarkup(
        <FilterGrid kernel={{ shape: [5, 5, 96, 2], data: new Float32Array(4800) }} layerLabel="conv2" />,
      ),
    );
    expect(html).toContain('These kernels are 96 deep, not 3');
  });
  it('label classes by number, flag random weights, and refuse logits', () => {
    const probs = new Float32Array(1000).fill(0.5 / 999);
    probs[281] = 0.5;
    const html = text(renderToStaticMarkup(<TopClasses probs={{ shape: [1000], data: probs }} randomWeights />));
    expect(html).toContain('Top 5 of 1000 classes');
    expect(html).toContain('class 281 50.00%');
    expect(html).toContain('predictions below mean nothing');
    expect(html).toContain('1 in 1000 (0.10%)');
    const named = text(
      renderToStaticMarkup(
        <TopClasses
          probs={{ shape: [1000], data: probs }}
          randomWeights={false}
          names={Array.from({ length: 1000 }, (_, i) => `n${i}`)}
        />,
      ),
    );
    expect(named).toContain('n281 50.00%');
    expect(named).not.toContain('mean nothing');
    const logits = text(
      renderToStaticMarkup(<TopClasses probs={{ shape: [3], data: Float32Array.from([2, -1, 5]) }} randomWeights />),
    );
    expect(logits).toContain('These values are not probabilities (they sum to 6.000)');
  });
});
