/**
 * Exports a network as a PyTorch `nn.Module` laid out like torchvision's AlexNet
 * (`features`, `avgpool`, `classifier`), followed by the article's loop: push a random image
 * through layer by layer and print each layer's output shape and parameter count, then the
 * total. The printed numbers are the ones the app shows (tests run it and compare).
 *
 * A final softmax is kept out of the module: `forward` returns the class scores (logits),
 * which is what nn.CrossEntropyLoss expects (it applies log-softmax itself; a softmax inside
 * the model would be applied twice in training), and `predict` turns them into
 * probabilities. The printout still shows the softmax as the last row, as the app does.
 */
import type { Analysis, LayerInfo } from '../analyze';
import { type CodeLayout, layoutOf, lrnAlpha, numLiteral, pyFloat } from './structure';

/** One module constructor, e.g. `nn.Conv2d(3, 96, kernel_size=11, stride=4, padding=0)`. */
function torchModule(info: LayerInfo): string {
  const l = info.layer;
  const inC = info.inputShape.kind === 'spatial' ? info.inputShape.hwc[2] : info.inputShape.length;
  switch (l.kind) {
    case 'conv':
      return `nn.Conv2d(${inC}, ${l.filters}, kernel_size=${l.kernel}, stride=${l.stride}, padding=${l.padding}${l.groups > 1 ? `, groups=${l.groups}` : ''})`;
    case 'relu':
      return 'nn.ReLU(inplace=True)';
    case 'tanh':
      return 'nn.Tanh()';
    case 'lrn':
      // nn.LocalResponseNorm divides alpha by size, as Caffe does.
      return `nn.LocalResponseNorm(size=${l.size}, alpha=${pyFloat(lrnAlpha(l, 'divided-by-n'))}, beta=${pyFloat(l.beta)}, k=${pyFloat(l.k)})`;
    case 'maxpool':
      return `nn.MaxPool2d(kernel_size=${l.size}, stride=${l.stride}${l.rounding === 'ceil' ? ', ceil_mode=True' : ''})`;
    case 'adaptiveavgpool':
      return `nn.AdaptiveAvgPool2d((${l.outputSize}, ${l.outputSize}))`;
    case 'flatten':
      return 'nn.Flatten()';
    case 'dense':
      return `nn.Linear(${inC}, ${l.units})`;
    case 'dropout':
      return `nn.Dropout(p=${numLiteral(l.rate)})`;
    case 'softmax':
      return 'nn.Softmax(dim=1)';
    case 'input':
      return 'nn.Identity()';
  }
}

function sequential(name: string, rows: readonly LayerInfo[]): string[] {
  if (rows.length === 0) return [`        self.${name} = nn.Sequential()`];
  return [
    `        self.${name} = nn.Sequential(`,
    ...rows.map((r) => `            ${torchModule(r)},  # ${r.layer.id}`),
    '        )',
  ];
}

/** The classifier without a trailing softmax, and that softmax (if there was one). */
function splitSoftmax(layout: CodeLayout): { classifier: readonly LayerInfo[]; softmax?: LayerInfo } {
  const last = layout.classifier.at(-1);
  return last?.layer.kind === 'softmax'
    ? { classifier: layout.classifier.slice(0, -1), softmax: last }
    : { classifier: layout.classifier };
}

/** A one-line Python docstring at `indent`. */
const pyDoc = (indent: string, text: string) => `${indent}"""${text}"""`;

function moduleClass(layout: CodeLayout): string[] {
  const { classifier, softmax } = splitSoftmax(layout);
  const lines = ['class AlexNet(nn.Module):', '    def __init__(self):', '        super().__init__()'];
  lines.push(...sequential('features', layout.features));
  if (layout.avgpool) lines.push(`        self.avgpool = ${torchModule(layout.avgpool)}  # ${layout.avgpool.layer.id}`);
  if (layout.flatten) lines.push(...sequential('classifier', classifier));
  lines.push('', '    def forward(self, x):');
  if (softmax) {
    lines.push(
      pyDoc('        ', 'Class scores (logits): what nn.CrossEntropyLoss expects (it applies log-softmax itself).'),
    );
  }
  lines.push('        x = self.features(x)');
  if (layout.avgpool) lines.push('        x = self.avgpool(x)');
  if (layout.flatten) lines.push('        x = torch.flatten(x, 1)', '        x = self.classifier(x)');
  lines.push('        return x');
  if (softmax) {
    lines.push(
      '',
      '    def predict(self, x):',
      pyDoc('        ', `Class probabilities: the network's ${softmax.layer.id}, a softmax over the scores.`),
      '        return torch.softmax(self.forward(x), dim=1)',
    );
  }
  return lines;
}

/** The layers in order with the app's ids, as the print loop walks them. */
function namedLayers(layout: CodeLayout): string[] {
  const { softmax } = splitSoftmax(layout);
  const parts = ['zip(FEATURES, model.features)'];
  if (layout.avgpool) parts.push(`[("${layout.avgpool.layer.id}", model.avgpool)]`);
  if (layout.flatten) parts.push(`[("${layout.flatten.layer.id}", nn.Flatten())]`, 'zip(CLASSIFIER, model.classifier)');
  // The softmax that predict() applies, printed as the last layer, as in the app's table.
  if (softmax) parts.push(`[("${softmax.layer.id}", nn.Softmax(dim=1))]`);
  return [`    return itertools.chain(${parts.join(', ')})`];
}

/** The module docstring: what the file is, its own name (as downloaded) and how to run it. */
function docstring(name: string, fileName: string, logits: boolean): string[] {
  return [
    `"""${name}: generated by "AlexNet, layer by layer".`,
    '',
    `Saved as ${fileName}. Run it with: python3 ${fileName}`,
    "It builds the network, pushes a random image through it and prints each layer's output",
    'shape and parameter count, then the total: the numbers of the layer table in the app.',
    ...(logits
      ? [
          '',
          'AlexNet.forward returns class scores (logits), as nn.CrossEntropyLoss expects;',
          'AlexNet.predict returns probabilities (a softmax over those scores).',
        ]
      : []),
    '"""',
  ];
}

/** The whole Python file for an analysed network (which must be ok), saved as `fileName`. */
export function pytorchCode(analysis: Analysis, name: string, fileName = 'alexnet.py'): string {
  const layout = layoutOf(analysis);
  const ids = (rows: readonly LayerInfo[]) => `[${rows.map((r) => `"${r.layer.id}"`).join(', ')}]`;
  const { classifier, softmax } = splitSoftmax(layout);
  return [
    ...docstring(name, fileName, softmax !== undefined),
    '',
    'import itertools',
    '',
    'import torch',
    'from torch import nn',
    '',
    '',
    ...moduleClass(layout),
    '',
    '',
    "# The app's layer ids, in the order of model.features and model.classifier.",
    `FEATURES = ${ids(layout.features)}`,
    `CLASSIFIER = ${ids(classifier)}`,
    '',
    '',
    'def named_layers(model):',
    ...namedLayers(layout),
    '',
    '',
    'if __name__ == "__main__":',
    '    torch.manual_seed(0)',
    '    model = AlexNet().eval()',
    `    x = torch.randn(1, ${layout.channels}, ${layout.inputSize}, ${layout.inputSize})`,
    `    print(f"{'${layout.inputId}':<12} {str(tuple(x.shape)):<22} {0:>14,}")`,
    '    total = 0',
    '    with torch.no_grad():',
    '        for name, layer in named_layers(model):',
    '            x = layer(x)',
    '            n = sum(p.numel() for p in layer.parameters())',
    '            total += n',
    '            print(f"{name:<12} {str(tuple(x.shape)):<22} {n:>14,}")',
    '    print(f"total parameters: {total:,}")',
    '',
  ].join('\n');
}
