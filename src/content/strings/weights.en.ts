/** English strings of the trained-weights area (namespace `weights`). */
export const weightsEn = {
  lead: 'Give the network the ImageNet weights people already have, and see what AlexNet learned.',
  more: 'Where to get the file…',
  less: 'Less',
  pick: 'Choose a weight file (.pth or .onnx)…',
  dropHint: 'or drop it anywhere on the page: a weight file is recognised by its bytes, not its name.',
  privacy: 'The file is read in this tab and never uploaded. The app itself never downloads it.',
  where: {
    heading: 'Where to get the file',
    official: 'torchvision’s official AlexNet weights (244 MB), downloaded by your browser:',
    python:
      'Or, with PyTorch installed, this line puts the same file in the torch hub cache (…/torch/hub/checkpoints/):',
    onnx: 'An ONNX AlexNet (such as the ONNX Model Zoo’s bvlcalexnet) works too.',
  },
  stage: {
    reading: 'Reading',
    checking: 'Checking',
    uploading: 'Uploading to the backend',
  },
  progress: '{{stage}} “{{name}}”: {{done}} of {{total}}',
  progressLabel: 'Importing weights',
  firstLook: {
    heading: 'First look: {{layer}}, read from the file as it arrives ({{at}} of {{total}} in)',
    note: 'These are the file’s own {{layer}} kernels, taken before the rest of the file is in. The network on the page changes only once the whole file has been read and checked.',
    filters: '{{layer}} kernels in the file',
    maps: '{{layer}} maps of this image with them',
  },
  current: {
    none: 'Nothing imported: the network has random weights (seed {{seed}}).',
    trained: 'In use: {{source}}.',
    random: 'Imported: {{source}}. Shown now with random weights (seed {{seed}}).',
    keptNotShown:
      '{{file}} is kept on this device; the page shows a built-in network with random weights (seed {{seed}}).',
    details: '{{format}}, {{size}}, SHA-256 {{hash}}…',
  },
  format: {
    'pth-zip': 'PyTorch checkpoint (zip)',
    'pth-legacy': 'PyTorch checkpoint (legacy)',
    onnx: 'ONNX graph',
  },
  source: {
    official: 'the official torchvision weights ({{file}})',
    file: '{{file}}',
    onnx: 'ONNX graph {{file}}',
  },
  provenance: 'The imported file’s own network ({{name}}): every size, count and map below is computed for it.',
  badge: 'Trained weights: {{source}}',
  toggle: {
    legend: 'Weights',
    random: 'Random (seed {{seed}})',
    trained: 'Trained',
  },
  preset: {
    label: 'Preprocessing',
    torchvision: 'torchvision',
    caffe: 'Caffe / BVLC',
    torchvisionSteps:
      'RGB, values ÷ 255, minus the ImageNet mean (0.485, 0.456, 0.406), ÷ std (0.229, 0.224, 0.225); shorter side to 256 (bilinear), centre crop {{size}}.',
    caffeSteps:
      'BGR channel order, values 0–255, minus the mean pixel (104, 117, 123); resized to 256, centre crop {{size}}.',
    fashion: 'Fashion-MNIST (training lab)',
    fashionSteps:
      'Grey (luma), centre square resized to {{size}}×{{size}}, values ÷ 255, minus Fashion-MNIST’s mean 0.286, ÷ its std 0.353.',
    shown: 'This network’s preprocessing ({{preset}}): {{steps}}',
  },
  show: 'Show the imported network',
  kept: {
    kept: 'Kept on this device, so a reload does not ask again. This site uses {{used}} of {{quota}} here.',
    keptNoEstimate: 'Kept on this device, so a reload does not ask again.',
    refused:
      'The browser refused the space to keep this file ({{reason}}): it works now, but after a reload you will have to import it again.',
    forget: 'Forget these weights',
    confirm: 'Forget {{file}}? This browser will no longer keep it, and a reload will not bring it back.',
    confirmYes: 'Forget',
    cancel: 'Keep them',
  },
  error: {
    empty: 'The file is empty.',
    tooLarge: 'The file is over 1 GB: it was refused before reading. AlexNet’s weights are 244 MB.',
    truncated: 'The file ends too early: it is truncated.',
    notWeights: 'This is not a weight file this app can read (a PyTorch checkpoint or an ONNX graph).',
    zipNotCheckpoint: 'This zip archive is not a PyTorch checkpoint.',
    forbiddenGlobal: 'The checkpoint asks for a Python object that a state_dict never needs; nothing was run.',
    badOpcode: 'The checkpoint contains a pickle instruction this reader does not accept.',
    wrongNetwork: 'These are the weights of another network, not a torchvision-shaped AlexNet.',
    badShape: 'A tensor has the wrong shape for this network.',
    badDtype: 'A tensor has a data type this app does not read.',
    nonFinite: 'A weight is NaN or infinite.',
    unknownOperator: 'The ONNX graph uses an operator outside AlexNet’s family.',
    badGraph: 'The ONNX graph does not describe a network this app can build.',
    otherOrigin: 'Weights are loaded only from this site: “{{url}}” was not fetched.',
  },

  teach: {
    conv1:
      'These are the filters AlexNet learned from ImageNet: oriented edges, stripes of several frequencies and colour blobs. Its maps show what those detectors find in your image.',
    grouped:
      'This network is grouped like the paper’s two GPUs: the next convolution is split in two, so the maps of the left half of these filters feed only its first half and those of the right half only its second (conv3 and the fully connected layers read both). The file does not say whether it was trained on two GPUs. In the paper’s own two-GPU network (its Figure 3) one half came out mostly colour-agnostic and the other mostly colour-specific: see whether these halves differ too.',
    gpu: 'Group {{n}} (GPU {{n}} in the paper): filters {{from}}–{{to}}',
    predictions: 'Trained weights: these are the network’s real guesses for this image.',
    topChannels: 'Most active channels (mean activation):',
    channel: '#{{c}} ({{v}})',
    channelLabel: 'Show channel {{c}}, mean activation {{v}}',
  },
  refused: 'Refused “{{name}}”: {{reason}}',
  kept_previous: 'Nothing changed: the network, its weights and its maps are as before.',
  detail: 'Details: {{list}}.',
} as const;
