import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import { codeFileName, exportCode } from '../../../src/core/codegen';
import { variants } from '../../../src/core/variants';

const code = (target: 'pytorch' | 'keras' | 'tfjs', id: keyof typeof variants) =>
  exportCode(target, analyze(variants[id]), variants[id].name);

describe('exporters', () => {
  it('PyTorch: torchvision-like features/avgpool/classifier, grouped convs, LRN in PyTorch’s α/n convention, ceil pooling', () => {
    const tv = code('pytorch', 'torchvision');
    expect(tv).toContain('nn.Conv2d(3, 64, kernel_size=11, stride=4, padding=2),  # conv1');
    expect(tv).toContain('self.avgpool = nn.AdaptiveAvgPool2d((6, 6))  # avgpool');
    expect(tv).toContain('nn.Linear(9216, 4096),  # fc6');
    const paper = code('pytorch', 'paper');
    expect(paper).toContain('nn.Conv2d(96, 256, kernel_size=5, stride=1, padding=2, groups=2),  # conv2');
    // The paper's α = 1e-4 multiplies the sum; nn.LocalResponseNorm divides by n = 5, so 5e-4.
    expect(paper).toContain('nn.LocalResponseNorm(size=5, alpha=0.0005, beta=0.75, k=2.0),  # norm1');
    expect(code('pytorch', 'zfnet')).toContain('nn.MaxPool2d(kernel_size=3, stride=2, ceil_mode=True),  # pool1');
  });

  it('PyTorch: forward returns logits, predict the softmax; the docstring names the downloaded file', () => {
    const seed = exportCode('pytorch', analyze(variants.seed), variants.seed.name, codeFileName('pytorch', 'seed'));
    expect(seed).toContain('Saved as alexnet_seed.py. Run it with: python3 alexnet_seed.py');
    expect(seed).not.toContain('nn.Softmax(dim=1),  # softmax');
    expect(seed).toContain('    def predict(self, x):\n');
    expect(seed).toContain('        return torch.softmax(self.forward(x), dim=1)');
    expect(seed).toContain('CLASSIFIER = ["fc6", "relu6", "drop6", "fc7", "relu7", "drop7", "fc8"]');
    expect(seed).toContain('[("softmax", nn.Softmax(dim=1))]');
  });

  it('Keras: padding as its own layer, the paper’s α as is, −∞ padding for ceil pooling, PyTorch’s adaptive bins', () => {
    const paper = code('keras', 'paper');
    expect(paper).toContain('layers.ZeroPadding2D(padding=2, name="conv2_pad")');
    expect(paper).toContain('layers.Conv2D(256, 5, strides=1, groups=2, name="conv2")');
    expect(paper).toContain('depth_radius=2, bias=2.0, alpha=0.0001, beta=0.75');
    // ZFNet pool1: (110 − 3)/2 + 1 = 54.5 → 55 reads one pixel past the edge.
    expect(code('keras', 'zfnet')).toContain(
      '[[0, 0], [0, 1], [0, 1], [0, 0]], constant_values=float("-inf")), name="pool1_ceil")',
    );
    expect(code('keras', 'torchvision')).toContain('adaptive_avg_pool(x, 6), name="avgpool")');
  });

  it('tfjs: custom layers only where needed', () => {
    expect(code('tfjs', 'seed')).not.toContain('class ');
    const paper = code('tfjs', 'paper');
    expect(paper).toContain("new GroupedConv2D({ filters: 256, kernelSize: 5, strides: 1, groups: 2, name: 'conv2' })");
    expect(paper).toContain(
      "new LocalResponseNorm({ depthRadius: 2, bias: 2, alpha: 0.0001, beta: 0.75, name: 'norm1' })",
    );
    expect(code('tfjs', 'zfnet')).toContain("new PadFarEdge({ pad: 1, name: 'pool1_ceil' })");
    expect(codeFileName('tfjs', 'custom')).toBe('alexnet_custom.mjs');
    expect(codeFileName('keras', 'seed')).toBe('alexnet_seed_keras.py');
  });
});
