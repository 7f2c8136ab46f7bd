/**
 * Source text of the custom tfjs layers an exported network may need, emitted only when
 * used. Each computes its output shape symbolically (so tf.model can be assembled) and its
 * values in `call`, inside tf.tidy.
 */

const groupedConv = `/** Grouped convolution (PyTorch's groups): one kernel [k, k, c/groups, filters], one slice per group. */
class GroupedConv2D extends tf.layers.Layer {
  static className = 'GroupedConv2D';
  constructor(config) {
    super(config);
    Object.assign(this, { filters: config.filters, k: config.kernelSize, s: config.strides, groups: config.groups });
  }
  build(inputShape) {
    const depth = inputShape[3] / this.groups;
    this.kernel = this.addWeight('kernel', [this.k, this.k, depth, this.filters], 'float32', tf.initializers.heNormal({}));
    this.bias = this.addWeight('bias', [this.filters], 'float32', tf.initializers.zeros());
    this.built = true;
  }
  computeOutputShape(s) {
    const o = Math.floor((s[1] - this.k) / this.s) + 1;
    return [s[0], o, o, this.filters];
  }
  call(inputs) {
    return tf.tidy(() => {
      const x = Array.isArray(inputs) ? inputs[0] : inputs;
      const kernels = tf.split(this.kernel.read(), this.groups, 3);
      const parts = tf.split(x, this.groups, 3).map((xi, i) => tf.conv2d(xi, kernels[i], this.s, 'valid'));
      return tf.add(tf.concat(parts, 3), this.bias.read());
    });
  }
}
tf.serialization.registerClass(GroupedConv2D);
`;

const lrn = `/** Local response normalisation; alpha multiplies the sum of squares, as in the paper. */
class LocalResponseNorm extends tf.layers.Layer {
  static className = 'LocalResponseNorm';
  constructor(config) {
    super(config);
    Object.assign(this, { r: config.depthRadius, bias: config.bias, alpha: config.alpha, beta: config.beta });
  }
  call(inputs) {
    const x = Array.isArray(inputs) ? inputs[0] : inputs;
    return tf.localResponseNormalization(x, this.r, this.bias, this.alpha, this.beta);
  }
}
tf.serialization.registerClass(LocalResponseNorm);
`;

const padFarEdge = `/** Pads the bottom and right edges with -Infinity, so a max pool rounds its output up (PyTorch's ceil_mode). */
class PadFarEdge extends tf.layers.Layer {
  static className = 'PadFarEdge';
  constructor(config) {
    super(config);
    this.pad = config.pad;
  }
  computeOutputShape(s) {
    return [s[0], s[1] + this.pad, s[2] + this.pad, s[3]];
  }
  call(inputs) {
    const x = Array.isArray(inputs) ? inputs[0] : inputs;
    return tf.pad(x, [[0, 0], [0, this.pad], [0, this.pad], [0, 0]], -Infinity);
  }
}
tf.serialization.registerClass(PadFarEdge);
`;

const adaptive = `/** PyTorch's AdaptiveAvgPool2d: cell i averages rows floor(i·n/out) … ceil((i+1)·n/out) − 1. */
class AdaptiveAvgPool2D extends tf.layers.Layer {
  static className = 'AdaptiveAvgPool2D';
  constructor(config) {
    super(config);
    this.out = config.outputSize;
  }
  computeOutputShape(s) {
    return [s[0], this.out, this.out, s[3]];
  }
  call(inputs) {
    return tf.tidy(() => {
      const x = Array.isArray(inputs) ? inputs[0] : inputs;
      const n = x.shape[1];
      const bins = [...Array(this.out).keys()].map((i) => [Math.floor((i * n) / this.out), Math.ceil(((i + 1) * n) / this.out)]);
      const rows = bins.map(([a, b]) =>
        tf.stack(bins.map(([c, d]) => tf.mean(x.slice([0, a, c, 0], [-1, b - a, d - c, -1]), [1, 2])), 1),
      );
      return tf.stack(rows, 1);
    });
  }
}
tf.serialization.registerClass(AdaptiveAvgPool2D);
`;

const sources: Readonly<Record<string, string>> = {
  GroupedConv2D: groupedConv,
  LocalResponseNorm: lrn,
  PadFarEdge: padFarEdge,
  AdaptiveAvgPool2D: adaptive,
};

/** The classes named in `needed`, each followed by a blank line. */
export function tfjsCustomLayers(needed: ReadonlySet<string>): string[] {
  return Object.entries(sources)
    .filter(([name]) => needed.has(name))
    .map(([, source]) => source);
}
