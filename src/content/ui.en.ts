/** English UI strings. The Chinese file must have exactly the same keys (typed and tested). */
import type { Strings } from '../i18n/strings';

export const uiEn = {
  app: {
    title: 'AlexNet, layer by layer',
    privacy: 'Nothing leaves this page: images stay in your browser.',
    language: 'Language',
  },
  variant: {
    seed: 'AlexNet · single tower (227)',
    paper: 'AlexNet · paper, two GPUs',
    torchvision: 'torchvision alexnet',
    zfnet: 'ZFNet',
    provenance: 'Source',
    source: {
      seed: "The source article's PyTorch nn.Sequential: one GPU, no LRN, 227×227 input. The article's code has no ReLU or dropout between the fully connected layers; this app adds them after fc6 and fc7, as in the paper.",
      paper:
        'Krizhevsky, Sutskever & Hinton, NIPS 2012, Figure 2 and §3: grouped conv2/4/5, LRN, overlapping pooling. The paper says 224×224, which conv1 does not divide evenly. Any side that leaves remainder 3 when divided by 4 does (223 → 54, 231 → 56); 227 is the one that gives the paper’s 55.',
      torchvision:
        'torchvision.models.alexnet: 64-192-384-256-256 kernels, 224×224 input, padding 2 on conv1, an adaptive average pool to 6×6, dropout in front of fc6 and fc7. It follows neither paper exactly. Krizhevsky’s 2014 “One weird trick” gives 64-192-384-384-256; conv4’s 256 comes from his one-GPU cuda-convnet2 configuration and is kept so that the published weights still load (pytorch/vision #463, #704). Dropout in front of fc6 and fc7, not after their ReLUs, follows neither paper either (#549).',
      zfnet:
        'Zeiler & Fergus, “Visualizing and Understanding Convolutional Networks” (2013), Figure 3; pooling rounds up as in Caffe to match its 55 and 13; conv1 padding 1 (not stated) gives its 110.',
    },
  },
  totals: {
    heading: 'Totals',
    params: 'Learnable parameters',
    macs: 'Multiply-accumulates per image',
    bytes: 'Weights in float32',
    weightedLayers: '{{conv}} conv + {{dense}} fully connected = {{total}} layers',
  },
  table: {
    heading: 'Layer table',
    caption:
      'Every layer of {{name}}: output size with its arithmetic, parameters with their formula, compute and receptive field.',
    layer: 'Layer',
    output: 'Output',
    arithmetic: 'Size arithmetic',
    depth: 'Kernel depth',
    params: 'Parameters',
    formula: 'Formula',
    macs: 'MACs',
    rf: 'Receptive field',
    rfWhole: 'whole image',
    total: 'Total',
  },
  kind: {
    input: 'input',
    conv: 'convolution',
    relu: 'ReLU',
    tanh: 'tanh',
    lrn: 'LRN',
    maxpool: 'max pool',
    adaptiveavgpool: 'adaptive avg pool',
    flatten: 'flatten',
    dense: 'fully connected',
    dropout: 'dropout',
    softmax: 'softmax',
  },
  chart: {
    heading: 'Where the parameters live, and where the compute goes',
    description:
      'Share of all learnable parameters (blue) and of all multiply-accumulates (orange) per layer. The fully connected layers hold {{fcParams}} of the parameters but do only {{fcMacs}} of the compute.',
    params: 'parameters',
    macs: 'compute (MACs)',
  },
  puzzle: {
    heading: '224 or 227?',
    body: 'The paper says the input is 224×224×3. Try it in the formula:',
    conclusion:
      'That is not a whole number. Many implementations use 227×227 instead, where the arithmetic comes out exactly:',
    torchvision:
      'torchvision keeps 224 and pads conv1 by 2 instead. That does not divide evenly either; PyTorch rounds down:',
  },
  mode: {
    label: 'Mode',
    present: 'Present',
    quiz: 'Quiz',
    key: 'Key: {{key}}',
  },
  reference: {
    heading: 'The whole network at a glance',
  },
  view: {
    waitingImage: 'Choose a photo above to see what each layer does to it.',
    computing: 'Computing this layer’s activations…',
    filtersHeading: 'The {{count}} kernels of {{layer}}',
    mapsHeading: 'The {{count}} feature maps of {{layer}} for your image',
    rfHeading: 'Where this value looks',
    dotHeading: 'The arithmetic behind this value',
    showKernels: 'Show this layer’s kernels, one slice per input channel',
    hideKernels: 'Hide the kernels',
    probeHint: 'Hover a pixel of a feature map (or focus the grid and use the arrow keys) to see its receptive field.',
    probeHintTouch: 'Tap a pixel of a feature map to see its receptive field.',
    randomBadge: 'Random weights (seed {{seed}}), not trained',
  },
  /** Core's uneven-division notes; `count` is the number of cells the sentence is about. */
  issues: {
    roundedDropped_one:
      '({{input}} − {{kernel}} + 2·{{padding}})/{{stride}} + 1 = {{exact}} is not a whole number. This layer rounds down, to {{output}}: no window reads the last image pixel of each row and column.',
    roundedDropped_other:
      '({{input}} − {{kernel}} + 2·{{padding}})/{{stride}} + 1 = {{exact}} is not a whole number. This layer rounds down, to {{output}}: no window reads the last {{count}} image pixels of each row and column.',
    roundedUnreadPadding_one:
      '({{input}} − {{kernel}} + 2·{{padding}})/{{stride}} + 1 = {{exact}} is not a whole number. This layer rounds down, to {{output}}, and still reads every image pixel: what no window reaches is the last padding cell of each row and column.',
    roundedUnreadPadding_other:
      '({{input}} − {{kernel}} + 2·{{padding}})/{{stride}} + 1 = {{exact}} is not a whole number. This layer rounds down, to {{output}}, and still reads every image pixel: what no window reaches is the last {{count}} padding cells of each row and column.',
    roundedPadded_one:
      '({{input}} − {{kernel}} + 2·{{padding}})/{{stride}} + 1 = {{exact}} is not a whole number. This layer rounds up, to {{output}}: the last window reaches one cell past the edge (Caffe-style “ceil” pooling).',
    roundedPadded_other:
      '({{input}} − {{kernel}} + 2·{{padding}})/{{stride}} + 1 = {{exact}} is not a whole number. This layer rounds up, to {{output}}: the last window reaches {{count}} cells past the edge (Caffe-style “ceil” pooling).',
  },
  /**
   * Punctuation that joins translated pieces in components ("Hint: …", "Time: 10:05"):
   * Chinese takes full-width marks, and no space after them.
   */
  punct: {
    colon: '{{label}}: ',
    stop: '{{text}}.',
    list: ', ',
    clauses: ', ',
    semicolons: '; ',
  },
  notes: {
    badValue: 'Ignored “{{key}}={{value}}” in the link: not a valid value, so the default is shown.',
    badLayer: 'The link asks for layer “{{value}}”, which {{name}} does not have; showing the input instead.',
    dismiss: 'Dismiss',
    rounding: 'Uneven division',
  },
} as const;

export type UiStrings = Strings<typeof uiEn>;
