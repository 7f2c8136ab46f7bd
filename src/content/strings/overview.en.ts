/**
 * English strings of the whole-network overview, the animated sliding window, one output map
 * built from its parts, the worked numbers of ReLU/pool/LRN/dropout/softmax, and the size
 * playground (namespace `overview`).
 */
export const overviewEn = {
  title: 'The whole network at once',
  lead: 'The photo flows left to right. Each column shows the most active maps of one layer for this photo (brightest first), dense layers as strips of their values, and the five most likely classes at the end. Hover a map, or focus the picture and use the arrow keys; click or press Enter to open that layer with that map.',
  canvas:
    'Overview of {{count}} layers, from the input photo to the top classes. Use the arrow keys to pick a map and Enter to open it.',
  shown: 'top {{count}} of {{total}}',
  hint: 'Hover a map to see its channel, its values and what part of the photo it can see.',
  hintTouch:
    'Tap a map to see its channel, its values and what part of the photo it can see; tap it again to open its layer.',
  leadTouch:
    'The photo flows left to right. Each column shows the most active maps of one layer for this photo (brightest first), dense layers as strips of their values, and the five most likely classes at the end.',
  status:
    '{{layer}}, channel {{channel}}{{lane}}: values {{min}} … {{max}} (mean {{mean}}). Each of its values sees a {{rf}}×{{rf}} window of the photo (at the border, partly padding); the window of its strongest value is outlined on the photo.',
  lane2: ' (second GPU)',
  towers:
    'Two lanes: the paper split every layer between two GPUs; links cross only where a layer reads both halves (conv3 and the dense layers).',
  anim: {
    heading: 'The window sliding over the input',
    lead_one:
      'One output value per window position. The window moves 1 pixel at a time; grey hatching is zero padding.',
    lead_other:
      'One output value per window position. The window moves {{count}} pixels at a time; grey hatching is zero padding.',
    inputConv: 'Input: {{what}} ({{size}}×{{size}}); the window reads all {{depth}} channels at once.',
    inputPool: 'Input: channel {{channel}} of {{layer}} ({{size}}×{{size}}); pooling works on each channel separately.',
    photo: 'the photo',
    channelOf: 'channel {{channel}} of {{layer}}, the most active',
    output: 'Output: channel {{channel}} of {{layer}} ({{out}}×{{out}}), filling in as the window moves.',
    canvas:
      'Window {{n}} of {{total}}: output pixel ({{x}}, {{y}}) reads input pixels {{x0}}…{{x1}} across and {{y0}}…{{y1}} down.',
    play: 'Play',
    pause: 'Pause',
    back: 'Step back',
    forward: 'Step forward',
    speed: 'Speed',
    speedValue: '{{n}} windows/s',
    scrub: 'Window position',
    position: 'Window {{n}} of {{total}} — output ({{x}}, {{y}})',
    reduced: 'Your system asks for reduced motion: playing moves one row at a time.',
    edge: 'The window has reached the far edge: its last start is {{start}} = {{i}}·{{stride}} − {{padding}}, and it ends at pixel {{end}}. That makes {{out}} positions per row.',
    dropped_one:
      'Hatched red: the last image pixel at the far edge, which no window reaches; floor rounding leaves it out.',
    dropped_other:
      'Hatched red: the last {{count}} image pixels at the far edge, which no window reaches; floor rounding leaves them out.',
    unreadPadding_one:
      'Every image pixel is read: the one cell no window reaches at the far edge is padding, so floor rounding loses nothing.',
    unreadPadding_other:
      'Every image pixel is read: the {{count}} cells no window reaches at the far edge are padding, so floor rounding loses nothing.',
    extra_one: 'Hatched orange: one cell past the edge that the last ceil-mode window reads (treated as padding).',
    extra_other:
      'Hatched orange: {{count}} cells past the edge that the last ceil-mode window reads (treated as padding).',
    legendPad: 'zero padding',
    legendDropped: 'image pixel not reached (floor)',
    legendExtra: 'read past the edge (ceil)',
  },
  build: {
    heading: 'One output map, built from its input channels',
    lead: 'Output channel {{filter}} of {{layer}} = Σ over input channels (input map ⊛ kernel slice) + bias, then ReLU.',
    filter: 'Output channel',
    group:
      'Grouped layer: channel {{filter}} belongs to group {{group}}, so only input channels {{from}}…{{to}} take part; the other half of the input is never read.',
    part: 'Input channel {{channel}}',
    partCanvas: 'Input channel {{channel}}, its {{k}}×{{k}} kernel slice, and the map they make (Σ|·| = {{weight}}).',
    input: 'input map',
    kernel: 'kernel slice',
    product: 'its share',
    more: 'and {{n}} more input channels',
    sum: 'Sum of all {{n}}',
    bias: '+ bias {{bias}}',
    output: 'Output (pre-activation)',
    relu: 'After ReLU',
    check:
      'Checked against the engine: the float64 sum above differs from the engine’s float32 map by at most {{diff}}.',
    checkFail: 'The float64 sum differs from the engine’s map by {{diff}}: more than float32 rounding explains.',
    loading: 'Fetching the kernel from the engine…',
  },
  ops: {
    reluHeading: 'ReLU on a 5×5 patch of the real map',
    reluLead:
      'Channel {{channel}} of {{layer}}, around its strongest value: every negative value becomes 0, positive values pass unchanged ({{negatives}} of {{n}} here are cut).',
    before: 'before',
    after: 'after',
    poolHeading: 'Which value the max-pool keeps',
    poolLead:
      'Output ({{x}}, {{y}}) of channel {{channel}}: the {{size}}×{{size}} window at input ({{x0}}, {{y0}}) keeps its largest value, {{max}} (outlined). The engine’s {{layer}} has {{engine}} there.',
    lrnHeading: 'Local response normalization at one position',
    lrnFormula: 'b = a / (k + α′ · Σ a²)^β, over the {{n}} neighbouring maps; k = {{k}}, α′ = {{alpha}}, β = {{beta}}.',
    lrnNeighbours: 'Maps {{from}}…{{to}} at ({{x}}, {{y}}):',
    lrnSum: 'Σ a² = {{sum}}; denominator ({{k}} + {{alpha}} · {{sum}})^{{beta}} = {{den}}.',
    lrnResult: 'Channel {{channel}}: {{before}} → {{after}}; the engine’s {{layer}} has {{engine}}.',
    dropoutHeading: 'Dropout: training against inference',
    dropoutTrain:
      'Training: each unit is dropped with probability {{rate}} (a fresh mask every step; one mask shown, {{kept}} of {{n}} kept). Kept values are scaled by 1/(1 − {{rate}}) = {{scale}} as tfjs and PyTorch do; the paper instead multiplied by {{keep}} at test time.',
    dropoutInfer:
      'Inference (what this app runs): nothing is dropped; {{layer}} equals its input exactly (largest difference {{diff}}).',
    dropoutGrid: 'The first {{n}} values of {{layer}}’s input, dropped units crossed out.',
    softmaxHeading: 'Softmax, worked out',
    softmaxLead:
      'Each share = exp(z − max) / Σ exp(z − max); subtracting the largest logit ({{max}}) keeps exp from overflowing and changes no share. Σ over all {{n}} classes = {{sum}}.',
    logit: 'logit z',
    exp: 'exp(z − max)',
    share: 'share',
    engine: 'engine',
    cls: 'class',
  },
  play: {
    title: 'Size playground',
    lead: 'Change one layer’s settings and watch the output size follow. The window picture uses the same drawing as the walkthrough’s animation.',
    from: 'Opened on {{layer}}: its input size, kernel, stride and padding. Change any of them.',
    input: 'Input size',
    kernel: 'Kernel',
    stride: 'Stride',
    padding: 'Padding',
    dilation: 'Dilation',
    rounding: 'Rounding',
    floor: 'floor (PyTorch default)',
    ceil: 'ceil (Caffe, ZFNet)',
    effective: 'With dilation {{d}}, a {{k}}-tap kernel spans {{reach}} pixels: the formula uses {{reach}}.',
    output: 'Output size',
    invalid: 'These settings do not make a layer; the previous picture stays.',
    questions: 'Worked examples',
    q13: 'What padding keeps 13×13?',
    a13: '3×3 kernel, stride 1: (13 − 3 + 2·p)/1 + 1 = 13 needs 2·p = 2, so p = 1 — the padding of conv3, conv4 and conv5.',
    q224: 'Why does 224 not fit?',
    a224: '(224 − 11)/4 + 1 = 54.25: the windows do not tile 224 pixels, so floor rounding gives 54 and leaves the last pixel unread. 227 gives exactly 55.',
    q227: 'Back to conv1 (227, 11, 4, 0)',
    a227: '(227 − 11 + 2·0)/4 + 1 = 55: conv1’s 55×55 maps.',
  },
} as const;
